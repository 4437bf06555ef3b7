using System.Text.Json;
using Xunit;
using static PolicyLang.LanguageServer.Tests.Features.Fixture;

namespace PolicyLang.LanguageServer.Tests.Features;

/// <summary>
/// Requests are answered from the analysis that produced the diagnostics, whose trees are the
/// files' top-level chunks. After an edit above, the chunks below keep their trees and only move:
/// answers must still be at the right places of the edited text.
/// </summary>
public sealed class RequestsAfterEditsTests
{
    private const string Above = "// twee regels\n// erboven\n";

    private static async Task<TestClient> OpenedWithLinesAbove()
    {
        var (client, _) = await TestClient.StartAsync(FileSystem());
        client.Open(DoelenUri, Doelen);
        await client.WaitForDiagnostics(DoelenUri, version: 1);
        client.Change(DoelenUri, 2, 0, 0, 0, 0, Above);
        await client.WaitForDiagnostics(DoelenUri, version: 2);
        return client;
    }

    private static (int Line, int Character) Start(JsonElement range) =>
        (range.GetProperty("start").GetProperty("line").GetInt32(), range.GetProperty("start").GetProperty("character").GetInt32());

    [Fact]
    public async Task Definition_after_an_edit_above_points_into_the_moved_chunks_and_the_sibling_file()
    {
        await using var client = await OpenedWithLinesAbove();
        // line 13 (+2): "  draagt bij aan: Meedoen" → the ambitie's id on line 6 (+2), character 8.
        var local = await client.RequestAsync("textDocument/definition", Position(DoelenUri, 13, 20));
        Assert.Equal(DoelenUri, local.GetProperty("uri").GetString());
        Assert.Equal((8, 8), Start(local.GetProperty("range")));
        // line 15 (+2): "  indicator: Bijstand" → indicatoren.beleid, not edited.
        var sibling = await client.RequestAsync("textDocument/definition", Position(DoelenUri, 15, 15));
        Assert.Equal(IndicatorenUri, sibling.GetProperty("uri").GetString());
        Assert.Equal((0, 10), Start(sibling.GetProperty("range")));
    }

    [Fact]
    public async Task Hover_after_an_edit_above_covers_the_word_under_the_caret()
    {
        await using var client = await OpenedWithLinesAbove();
        var hover = await client.RequestAsync("textDocument/hover", Position(DoelenUri, 12, 8)); // "doel MinderBijstand"
        Assert.Contains("Minder inwoners in de bijstand", hover.GetProperty("contents").GetProperty("value").GetString());
        var range = hover.GetProperty("range");
        Assert.Equal((12, 5), Start(range));
        Assert.Equal(5 + "MinderBijstand".Length, range.GetProperty("end").GetProperty("character").GetInt32());
        Assert.Equal(JsonValueKind.Null, (await client.RequestAsync("textDocument/hover", Position(DoelenUri, 0, 4))).ValueKind); // in the new comment
    }

    [Fact]
    public async Task Rename_after_edits_above_in_both_files_changes_the_right_places_in_each()
    {
        await using var client = await OpenedWithLinesAbove();
        client.Open(IndicatorenUri, Indicatoren);
        client.Change(IndicatorenUri, 2, 0, 0, 0, 0, "\n");
        await client.WaitForDiagnostics(IndicatorenUri, version: 2);

        var edit = await client.RequestAsync("textDocument/rename", new
        {
            textDocument = new { uri = DoelenUri }, position = new { line = 15, character = 15 }, newName = "Uitkeringen",
        });
        var changes = edit.GetProperty("changes");
        Assert.Contains("\n  indicator: Uitkeringen\n", Apply(Above + Doelen, changes.GetProperty(DoelenUri).EnumerateArray()));
        Assert.StartsWith("\nindicator Uitkeringen \"", Apply("\n" + Indicatoren, changes.GetProperty(IndicatorenUri).EnumerateArray()));

        var references = (await client.RequestAsync("textDocument/references", new
        {
            textDocument = new { uri = IndicatorenUri }, position = new { line = 1, character = 12 }, context = new { includeDeclaration = true },
        })).EnumerateArray().Select(l => (l.GetProperty("uri").GetString(), Start(l.GetProperty("range")))).ToList();
        Assert.Equal([(IndicatorenUri, (1, 10)), (DoelenUri, (15, 13))], references);
    }

    [Fact]
    public async Task A_request_right_after_opening_is_answered_without_waiting_for_the_analysis()
    {
        var (client, _) = await TestClient.StartAsync(FileSystem());
        await using var _c = client;
        client.Open(DoelenUri, Doelen);
        var location = await client.RequestAsync("textDocument/definition", Position(DoelenUri, 13, 15));
        Assert.Equal(IndicatorenUri, location.GetProperty("uri").GetString());
        Assert.Equal((0, 10), Start(location.GetProperty("range")));
    }
}
