using PolicyLang.Binding.Vocabulary;
using PolicyLang.Runtime;

namespace PolicyLang.Cli.Monitoring;

/// <summary>
/// Checks the rows of one measurement file against the kader as they are read, one at a time, so
/// a file of a million rows is never held in memory as rows: known indicator, readable period and
/// value, value fits the indicator's unit, known gemeente, no second measurement for the same
/// period. Each error names its line; numbers that could be meant in English are noted per file.
/// A row with a <c>post</c> is a realised budget amount and goes to <see cref="RealisationRows"/>.
/// </summary>
public sealed class MeasurementValidator(string display, List<DataError> errors,
    IReadOnlyList<IndicatorInfo> indicators, IReadOnlyList<string> gemeenten, string? onlyGemeente, BudgetPosts? posts = null)
{
    private readonly Dictionary<string, IndicatorInfo> _byId = indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, (string Gemeente, int Line)> _gemeenteOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Measurement>> _series = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<MissingMeasurement>> _missing = new(StringComparer.Ordinal);
    // Every accepted row's period and line per indicator, figures and missing-value codes alike, for
    // the duplicate check in Finish: sorting them once costs less than a dictionary entry per row.
    // Slot: the row's place in its indicator's figures (>= 0) or missing codes (~place).
    private readonly Dictionary<string, List<(Period Period, int Line, int Slot)>> _periods = new(StringComparer.Ordinal);
    private readonly NumberAmbiguity _ambiguity = new(display);
    private readonly MeasurementExplanations _explanations = new();
    private readonly ComparisonSeries _comparisons = new();
    private readonly Dictionary<(string, string, Period), int> _seenComparison = [];
    private readonly RealisationRows _realisation = new(posts ?? BudgetPosts.None);
    private int _rows, _otherGemeente, _provisional, _missingCount;

    private static string MissingWords => string.Join(", ", ValueWords.MissingValues.Words);

    public void Add(RawMeasurement row)
    {
        _rows++;
        void Error(string nl, string en) => errors.Add(new DataError(display, row.Line, nl, en));

        var id = row[MeasurementColumns.Indicator];
        var periodText = row[MeasurementColumns.Periode];
        var valueText = row[MeasurementColumns.Waarde];
        var rowGemeente = row[MeasurementColumns.Gemeente];
        // A row with a post is the realised amount of a begroting post, not a measurement (decision 0022).
        if (row[MeasurementColumns.Post] is { } post)
        {
            AddRealisation(row, id, post, rowGemeente);
            return;
        }
        if (id is null) { Error("indicator is leeg", "indicator is empty"); return; }
        if (!_byId.TryGetValue(id, out var indicator))
        {
            var suggestion = Suggest(id, _byId.Keys);
            Error($"onbekende indicator '{id}'{(suggestion is null ? "" : $" (bedoelde je '{suggestion}'?)")}", $"unknown indicator '{id}'{(suggestion is null ? "" : $" (did you mean '{suggestion}'?)")}");
            return;
        }
        // A comparison row (landelijk, regio, a peer gemeente) is of another area by nature: no gemeente checks.
        var comparison = row[MeasurementColumns.Vergelijking];
        if (comparison is null && !InGemeente(row.Line, rowGemeente)) return;
        if (!Period.TryParse(periodText, out var period))
        {
            Error($"periode '{periodText}' is onleesbaar (schrijf 2018, 2018-H1, 2018-Q3 of 2018-03)", $"period '{periodText}' is unreadable (write 2018, 2018-H1, 2018-Q3 or 2018-03)");
            return;
        }
        if (valueText is null) { Error($"waarde is leeg (ontbreekt de meting, schrijf dan waarom: {MissingWords})", $"value is empty (if the measurement is missing, write why: {MissingWords})"); return; }
        // A missing-value code (nb, n.v.t., *, …) is a measurement that says it is missing, with its reason: kept, never read as a number.
        MissingReason? missing = ValueWords.MissingValues.TryRead(valueText, out var reason) ? reason : null;
        decimal value = 0;
        var marker = MeasuredValue.Marker.None;
        if (missing is null && !MeasuredValue.TryParse(valueText, out value, out marker))
        {
            Error($"waarde '{valueText}' is geen getal (schrijf 7,1 of 1.250 of 12%, of bij een ontbrekende meting {MissingWords})", $"value '{valueText}' is not a number (write 7,1 or 1.250 or 12%, or for a missing measurement {MissingWords})");
            return;
        }
        if (Math.Abs(value) > MeasuredValue.Limit)
        {
            Error($"waarde '{valueText}' is te groot (hoogstens 10^15)", $"value '{valueText}' is too large (at most 10^15)");
            return;
        }
        if (missing is null) _ambiguity.Observe(row.Line, valueText, value);
        if (missing is null && MeasuredValue.CheckUnit(indicator, value, marker) is { } unitProblem) { Error(unitProblem.Nl, unitProblem.En); return; }
        if (row[MeasurementColumns.Eenheid] is { } unitWord && !MeasuredValue.UnitColumnMatches(indicator.Unit, unitWord))
        {
            Error($"eenheid past niet: '{unitWord}', maar '{indicator.Id}' meet {MeasuredValue.UnitWord(indicator.Unit, false)} ({indicator.UnitText})", $"unit mismatch: '{unitWord}', but '{indicator.Id}' measures {MeasuredValue.UnitWord(indicator.Unit, true)} ({indicator.UnitText})");
            return;
        }
        if (!TryStatus(row, out var status)) return;
        if (comparison is not null)
        {
            if (_seenComparison.TryGetValue((id, comparison, period), out var before))
            {
                Error($"dubbele vergelijkingsmeting '{comparison}' van '{id}' voor periode {period} (ook op regel {before})", $"duplicate comparison measurement '{comparison}' of '{id}' for period {period} (also on line {before})");
                return;
            }
            _seenComparison[(id, comparison, period)] = row.Line;
            if (missing is null) _comparisons.Add(id, comparison, new Measurement(period, value, status == "voorlopig", status == "illustratief"));
            return;
        }
        var gemeenteKey = rowGemeente ?? "";
        if (_gemeenteOf.TryGetValue(id, out var first) && !string.Equals(first.Gemeente, gemeenteKey, StringComparison.OrdinalIgnoreCase))
        {
            Error($"'{id}' heeft metingen van meer dan één gemeente (ook '{first.Gemeente}' op regel {first.Line}); kies er één met --gemeente", $"'{id}' has measurements of more than one gemeente (also '{first.Gemeente}' on line {first.Line}); choose one with --gemeente");
            return;
        }
        _gemeenteOf.TryAdd(id, (gemeenteKey, row.Line));
        if (!_periods.TryGetValue(id, out var periods)) _periods[id] = periods = [];
        // The toelichting the raad asks for a rood or oranje doel (oorzaak, gevolg, bijsturing), per period.
        if (row[MeasurementColumns.Toelichting] is { } explanation) _explanations.Add(id, period, explanation);
        var illustrative = status == "illustratief" || string.Equals(row[MeasurementColumns.Bron], "illustratief", StringComparison.OrdinalIgnoreCase);
        if (missing is { } why)
        {
            if (!_missing.TryGetValue(id, out var gaps)) _missing[id] = gaps = [];
            periods.Add((period, row.Line, ~gaps.Count));
            gaps.Add(new MissingMeasurement(period, why, illustrative));
            _missingCount++;
            return;
        }
        var isProvisional = status == "voorlopig";
        if (isProvisional) _provisional++;
        if (!_series.TryGetValue(id, out var list)) _series[id] = list = [];
        periods.Add((period, row.Line, list.Count));
        list.Add(new Measurement(period, value, isProvisional, illustrative));
    }

    /// <summary>
    /// A row with a post: the realised amount of a begroting post. Its own method, so that only these
    /// rare rows turn the error helper into a delegate (a delegate in <see cref="Add"/> would cost a
    /// closure on every row of a million).
    /// </summary>
    private void AddRealisation(RawMeasurement row, string? id, string post, string? rowGemeente)
    {
        void Error(string nl, string en) => errors.Add(new DataError(display, row.Line, nl, en));
        if (id is not null) { Error($"de rij heeft een indicator ('{id}') en een post ('{post}'): een rij is een meting of een realisatie, niet allebei", $"the row has an indicator ('{id}') and a post ('{post}'): a row is a measurement or a realisation, not both"); return; }
        if (row[MeasurementColumns.Vergelijking] is not null) { Error("een post heeft geen vergelijkingsreeks: laat vergelijking leeg bij een realisatie", "a post has no comparison series: leave vergelijking empty for a realisation"); return; }
        if (!InGemeente(row.Line, rowGemeente)) return;
        if (!TryStatus(row, out var postStatus)) return;
        _realisation.Add(row, post, postStatus, Error);
    }

    /// <summary>The row's gemeente is the kader's (else an error) and the one asked for with --gemeente (else counted as left out).</summary>
    private bool InGemeente(int line, string? rowGemeente)
    {
        if (rowGemeente is not null && gemeenten.Count > 0 && !gemeenten.Contains(rowGemeente, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add(new DataError(display, line, $"gemeente '{rowGemeente}' hoort niet bij dit kader ({string.Join(", ", gemeenten)})", $"gemeente '{rowGemeente}' does not belong to this kader ({string.Join(", ", gemeenten)})"));
            return false;
        }
        if (onlyGemeente is not null && !string.Equals(rowGemeente ?? onlyGemeente, onlyGemeente, StringComparison.OrdinalIgnoreCase))
        {
            _otherGemeente++; // counted and reported, not dropped silently
            return false;
        }
        return true;
    }

    /// <summary>The status column in lower case (null when empty); false, with an error, for an unknown status.</summary>
    private bool TryStatus(RawMeasurement row, out string? status)
    {
        status = row[MeasurementColumns.Status]?.ToLowerInvariant();
        if (status is null or "definitief" or "voorlopig" or "illustratief") return true;
        errors.Add(new DataError(display, row.Line, $"status '{status}' is onbekend (definitief, voorlopig of illustratief)", $"status '{status}' is unknown (definitief, voorlopig or illustratief)"));
        return false;
    }

    public MeasurementReadResult Finish()
    {
        var duplicates = ReportDuplicatePeriods();
        var ids = _series.Keys.Union(_missing.Keys, StringComparer.Ordinal);
        var data = new MeasurementData(ids.Select(id =>
        {
            var gone = duplicates.GetValueOrDefault(id);
            var figures = _series.GetValueOrDefault(id) ?? [];
            var gaps = _missing.GetValueOrDefault(id) ?? [];
            return gone is null
                ? new MeasurementSeries(id, figures, gaps)
                : new MeasurementSeries(id, figures.Where((_, i) => !gone.Contains(i)), gaps.Where((_, i) => !gone.Contains(~i)));
        }));
        return new MeasurementReadResult(data, errors.OrderBy(e => e.Line).ToList(), _rows, _otherGemeente, _provisional)
        {
            Missing = _missingCount,
            Explanations = _explanations,
            Comparisons = _comparisons,
            Realisation = _realisation.Result,
            Warnings = _ambiguity.Warning() is { } warning ? [warning] : [],
        };
    }

    /// <summary>
    /// A second row for the same indicator and period is an error on the later line, naming the
    /// first. Keyed by the period itself, not its place on the year axis: 2019 and 2019-H1 both start
    /// at 2019,0 but are different periods (docs/monitoring.md §2). A figure and a missing-value code
    /// for one period are a duplicate too.
    /// </summary>
    /// <returns>Per indicator the slots of the later rows, left out of the data as before.</returns>
    private Dictionary<string, HashSet<int>> ReportDuplicatePeriods()
    {
        var duplicates = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var (id, periods) in _periods)
        {
            // Equal periods side by side (not Period.CompareTo, which puts 2019 and 2019-H1 level),
            // and by line within a period, so the first row is the one every later one names.
            periods.Sort(static (a, b) =>
                a.Period.Year != b.Period.Year ? a.Period.Year.CompareTo(b.Period.Year)
                : a.Period.PerYear != b.Period.PerYear ? a.Period.PerYear.CompareTo(b.Period.PerYear)
                : a.Period.Index != b.Period.Index ? a.Period.Index.CompareTo(b.Period.Index)
                : a.Line.CompareTo(b.Line));
            for (var i = 1; i < periods.Count; i++)
            {
                var (period, line, slot) = periods[i];
                var j = i - 1;
                if (!periods[j].Period.Equals(period)) continue;
                while (j > 0 && periods[j - 1].Period.Equals(period)) j--;
                var earlier = periods[j].Line;
                errors.Add(new DataError(display, line, $"dubbele meting van '{id}' voor periode {period} (ook op regel {earlier})", $"duplicate measurement of '{id}' for period {period} (also on line {earlier})"));
                if (!duplicates.TryGetValue(id, out var gone)) duplicates[id] = gone = [];
                gone.Add(slot);
            }
        }
        return duplicates;
    }

    private static string? Suggest(string id, IEnumerable<string> known) => PolicyLang.Syntax.Spelling.Closest(id, known);
}
