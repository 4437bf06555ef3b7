using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;
using PolicyLang.Text;

namespace PolicyLang.Analysis;

/// <summary>
/// Reads a policylang.json (schema: docs/policylang.schema.json). Never throws: every problem
/// becomes a PL6xxx diagnostic with its line and column, and whatever is valid still applies.
/// <code>
/// { "regels": { "PL3001": "waarschuwing", "PL5002": "uit" }, "vageWoorden": ["voldoende"] }
/// </code>
/// Levels: uit/off, info, waarschuwing/warning, fout/error. English keys rules/vagueWords work too.
/// </summary>
public static class AnalysisOptionsReader
{
    private static readonly string[] Keys = ["$schema", "regels", "rules", "vageWoorden", "vagueWords"];

    /// <summary>Every word for a level, the Dutch ones first (the configuration schema lists them in this order).</summary>
    internal static readonly ImmutableArray<(string Word, RuleLevel Level)> LevelNames =
    [
        ("uit", RuleLevel.Off), ("info", RuleLevel.Info), ("informatie", RuleLevel.Info), ("waarschuwing", RuleLevel.Warning), ("fout", RuleLevel.Error),
        ("off", RuleLevel.Off), ("none", RuleLevel.Off), ("warning", RuleLevel.Warning), ("error", RuleLevel.Error),
    ];

    private static readonly Dictionary<string, RuleLevel> LevelWords = LevelNames.ToDictionary(l => l.Word, l => l.Level, StringComparer.OrdinalIgnoreCase);

    public static AnalysisOptions Read(SourceText text)
    {
        var state = new State(text);
        try
        {
            state.ReadRoot();
        }
        catch (JsonException e)
        {
            // Half a file is not a configuration: nothing of it applies.
            var error = DiagnosticBuilder.InvalidConfigJson(state.LocationOf(e), FirstSentence(e.Message));
            return new AnalysisOptions(new Dictionary<string, RuleLevel>(), AnalysisOptions.DefaultVagueWords, [error]);
        }
        return new AnalysisOptions(state.Levels, state.VagueWords ?? AnalysisOptions.DefaultVagueWords, state.Diagnostics.ToImmutable());
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    /// <summary>One read: the reader walks the UTF-8 bytes; offsets map back to UTF-16 for spans.</summary>
    private sealed class State(SourceText text)
    {
        private readonly byte[] _bytes = Encoding.UTF8.GetBytes(text.Text);

        public Dictionary<string, RuleLevel> Levels { get; } = new(StringComparer.OrdinalIgnoreCase);
        public ImmutableArray<string>? VagueWords { get; private set; }
        public DiagnosticBag Diagnostics { get; } = new();

        public void Report(Diagnostic diagnostic) => Diagnostics.Add(diagnostic);

        public void ReadRoot()
        {
            var reader = new Utf8JsonReader(_bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (!reader.Read()) { Report(DiagnosticBuilder.InvalidConfigJson(At(0, 0), "leeg bestand / empty file")); return; }
            if (reader.TokenType != JsonTokenType.StartObject) { Report(DiagnosticBuilder.InvalidConfigValue(At(ref reader), "(root)", "een object { … }", "an object { … }")); return; }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = reader.GetString()!;
                var keyAt = At(ref reader);
                reader.Read();
                switch (key)
                {
                    case "regels" or "rules": ReadLevels(ref reader, key); break;
                    case "vageWoorden" or "vagueWords": ReadVagueWords(ref reader, key); break;
                    case "$schema": reader.Skip(); break;
                    default:
                        Report(DiagnosticBuilder.UnknownConfigKey(keyAt, key, Spelling.Closest(key, Keys)));
                        reader.Skip();
                        break;
                }
            }
        }

        private void ReadLevels(ref Utf8JsonReader reader, string key)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Report(DiagnosticBuilder.InvalidConfigValue(At(ref reader), key, "een object met per code een niveau", "an object with a level per code"));
                reader.Skip();
                return;
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var code = reader.GetString()!;
                var codeAt = At(ref reader);
                reader.Read();
                var valueAt = At(ref reader);
                var word = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                reader.Skip();
                if (AnalysisRules.IsCompilerCode(code))
                    Report(DiagnosticBuilder.CompilerDiagnosticNotConfigurable(codeAt, code));
                else if (!AnalysisRules.Codes.Contains(code))
                    Report(DiagnosticBuilder.UnknownRuleCode(codeAt, code, Spelling.Closest(code, AnalysisRules.Codes)));
                else if (word is null || !LevelWords.TryGetValue(word, out var level))
                    Report(DiagnosticBuilder.InvalidRuleLevel(valueAt, word ?? "?"));
                else
                    Levels[code] = level;
            }
        }

        private void ReadVagueWords(ref Utf8JsonReader reader, string key)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                Report(DiagnosticBuilder.InvalidConfigValue(At(ref reader), key, "een lijst van woorden", "a list of words"));
                reader.Skip();
                return;
            }
            var words = ImmutableArray.CreateBuilder<string>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: > 0 } word) words.Add(word);
                else Report(DiagnosticBuilder.InvalidConfigValue(At(ref reader), key, "een woord (tekst)", "a word (text)"));
                reader.Skip();
            }
            VagueWords = words.ToImmutable();
        }

        private Location At(ref Utf8JsonReader reader)
        {
            var start = (int)reader.TokenStartIndex;
            var end = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray ? start + 1 : (int)reader.BytesConsumed;
            return At(start, end);
        }

        private Location At(int byteStart, int byteEnd)
        {
            var start = CharOffset(byteStart);
            return new Location(text, TextSpan.FromBounds(start, Math.Max(start, CharOffset(byteEnd))));
        }

        private int CharOffset(int byteOffset) =>
            Encoding.UTF8.GetCharCount(_bytes, 0, Math.Clamp(byteOffset, 0, _bytes.Length));

        public Location LocationOf(JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0);
            var lineStart = line < text.LineStarts.Count ? text.LineStarts[line] : text.Text.Length;
            // BytePositionInLine counts UTF-8 bytes; the line's bytes give the UTF-16 column.
            var lineBytes = Encoding.UTF8.GetByteCount(text.Text.AsSpan(0, lineStart));
            var start = CharOffset(lineBytes + (int)(e.BytePositionInLine ?? 0));
            return new Location(text, new TextSpan(Math.Min(start, text.Text.Length), 0));
        }
    }
}
