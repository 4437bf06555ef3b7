using PolicyLang.Cli.Monitoring;
using PolicyLang.Runtime;

namespace PolicyLang.Cli.Testing;

/// <summary>One expectation: at this line, this doel must have this status.</summary>
public sealed record Expectation(int Line, string Goal, GoalStatus Status);

/// <summary>
/// One test case (<c>geval</c>): measurements (a file, or inline <c>meting</c> rows that keep
/// their line in the test file), an optional peiljaar, and the statuses expected.
/// </summary>
public sealed record TestCase(int Line, string Name, string? MeasurementFile, IReadOnlyList<RawMeasurement> Rows, int? Peiljaar, IReadOnlyList<Expectation> Expectations);

/// <summary>A parsed <c>.beleidtest</c> file: its cases, or every problem with its line.</summary>
public sealed record BeleidTestFile(string Path, string DisplayPath, IReadOnlyList<TestCase> Cases, IReadOnlyList<DataError> Errors)
{
    public const string Extension = ".beleidtest";

    /// <summary>
    /// Reads the line format of docs/monitoring.md §10: <c>sleutel: waarde</c> lines, <c>#</c>
    /// comments, blank lines. <c>metingen</c> and <c>peiljaar</c> before the first <c>geval</c>
    /// are defaults for every case. Never throws on content; every bad line is an error.
    /// </summary>
    public static BeleidTestFile Parse(string path, string displayPath, string text)
    {
        var errors = new List<DataError>();
        var cases = new List<TestCase>();
        void Error(int line, string nl, string en) => errors.Add(new DataError(displayPath, line, nl, en));

        string? defaultFile = null;
        int? defaultPeiljaar = null;
        CaseBuilder? current = null;

        void Close()
        {
            if (current is null) return;
            if (current.Expectations.Count == 0)
                Error(current.Line, $"geval '{current.Name}' heeft geen 'verwacht:'-regel", $"case '{current.Name}' has no 'verwacht:' line");
            if (current.File is not null && current.Rows.Count > 0)
                Error(current.Line, $"geval '{current.Name}' heeft zowel 'metingen:' als 'meting:'-regels; kies één van beide", $"case '{current.Name}' has both 'metingen:' and 'meting:' lines; use one of them");
            var file = current.File ?? (current.Rows.Count > 0 ? null : defaultFile);
            cases.Add(new TestCase(current.Line, current.Name, file, current.Rows, current.Peiljaar ?? defaultPeiljaar, current.Expectations));
            current = null;
        }

        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                Error(number, "verwacht 'sleutel: waarde' (geval, metingen, peiljaar, meting of verwacht)", "expected 'key: value' (geval, metingen, peiljaar, meting or verwacht)");
                continue;
            }
            var key = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "geval":
                    Close();
                    if (value.Length == 0) Error(number, "een geval heeft een naam nodig", "a case needs a name");
                    current = new CaseBuilder(number, value);
                    break;
                case "metingen":
                    if (value.Length == 0) { Error(number, "'metingen:' noemt geen bestand", "'metingen:' names no file"); break; }
                    var resolved = System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!, value));
                    if (!File.Exists(resolved)) Error(number, $"metingenbestand '{value}' bestaat niet", $"measurement file '{value}' does not exist");
                    if (current is null)
                    {
                        if (defaultFile is not null) Error(number, "'metingen:' staat er al", "'metingen:' is given twice");
                        defaultFile = resolved;
                    }
                    else
                    {
                        if (current.File is not null) Error(number, "'metingen:' staat er al in dit geval", "'metingen:' is given twice in this case");
                        current.File = resolved;
                    }
                    break;
                case "peiljaar":
                    if (!int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) || year < 1000 || year > 9999)
                    {
                        Error(number, $"peiljaar '{value}' is geen jaartal", $"peiljaar '{value}' is not a year");
                        break;
                    }
                    if (current is null)
                    {
                        if (defaultPeiljaar is not null) Error(number, "'peiljaar:' staat er al", "'peiljaar:' is given twice");
                        defaultPeiljaar = year;
                    }
                    else
                    {
                        if (current.Peiljaar is not null) Error(number, "'peiljaar:' staat er al in dit geval", "'peiljaar:' is given twice in this case");
                        current.Peiljaar = year;
                    }
                    break;
                case "meting":
                    if (current is null) { Error(number, "'meting:' hoort bij een geval; begin met 'geval: <naam>'", "'meting:' belongs to a case; start with 'geval: <name>'"); break; }
                    var cells = value.Split(';').Select(c => c.Trim()).ToArray();
                    if (cells.Length != 3 || cells.Any(c => c.Length == 0))
                    {
                        Error(number, "verwacht 'meting: indicator; periode; waarde'", "expected 'meting: indicator; periode; waarde'");
                        break;
                    }
                    current.Rows.Add(new RawMeasurement(number, new Dictionary<string, string>(StringComparer.Ordinal)
                    {
                        [MeasurementColumns.Indicator] = cells[0],
                        [MeasurementColumns.Periode] = cells[1],
                        [MeasurementColumns.Waarde] = cells[2],
                    }));
                    break;
                case "verwacht":
                    if (current is null) { Error(number, "'verwacht:' hoort bij een geval; begin met 'geval: <naam>'", "'verwacht:' belongs to a case; start with 'geval: <name>'"); break; }
                    var equals = value.IndexOf('=');
                    if (equals <= 0)
                    {
                        Error(number, "verwacht 'verwacht: doel = status'", "expected 'verwacht: doel = status'");
                        break;
                    }
                    var goal = value[..equals].Trim();
                    var label = value[(equals + 1)..].Trim();
                    if (StatusLabels.Parse(label) is not { } status)
                    {
                        Error(number, $"onbekende status '{label}' (kies uit: {StatusLabels.All(english: false)})", $"unknown status '{label}' (choose from: {StatusLabels.All(english: true)})");
                        break;
                    }
                    if (current.Expectations.Any(e => e.Goal == goal))
                    {
                        Error(number, $"doel '{goal}' staat al in dit geval", $"doel '{goal}' is already expected in this case");
                        break;
                    }
                    current.Expectations.Add(new Expectation(number, goal, status));
                    break;
                default:
                    Error(number, $"onbekende sleutel '{key}' (geval, metingen, peiljaar, meting of verwacht)", $"unknown key '{key}' (geval, metingen, peiljaar, meting or verwacht)");
                    break;
            }
        }
        Close();
        if (cases.Count == 0 && errors.Count == 0)
            Error(1, "geen enkel geval (begin met 'geval: <naam>')", "no case at all (start with 'geval: <name>')");
        return new BeleidTestFile(path, displayPath, cases, errors);
    }

    private sealed class CaseBuilder(int line, string name)
    {
        public int Line { get; } = line;
        public string Name { get; } = name;
        public string? File { get; set; }
        public int? Peiljaar { get; set; }
        public List<RawMeasurement> Rows { get; } = [];
        public List<Expectation> Expectations { get; } = [];
    }
}
