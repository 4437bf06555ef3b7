using CsvHelper;

namespace PolicyLang.Cli.Monitoring;

/// <summary>
/// Reads a measurement CSV with CsvHelper: a header row naming the columns (any order, case
/// insensitive), the separator detected from the input (',' or ';' as Dutch spreadsheets write),
/// quoted cells as usual, lines starting with '#' as comments. Every problem is a
/// <see cref="DataError"/> with the line; nothing is skipped silently.
/// </summary>
public static class CsvMeasurementFile
{
    public static (IReadOnlyList<RawMeasurement> Rows, IReadOnlyList<DataError> Errors) Read(string path, string displayPath)
    {
        var rows = new List<RawMeasurement>();
        var errors = new List<DataError>();
        var text = File.ReadAllText(path);
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new DataError(displayPath, 1, "het bestand is leeg: de kopregel met indicator, periode en waarde ontbreekt", "the file is empty: the header with indicator, periode and waarde is missing"));
            return (rows, errors);
        }
        var options = CsvReaderOptions.Default with
        {
            HasHeader = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            CommentPrefix = '#',
            TrimWhitespace = true,
            FieldCountMismatch = CsvFieldCountHandling.Allow, // checked below, with the line
            MalformedData = CsvMalformedDataHandling.Throw,
        };
        try
        {
            using var reader = CsvReader.FromText(text, options);
            var header = reader.Headers.Select(h => h.Trim().ToLowerInvariant()).ToArray();
            foreach (var unknown in header.Where(h => !MeasurementColumns.IsKnown(h)))
                errors.Add(new DataError(displayPath, 1, $"onbekende kolom '{unknown}' (bekend: {Known})", $"unknown column '{unknown}' (known: {Known})"));
            foreach (var missing in MeasurementColumns.Required.Where(c => !header.Contains(c)))
                errors.Add(new DataError(displayPath, 1, $"kolom '{missing}' ontbreekt in de kopregel", $"column '{missing}' is missing from the header"));
            foreach (var dup in header.GroupBy(h => h).Where(g => g.Count() > 1))
                errors.Add(new DataError(displayPath, 1, $"kolom '{dup.Key}' staat twee keer in de kopregel", $"column '{dup.Key}' appears twice in the header"));
            if (errors.Count > 0) return (rows, errors);

            while (reader.Read())
            {
                var line = (int)reader.LineNumber;
                if (reader.FieldCount != header.Length)
                {
                    errors.Add(new DataError(displayPath, line, $"{reader.FieldCount} cellen, de kopregel heeft er {header.Length}", $"{reader.FieldCount} cells, the header has {header.Length}"));
                    continue;
                }
                var cells = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var i = 0; i < header.Length; i++) cells[header[i]] = reader.GetString(i) ?? "";
                rows.Add(new RawMeasurement(line, cells));
            }
        }
        catch (CsvFormatException e)
        {
            errors.Add(new DataError(displayPath, (int)Math.Max(1, e.LineNumber), "onleesbare CSV: " + e.Message.Split('\n')[0], "unreadable CSV: " + e.Message.Split('\n')[0]));
        }
        return (rows, errors);
    }

    private static string Known => string.Join(", ", MeasurementColumns.Required.Concat(MeasurementColumns.Optional));
}
