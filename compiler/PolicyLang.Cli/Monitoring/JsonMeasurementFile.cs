using System.Text;
using System.Text.Json;

namespace PolicyLang.Cli.Monitoring;

/// <summary>
/// Reads measurements as JSON: an array of objects, or an object with one "metingen" array, each
/// with the same fields as the CSV columns. "waarde" is a JSON number or a string in the Dutch
/// notation ("7,1", "€ 1.250", "12%"). A UTF-8 byte order mark is allowed. Nothing is taken
/// silently: a field twice in one object, a second "metingen", anything after the measurements
/// and a number no decimal can hold are errors, each with its line. Lines are counted once, forward
/// through the file, and every row goes to <c>onRow</c> as soon as it is read (linear, streaming).
/// </summary>
public static class JsonMeasurementFile
{
    public static void Read(string path, string displayPath, List<DataError> errors, Action<RawMeasurement> onRow)
    {
        var bytes = File.ReadAllBytes(path);
        var json = bytes.AsSpan(bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0);
        var lines = new LineCounter(json.Length == bytes.Length ? bytes : bytes[3..]);
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        void Error(long offset, string nl, string en) => errors.Add(new DataError(displayPath, lines.LineAt(offset), nl, en));
        try
        {
            if (!reader.Read()) throw new JsonException("empty");
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                // { "metingen": [ ... ] }: other members are skipped (room for metadata), a second "metingen" is not.
                long? found = null;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var nameOffset = reader.TokenStartIndex;
                    var isMetingen = reader.ValueTextEquals("metingen"u8);
                    reader.Read();
                    if (!isMetingen || reader.TokenType != JsonTokenType.StartArray) { reader.Skip(); continue; }
                    if (found is { } first)
                    {
                        Error(nameOffset, $"\"metingen\" staat twee keer in het bestand (ook op regel {lines.LineAt(first)}); voeg de lijsten samen",
                            $"\"metingen\" appears twice in the file (also on line {lines.LineAt(first)}); merge the lists");
                        reader.Skip();
                        continue;
                    }
                    found = nameOffset;
                    ReadArray(ref reader, lines, displayPath, errors, onRow);
                }
                if (found is null)
                {
                    errors.Add(new DataError(displayPath, 1, "verwacht een lijst van metingen, of een object met \"metingen\": [...]", "expected an array of measurements, or an object with \"metingen\": [...]"));
                    return;
                }
            }
            else if (reader.TokenType == JsonTokenType.StartArray)
            {
                ReadArray(ref reader, lines, displayPath, errors, onRow);
            }
            else
            {
                Error(reader.TokenStartIndex, "verwacht een lijst van metingen", "expected an array of measurements");
                return;
            }
            RejectTrailingContent(ref reader, lines, displayPath, errors);
        }
        catch (JsonException e)
        {
            errors.Add(new DataError(displayPath, (int)(e.LineNumber ?? 0) + 1, "onleesbare JSON: " + e.Message.Split('\n')[0], "unreadable JSON: " + e.Message.Split('\n')[0]));
        }
    }

    private static void ReadArray(ref Utf8JsonReader reader, LineCounter lines, string displayPath, List<DataError> errors, Action<RawMeasurement> onRow)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var line = lines.LineAt(reader.TokenStartIndex);
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                errors.Add(new DataError(displayPath, line, "verwacht een meting als object { \"indicator\": …, \"periode\": …, \"waarde\": … }", "expected a measurement object { \"indicator\": …, \"periode\": …, \"waarde\": … }"));
                reader.Skip();
                continue;
            }
            var cells = MeasurementColumns.NewSlots();
            var readable = true;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = FieldName(ref reader);
                reader.Read();
                var fieldLine = lines.LineAt(reader.TokenStartIndex);
                var slot = MeasurementColumns.IndexOf(name);
                if (slot < 0)
                    errors.Add(new DataError(displayPath, fieldLine, $"onbekend veld '{name}'", $"unknown field '{name}'"));
                var value = reader.TokenType switch
                {
                    JsonTokenType.String => reader.GetString() ?? "",
                    // A JSON number is invariant notation: turn it into the Dutch form the value reader expects.
                    JsonTokenType.Number => JsonNumber.ToDutch(Encoding.UTF8.GetString(reader.ValueSpan)),
                    JsonTokenType.Null => "",
                    _ => Invalid(ref reader),
                };
                if (value is null)
                {
                    errors.Add(new DataError(displayPath, fieldLine, $"getal {Encoding.UTF8.GetString(reader.ValueSpan)} in '{name}' past niet in een decimaal getal (te groot, te klein of te precies)",
                        $"number {Encoding.UTF8.GetString(reader.ValueSpan)} in '{name}' does not fit a decimal (too large, too small or too precise)"));
                    readable = false;
                    continue;
                }
                if (slot < 0) continue; // reported above
                if (cells[slot] is null) cells[slot] = value;
                else
                {
                    errors.Add(new DataError(displayPath, fieldLine, $"veld '{name}' staat twee keer in deze meting", $"field '{name}' appears twice in this measurement"));
                    readable = false;
                }
            }
            if (!readable) continue; // its errors are reported; judging half of it would be a guess
            foreach (var missing in MeasurementColumns.Required.Where(c => cells[MeasurementColumns.IndexOf(c)] is null))
                errors.Add(new DataError(displayPath, line, $"veld '{missing}' ontbreekt", $"field '{missing}' is missing"));
            if (cells[IndicatorSlot] is null && cells[PostSlot] is null) // a row is about an indicator or a post
                errors.Add(new DataError(displayPath, line, "veld 'indicator' ontbreekt (of 'post', voor de realisatie van de begroting)", "field 'indicator' is missing (or 'post', for the budget's realisation)"));
            onRow(new RawMeasurement(line, cells));
        }
    }

    /// <summary>The measurements are the whole file: a second value after them is an error, not ignored.</summary>
    private static void RejectTrailingContent(ref Utf8JsonReader reader, LineCounter lines, string displayPath, List<DataError> errors)
    {
        var end = reader.BytesConsumed;
        bool more;
        try { more = reader.Read(); }
        catch (JsonException) { more = true; }
        if (more)
            errors.Add(new DataError(displayPath, lines.LineAt(Math.Max(end, reader.TokenStartIndex)),
                "na het einde van de metingen staat nog tekst; een JSON-bestand bevat één lijst of één object",
                "there is more text after the end of the measurements; a JSON file holds one array or one object"));
    }

    private static readonly int IndicatorSlot = MeasurementColumns.IndexOf(MeasurementColumns.Indicator), PostSlot = MeasurementColumns.IndexOf(MeasurementColumns.Post);

    private static readonly (byte[] Utf8, string Name)[] KnownFields =
        [.. MeasurementColumns.All.Select(c => (Encoding.UTF8.GetBytes(c), c))];

    /// <summary>The field name in lower case; the usual, already lower-case names without allocating a string per row.</summary>
    private static string FieldName(ref Utf8JsonReader reader)
    {
        foreach (var (utf8, name) in KnownFields)
            if (reader.ValueTextEquals(utf8)) return name;
        return (reader.GetString() ?? "").ToLowerInvariant();
    }

    private static string Invalid(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return "\u0000"; // no value parses from this: the validator reports it as unreadable
    }

    /// <summary>Line numbers of byte offsets that only move forward: counted once, not from the start for every row.</summary>
    private sealed class LineCounter(byte[] bytes)
    {
        private long _offset;
        private int _line = 1;

        public int LineAt(long offset)
        {
            offset = Math.Min(offset, bytes.Length);
            if (offset < _offset) { _offset = 0; _line = 1; } // never happens in a forward read; stays correct if it does
            _line += bytes.AsSpan((int)_offset, (int)(offset - _offset)).Count((byte)'\n');
            _offset = offset;
            return _line;
        }
    }
}
