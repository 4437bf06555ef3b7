using CsvHelper;

namespace PolicyLang.Cli.Monitoring;

/// <summary>
/// Reads a measurement CSV with CsvHelper: a header row naming the columns (any order, case
/// insensitive), the separator detected from the input (',' or ';' as Dutch spreadsheets write),
/// quoted cells as usual, lines starting with '#' as comments, a UTF-8 byte order mark allowed.
/// Every problem is a <see cref="DataError"/> with the line; nothing is skipped silently. The file
/// is streamed: each row goes to <c>onRow</c> as it is read, so a million rows need no more memory
/// than their measurements.
/// </summary>
public static class CsvMeasurementFile
{
    public static void Read(string path, string displayPath, List<DataError> errors, Action<RawMeasurement> onRow)
    {
        if (IsBlank(path))
        {
            errors.Add(new DataError(displayPath, 1, "het bestand is leeg: de kopregel met indicator, periode en waarde ontbreekt", "the file is empty: the header with indicator, periode and waarde is missing"));
            return;
        }
        var options = CsvReaderOptions.Default with
        {
            HasHeader = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            CommentPrefix = '#',
            TrimWhitespace = true,
            PoolStrings = true, // indicator ids, statuses and sources repeat on every row
            FieldCountMismatch = CsvFieldCountHandling.Allow, // checked below, with the line
            MalformedData = CsvMalformedDataHandling.Throw,
        };
        try
        {
            using var reader = CsvReader.FromFile(path, options);
            // A UTF-8 byte order mark is not white space to Trim: without this the first column would be unknown.
            var header = reader.Headers.Select((h, i) => (i == 0 ? h.TrimStart('\uFEFF') : h).Trim().ToLowerInvariant()).ToArray();
            var errorsBefore = errors.Count;
            foreach (var unknown in header.Where(h => !MeasurementColumns.IsKnown(h)))
                errors.Add(new DataError(displayPath, 1, $"onbekende kolom '{unknown}' (bekend: {Known})", $"unknown column '{unknown}' (known: {Known})"));
            foreach (var missing in MeasurementColumns.Required.Where(c => !header.Contains(c)))
                errors.Add(new DataError(displayPath, 1, $"kolom '{missing}' ontbreekt in de kopregel", $"column '{missing}' is missing from the header"));
            // A row is about an indicator (a measurement) or a post (a realised amount): one of the two columns must be there.
            if (!MeasurementColumns.Subjects.Any(header.Contains))
                errors.Add(new DataError(displayPath, 1, "kolom 'indicator' ontbreekt in de kopregel (of 'post', voor de realisatie van de begroting)", "column 'indicator' is missing from the header (or 'post', for the budget's realisation)"));
            foreach (var dup in header.GroupBy(h => h).Where(g => g.Count() > 1))
                errors.Add(new DataError(displayPath, 1, $"kolom '{dup.Key}' staat twee keer in de kopregel", $"column '{dup.Key}' appears twice in the header"));
            if (errors.Count > errorsBefore) return;
            var slotOf = header.Select(MeasurementColumns.IndexOf).ToArray();

            while (reader.Read())
            {
                var line = (int)reader.LineNumber;
                if (reader.FieldCount != header.Length)
                {
                    errors.Add(new DataError(displayPath, line, $"{reader.FieldCount} cellen, de kopregel heeft er {header.Length}", $"{reader.FieldCount} cells, the header has {header.Length}"));
                    continue;
                }
                var cells = MeasurementColumns.NewSlots();
                for (var i = 0; i < header.Length; i++) cells[slotOf[i]] = reader.GetString(i) ?? "";
                onRow(new RawMeasurement(line, cells));
            }
        }
        catch (CsvFormatException e)
        {
            errors.Add(new DataError(displayPath, (int)Math.Max(1, e.LineNumber), "onleesbare CSV: " + e.Message.Split('\n')[0], "unreadable CSV: " + e.Message.Split('\n')[0]));
        }
    }

    /// <summary>Empty or only white space (a byte order mark counts as such); reads only as far as the first other character.</summary>
    private static bool IsBlank(string path)
    {
        using var text = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        int c;
        while ((c = text.Read()) >= 0)
            if (!char.IsWhiteSpace((char)c) && c != '\uFEFF') return false;
        return true;
    }

    private static string Known => string.Join(", ", MeasurementColumns.All);
}
