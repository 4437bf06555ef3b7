namespace PolicyLang.Runtime;

/// <summary>
/// A value of a computed indicator's formula for one period: a decimal, or missing with its
/// reason. The generated monitor writes a formula as calls of these operations (decimal
/// arithmetic, docs/language.md §6a); a missing operand makes the result missing with the
/// operand's reason, and a division by zero or an overflow makes it missing as
/// <see cref="MissingReason.NotComputable"/>. No operation throws.
/// </summary>
public readonly record struct FormulaResult(decimal Value, MissingReason? Missing)
{
    public static FormulaResult Of(decimal value) => new(value, null);
    public static FormulaResult Lacking(MissingReason reason) => new(0m, reason);

    public bool IsMissing => Missing is not null;

    private static FormulaResult Checked(Func<decimal> compute)
    {
        try
        {
            return Of(compute());
        }
        catch (OverflowException)
        {
            return Lacking(MissingReason.NotComputable);
        }
    }

    public static FormulaResult Add(FormulaResult a, FormulaResult b) => a.IsMissing ? a : b.IsMissing ? b : Checked(() => a.Value + b.Value);
    public static FormulaResult Subtract(FormulaResult a, FormulaResult b) => a.IsMissing ? a : b.IsMissing ? b : Checked(() => a.Value - b.Value);
    public static FormulaResult Multiply(FormulaResult a, FormulaResult b) => a.IsMissing ? a : b.IsMissing ? b : Checked(() => a.Value * b.Value);
    public static FormulaResult Negate(FormulaResult a) => a.IsMissing ? a : Of(-a.Value);

    public static FormulaResult Divide(FormulaResult a, FormulaResult b) =>
        a.IsMissing ? a : b.IsMissing ? b : b.Value == 0m ? Lacking(MissingReason.NotComputable) : Checked(() => a.Value / b.Value);

    /// <summary>verandering(oud, nieuw): (nieuw - oud) / oud × 100.</summary>
    public static FormulaResult Change(FormulaResult old, FormulaResult @new) => Multiply(Divide(Subtract(@new, old), old), Of(100m));

    /// <summary>p% van x.</summary>
    public static FormulaResult PercentOf(decimal percent, FormulaResult x) => Multiply(Of(percent / 100m), x);

    public static FormulaResult Sum(params FormulaResult[] values) => values.Aggregate(Of(0m), Add);

    public static FormulaResult Average(params FormulaResult[] values) => Divide(Sum(values), Of(values.Length));

    public static FormulaResult Min(params FormulaResult[] values) =>
        values.FirstOrDefault(v => v.IsMissing) is { Missing: not null } missing ? missing : Of(values.Min(v => v.Value));

    public static FormulaResult Max(params FormulaResult[] values) =>
        values.FirstOrDefault(v => v.IsMissing) is { Missing: not null } missing ? missing : Of(values.Max(v => v.Value));
}

/// <summary>The operands of a computed indicator's formula at one period: the raw series' values.</summary>
public sealed class FormulaScope(MeasurementData data, Period period)
{
    /// <summary>The value of an indicator at the period: measured, declared missing (with its reason), or Empty when the data have nothing.</summary>
    public FormulaResult Get(string indicator)
    {
        var series = data.Series(indicator);
        foreach (var m in series.All)
            if (m.Period == period) return FormulaResult.Of(m.Value);
        foreach (var m in series.Missing)
            if (m.Period == period) return FormulaResult.Lacking(m.Reason);
        return FormulaResult.Lacking(MissingReason.Empty);
    }
}

/// <summary>Computes the series of computed indicators from the raw series (KaderMonitor.Computed).</summary>
public static class ComputedSeries
{
    /// <summary>
    /// The series of one computed indicator: one value per period in which any operand has a
    /// figure or a declared missing value; a period where the formula is missing is a missing
    /// measurement with the reason.
    /// </summary>
    public static MeasurementSeries Compute(string indicator, IReadOnlyList<string> operands, Func<FormulaScope, FormulaResult> formula, MeasurementData data)
    {
        var periods = new SortedSet<Period>();
        foreach (var operand in operands)
        {
            var series = data.Series(operand);
            foreach (var m in series.All) periods.Add(m.Period);
            foreach (var m in series.Missing) periods.Add(m.Period);
        }
        var measured = new List<Measurement>();
        var missing = new List<MissingMeasurement>();
        foreach (var period in periods)
        {
            var value = formula(new FormulaScope(data, period));
            if (value.Missing is { } reason) missing.Add(new MissingMeasurement(period, reason));
            else measured.Add(new Measurement(period, value.Value, Provisional: operands.Any(o => IsProvisional(data, o, period))));
        }
        return new MeasurementSeries(indicator, measured, missing);
    }

    private static bool IsProvisional(MeasurementData data, string operand, Period period)
    {
        foreach (var m in data.Series(operand).All)
            if (m.Period == period) return m.Provisional;
        return false;
    }
}
