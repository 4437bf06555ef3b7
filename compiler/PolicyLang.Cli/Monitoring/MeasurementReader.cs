using PolicyLang.Runtime;

namespace PolicyLang.Cli.Monitoring;

/// <summary>The validated measurements of one file, or what is wrong with it.</summary>
public sealed record MeasurementReadResult(MeasurementData Data, IReadOnlyList<DataError> Errors, int Rows, int OtherGemeente, int Provisional)
{
    public bool Success => Errors.Count == 0;
}

/// <summary>
/// Turns the rows of a CSV or JSON measurement file into series for the monitor, checking each
/// row against the kader: known indicator, readable period and value, value fits the indicator's
/// unit, known gemeente, no second measurement for the same period. Each error names its line.
/// </summary>
public static class MeasurementReader
{
    public static MeasurementReadResult Read(string path, KaderMonitor monitor, string? gemeente = null)
    {
        var display = Output.ReportedDiagnostic.DisplayPathOf(path);
        var (rows, errors) = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? JsonMeasurementFile.Read(path, display)
            : CsvMeasurementFile.Read(path, display);
        return Validate(rows, [.. errors], display, monitor.Indicators, monitor.Kader.Gemeenten, gemeente);
    }

    public static MeasurementReadResult Validate(IReadOnlyList<RawMeasurement> rows, List<DataError> errors, string display,
        IReadOnlyList<IndicatorInfo> indicators, IReadOnlyList<string> gemeenten, string? onlyGemeente)
    {
        var byId = indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);
        // Keyed by the period itself, not its place on the year axis: 2019 and 2019-H1 both start at
        // 2019,0 but are different periods (docs/monitoring.md §2).
        var seen = new Dictionary<(string, Period), int>();
        var gemeenteOf = new Dictionary<string, (string Gemeente, int Line)>(StringComparer.Ordinal);
        var series = new Dictionary<string, List<Measurement>>(StringComparer.Ordinal);
        int otherGemeente = 0, provisional = 0;

        foreach (var row in rows)
        {
            void Error(string nl, string en) => errors.Add(new DataError(display, row.Line, nl, en));

            var id = row[MeasurementColumns.Indicator];
            var periodText = row[MeasurementColumns.Periode];
            var valueText = row[MeasurementColumns.Waarde];
            var rowGemeente = row[MeasurementColumns.Gemeente];
            if (id is null) { Error("indicator is leeg", "indicator is empty"); continue; }
            if (!byId.TryGetValue(id, out var indicator))
            {
                var suggestion = Suggest(id, byId.Keys);
                Error($"onbekende indicator '{id}'{(suggestion is null ? "" : $" (bedoelde je '{suggestion}'?)")}", $"unknown indicator '{id}'{(suggestion is null ? "" : $" (did you mean '{suggestion}'?)")}");
                continue;
            }
            if (rowGemeente is not null && gemeenten.Count > 0 && !gemeenten.Contains(rowGemeente, StringComparer.OrdinalIgnoreCase))
            {
                Error($"gemeente '{rowGemeente}' hoort niet bij dit kader ({string.Join(", ", gemeenten)})", $"gemeente '{rowGemeente}' does not belong to this kader ({string.Join(", ", gemeenten)})");
                continue;
            }
            if (onlyGemeente is not null && !string.Equals(rowGemeente ?? onlyGemeente, onlyGemeente, StringComparison.OrdinalIgnoreCase))
            {
                otherGemeente++; // counted and reported, not dropped silently
                continue;
            }
            if (!Period.TryParse(periodText, out var period))
            {
                Error($"periode '{periodText}' is onleesbaar (schrijf 2018, 2018-H1, 2018-Q3 of 2018-03)", $"period '{periodText}' is unreadable (write 2018, 2018-H1, 2018-Q3 or 2018-03)");
                continue;
            }
            if (valueText is null) { Error("waarde is leeg", "value is empty"); continue; }
            if (!MeasuredValue.TryParse(valueText, out var value, out var marker))
            {
                Error($"waarde '{valueText}' is geen getal (schrijf 7,1 of 1.250 of 12%)", $"value '{valueText}' is not a number (write 7,1 or 1.250 or 12%)");
                continue;
            }
            if (Math.Abs(value) > MeasuredValue.Limit)
            {
                Error($"waarde '{valueText}' is te groot (hoogstens 10^15)", $"value '{valueText}' is too large (at most 10^15)");
                continue;
            }
            if (MeasuredValue.CheckUnit(indicator, value, marker) is { } unitProblem) { Error(unitProblem.Nl, unitProblem.En); continue; }
            if (row[MeasurementColumns.Eenheid] is { } unitWord && !MeasuredValue.UnitColumnMatches(indicator.Unit, unitWord))
            {
                Error($"eenheid past niet: '{unitWord}', maar '{indicator.Id}' meet {MeasuredValue.UnitWord(indicator.Unit, false)} ({indicator.UnitText})", $"unit mismatch: '{unitWord}', but '{indicator.Id}' measures {MeasuredValue.UnitWord(indicator.Unit, true)} ({indicator.UnitText})");
                continue;
            }
            var status = row[MeasurementColumns.Status]?.ToLowerInvariant();
            if (status is not (null or "definitief" or "voorlopig" or "illustratief"))
            {
                Error($"status '{status}' is onbekend (definitief, voorlopig of illustratief)", $"status '{status}' is unknown (definitief, voorlopig or illustratief)");
                continue;
            }
            var gemeenteKey = rowGemeente ?? "";
            if (gemeenteOf.TryGetValue(id, out var first) && !string.Equals(first.Gemeente, gemeenteKey, StringComparison.OrdinalIgnoreCase))
            {
                Error($"'{id}' heeft metingen van meer dan één gemeente (ook '{first.Gemeente}' op regel {first.Line}); kies er één met --gemeente", $"'{id}' has measurements of more than one gemeente (also '{first.Gemeente}' on line {first.Line}); choose one with --gemeente");
                continue;
            }
            gemeenteOf.TryAdd(id, (gemeenteKey, row.Line));
            if (seen.TryGetValue((id, period), out var earlier))
            {
                Error($"dubbele meting van '{id}' voor periode {period} (ook op regel {earlier})", $"duplicate measurement of '{id}' for period {period} (also on line {earlier})");
                continue;
            }
            seen[(id, period)] = row.Line;
            var isProvisional = status == "voorlopig";
            if (isProvisional) provisional++;
            var illustrative = status == "illustratief" || string.Equals(row[MeasurementColumns.Bron], "illustratief", StringComparison.OrdinalIgnoreCase);
            if (!series.TryGetValue(id, out var list)) series[id] = list = [];
            list.Add(new Measurement(period, value, isProvisional, illustrative));
        }

        var data = new MeasurementData(series.Select(s => new MeasurementSeries(s.Key, s.Value)));
        return new MeasurementReadResult(data, errors.OrderBy(e => e.Line).ToList(), rows.Count, otherGemeente, provisional);
    }

    private static string? Suggest(string id, IEnumerable<string> known) =>
        known.Select(k => (k, d: Distance(id.ToLowerInvariant(), k.ToLowerInvariant()))).Where(x => x.d <= Math.Max(2, id.Length / 4)).OrderBy(x => x.d).Select(x => x.k).FirstOrDefault();

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
