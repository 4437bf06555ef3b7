using PolicyLang.Binding.Vocabulary;
using PolicyLang.Runtime;

namespace PolicyLang.Cli.Monitoring;

/// <summary>
/// Checks the rows of a measurement file that carry a <c>post</c>: the realised amount of a begroting
/// post in one year (decision 0022). The post must be a top-level post of the kader's begrotingen,
/// the periode a year, the waarde an amount in euros (<c>€ 1.234.567</c> or a plain number; not a
/// percentage, at most two decimals) or a missing-value code, and there is one row per post and year.
/// </summary>
internal sealed class RealisationRows(BudgetPosts posts)
{
    private readonly Dictionary<(string Post, int Year), int> _lineOf = [];

    public BudgetRealisation Result { get; } = new();

    private static string MissingWords => string.Join(", ", ValueWords.MissingValues.Words);

    public void Add(RawMeasurement row, string post, string? status, Action<string, string> error)
    {
        if (!posts.Known)
        {
            error($"realisatie van post '{post}': daarvoor zijn de bronbestanden van het kader nodig (geef de map van het kader, geen monitor-.dll)",
                $"realisation of post '{post}': this needs the kader's sources (give the kader's folder, not a monitor .dll)");
            return;
        }
        if (!posts.TryGet(post, out var top))
        {
            var suggestion = PolicyLang.Syntax.Spelling.Closest(post, posts.TopLevel);
            error($"onbekende post '{post}' (geen post van een begroting van het kader){(suggestion is null ? "" : $" (bedoelde je '{suggestion}'?)")}",
                $"unknown post '{post}' (not a post of the kader's begrotingen){(suggestion is null ? "" : $" (did you mean '{suggestion}'?)")}");
            return;
        }
        if (top is not null)
        {
            error($"post '{post}' is een onderdeel van post '{top}': het rapport toont de realisatie per post direct onder de begroting; geef die van '{top}'",
                $"post '{post}' is part of post '{top}': the report shows the realisation per post directly under the begroting; give that of '{top}'");
            return;
        }
        var periodText = row[MeasurementColumns.Periode];
        if (!Period.TryParse(periodText, out var period) || period.PerYear != 1)
        {
            error($"periode '{periodText}' van een realisatie moet een jaar zijn (schrijf 2021)", $"period '{periodText}' of a realisation must be a year (write 2021)");
            return;
        }
        var valueText = row[MeasurementColumns.Waarde];
        if (valueText is null) { error($"waarde is leeg (ontbreekt de realisatie, schrijf dan waarom: {MissingWords})", $"value is empty (if the realisation is missing, write why: {MissingWords})"); return; }
        MissingReason? missing = ValueWords.MissingValues.TryRead(valueText, out var reason) ? reason : null;
        decimal? value = null;
        if (missing is null)
        {
            if (!MeasuredValue.TryParse(valueText, out var amount, out var marker))
            {
                error($"waarde '{valueText}' is geen bedrag (schrijf € 1.234.567 of 1.234.567, of bij een ontbrekende realisatie {MissingWords})",
                    $"value '{valueText}' is not an amount (write € 1.234.567 or 1.234.567, or for a missing realisation {MissingWords})");
                return;
            }
            if (marker == MeasuredValue.Marker.Percent) { error($"waarde '{valueText}' is een percentage, maar de realisatie van post '{post}' is een bedrag in euro", $"value '{valueText}' is a percentage, but the realisation of post '{post}' is an amount in euros"); return; }
            if (Math.Abs(amount) > MeasuredValue.Limit) { error($"waarde '{valueText}' is te groot (hoogstens 10^15)", $"value '{valueText}' is too large (at most 10^15)"); return; }
            if (amount != Math.Round(amount, 2)) { error("eenheid past niet: een bedrag heeft hoogstens twee decimalen", "unit mismatch: an amount has at most two decimals"); return; }
            value = amount; // an amount is never ambiguous (NumberAmbiguity): nobody writes € 1,5 as 1.500

        }
        if (row[MeasurementColumns.Eenheid] is { } unitWord && !MeasuredValue.UnitColumnMatches(MeasureUnit.Money, unitWord))
        {
            error($"eenheid past niet: '{unitWord}', maar de realisatie van post '{post}' is een bedrag in euro", $"unit mismatch: '{unitWord}', but the realisation of post '{post}' is an amount in euros");
            return;
        }
        if (row[MeasurementColumns.Toelichting] is not null)
        {
            // Not shown yet: refused rather than dropped without a word.
            error("een toelichting bij een realisatie wordt nog niet in het rapport getoond: laat de cel leeg", "an explanation of a realisation is not shown in the report yet: leave the cell empty");
            return;
        }
        if (_lineOf.TryGetValue((post, period.Year), out var first))
        {
            error($"dubbele realisatie van post '{post}' voor {period.Year} (ook op regel {first})", $"duplicate realisation of post '{post}' for {period.Year} (also on line {first})");
            return;
        }
        _lineOf[(post, period.Year)] = row.Line;
        var illustrative = status == "illustratief" || string.Equals(row[MeasurementColumns.Bron], "illustratief", StringComparison.OrdinalIgnoreCase);
        Result.Add(post, new RealisedAmount(period.Year, value, missing, status == "voorlopig", illustrative));
    }
}
