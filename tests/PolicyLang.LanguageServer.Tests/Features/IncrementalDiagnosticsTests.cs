using System.Text.Json;
using PolicyLang.Text;
using Xunit;
using static PolicyLang.LanguageServer.Tests.Features.Fixture;

namespace PolicyLang.LanguageServer.Tests.Features;

/// <summary>
/// The server checks incrementally (only the top-level elements an edit touches are parsed and
/// bound again); what it publishes must still be what a whole check of the same texts reports.
/// </summary>
public sealed class IncrementalDiagnosticsTests
{
    [Fact]
    public async Task Edits_that_break_and_restore_a_block_publish_what_a_whole_check_reports()
    {
        var (client, _) = await TestClient.StartAsync(FileSystem());
        await using var _c = client;
        var text = Doelen + Tension;
        client.Open(DoelenUri, text);
        await client.WaitForDiagnostics(DoelenUri, d => Same(d, Expected(text)), version: 1);

        var version = 1;
        foreach (var (line, character, endCharacter, insert) in new[]
        {
            (8, 0, 1, ""),          // the ambitie loses its '}': the doel below now sits inside it
            (8, 0, 0, "}"),         // and gets it back
            (10, 22, 22, "Veel "),  // typing in the doel's title
            (13, 13, 21, "Bijstnd"), // an undefined indicator
            (4, 0, 1, "} x"),       // a stray word after the kader
        })
        {
            version++;
            var lines = text.Split('\n');
            var offset = lines.Take(line).Sum(l => l.Length + 1);
            text = text.Remove(offset + character, endCharacter - character).Insert(offset + character, insert);
            client.Change(DoelenUri, version, line, character, line, endCharacter, insert);
            var expected = Expected(text);
            var published = await client.WaitForDiagnostics(DoelenUri, d => Same(d, expected), version);
            Assert.True(Same(published, expected));
        }
    }

    /// <summary>What a whole check of the folder reports for the doelen file: code and range.</summary>
    private static List<string> Expected(string doelen)
    {
        var source = new SourceText(doelen, DoelenPath);
        return
        [
            .. Compilation.FromSources([(DoelenPath, doelen), (IndicatorenPath, Indicatoren)]).Diagnostics
                .Where(d => d.Location.Path == DoelenPath)
                .Select(d => (d.Code, Start: source.GetLinePosition(d.Span.Start), End: source.GetLinePosition(d.Span.End)))
                .Select(d => $"{d.Code} {d.Start.Line}:{d.Start.Character}-{d.End.Line}:{d.End.Character}")
                .Order(StringComparer.Ordinal),
        ];
    }

    private static bool Same(JsonElement[] published, List<string> expected) =>
        published.Select(d =>
        {
            var range = d.GetProperty("range");
            var (start, end) = (range.GetProperty("start"), range.GetProperty("end"));
            return $"{d.GetProperty("code").GetString()} {start.GetProperty("line").GetInt32()}:{start.GetProperty("character").GetInt32()}-{end.GetProperty("line").GetInt32()}:{end.GetProperty("character").GetInt32()}";
        }).Order(StringComparer.Ordinal).SequenceEqual(expected);
}
