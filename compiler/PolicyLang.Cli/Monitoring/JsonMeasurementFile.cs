using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PolicyLang.Cli.Monitoring;

/// <summary>
/// Reads measurements as JSON: an array of objects, or an object with a "metingen" array, each
/// with the same fields as the CSV columns. "waarde" is a JSON number or a string in the Dutch
/// notation ("7,1", "€ 1.250", "12%"). Lines are counted from the byte offsets, so every error
/// names the line of its object.
/// </summary>
public static class JsonMeasurementFile
{
    public static (IReadOnlyList<RawMeasurement> Rows, IReadOnlyList<DataError> Errors) Read(string path, string displayPath)
    {
        var bytes = File.ReadAllBytes(path);
        var rows = new List<RawMeasurement>();
        var errors = new List<DataError>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        int LineAt(long offset) => 1 + bytes.AsSpan(0, (int)Math.Min(offset, bytes.Length)).Count((byte)'\n');
        try
        {
            if (!reader.Read()) throw new JsonException("empty");
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                // { "metingen": [ ... ] }
                var found = false;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString();
                    reader.Read();
                    if (name == "metingen" && reader.TokenType == JsonTokenType.StartArray) { found = true; break; }
                    reader.Skip();
                }
                if (!found)
                {
                    errors.Add(new DataError(displayPath, 1, "verwacht een lijst van metingen, of een object met \"metingen\": [...]", "expected an array of measurements, or an object with \"metingen\": [...]"));
                    return (rows, errors);
                }
            }
            else if (reader.TokenType != JsonTokenType.StartArray)
            {
                errors.Add(new DataError(displayPath, LineAt(reader.TokenStartIndex), "verwacht een lijst van metingen", "expected an array of measurements"));
                return (rows, errors);
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var line = LineAt(reader.TokenStartIndex);
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    errors.Add(new DataError(displayPath, line, "verwacht een meting als object { \"indicator\": …, \"periode\": …, \"waarde\": … }", "expected a measurement object { \"indicator\": …, \"periode\": …, \"waarde\": … }"));
                    reader.Skip();
                    continue;
                }
                var cells = new Dictionary<string, string>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = (reader.GetString() ?? "").ToLowerInvariant();
                    reader.Read();
                    if (!MeasurementColumns.IsKnown(name))
                        errors.Add(new DataError(displayPath, LineAt(reader.TokenStartIndex), $"onbekend veld '{name}'", $"unknown field '{name}'"));
                    cells[name] = reader.TokenType switch
                    {
                        JsonTokenType.String => reader.GetString() ?? "",
                        // A JSON number is invariant notation: turn it into the Dutch form the value reader expects.
                        JsonTokenType.Number => ToDutch(Encoding.UTF8.GetString(reader.ValueSpan)),
                        JsonTokenType.Null => "",
                        _ => Invalid(ref reader),
                    };
                }
                foreach (var missing in MeasurementColumns.Required.Where(c => !cells.ContainsKey(c)))
                    errors.Add(new DataError(displayPath, line, $"veld '{missing}' ontbreekt", $"field '{missing}' is missing"));
                rows.Add(new RawMeasurement(line, cells));
            }
        }
        catch (JsonException e)
        {
            errors.Add(new DataError(displayPath, (int)(e.LineNumber ?? 0) + 1, "onleesbare JSON: " + e.Message.Split('\n')[0], "unreadable JSON: " + e.Message.Split('\n')[0]));
        }
        return (rows, errors);
    }

    private static string Invalid(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return "\u0000"; // no value parses from this: the validator reports it as unreadable
    }

    private static string ToDutch(string invariant) =>
        decimal.TryParse(invariant, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d.ToString(CultureInfo.InvariantCulture).Replace('.', ',')
            : invariant;
}
