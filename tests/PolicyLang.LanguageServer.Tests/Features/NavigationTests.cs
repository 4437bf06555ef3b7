using System.Text.Json;
using PolicyLang.LanguageServer.Protocol;
using Xunit;
using static PolicyLang.LanguageServer.Tests.Features.Fixture;

namespace PolicyLang.LanguageServer.Tests.Features;

public sealed class NavigationTests
{
    private static async Task<TestClient> Opened()
    {
        var (client, _) = await TestClient.StartAsync(FileSystem(withBegroting: true));
        client.Open(DoelenUri, Doelen);
        await client.WaitForDiagnostics(DoelenUri);
        return client;
    }

    [Fact]
    public async Task Definition_of_a_reference_is_the_declaration_in_the_sibling_file()
    {
        await using var client = await Opened();
        // line 13: "  indicator: Bijstand", the reference starts at character 13.
        var location = await client.RequestAsync("textDocument/definition", Position(DoelenUri, 13, 15));
        Assert.Equal(IndicatorenUri, location.GetProperty("uri").GetString());
        Assert.Equal(0, location.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        Assert.Equal(10, location.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());
    }

    [Fact]
    public async Task Definition_on_whitespace_is_null()
    {
        await using var client = await Opened();
        Assert.Equal(JsonValueKind.Null, (await client.RequestAsync("textDocument/definition", Position(DoelenUri, 5, 0))).ValueKind);
    }

    [Fact]
    public async Task References_include_the_declaration_and_every_use()
    {
        await using var client = await Opened();
        // line 6: "ambitie Meedoen ..." — the declaration.
        var locations = (await client.RequestAsync("textDocument/references", new
        {
            textDocument = new { uri = DoelenUri }, position = new { line = 6, character = 10 }, context = new { includeDeclaration = true },
        })).EnumerateArray().ToList();
        Assert.Equal(2, locations.Count);
        Assert.Equal([6, 11], locations.Select(l => l.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32()).Order());
    }

    [Fact]
    public async Task Rename_changes_the_declaration_and_references_in_other_files()
    {
        await using var client = await Opened();
        var prepare = await client.RequestAsync("textDocument/prepareRename", Position(DoelenUri, 13, 15));
        Assert.Equal("Bijstand", prepare.GetProperty("placeholder").GetString());

        var edit = await client.RequestAsync("textDocument/rename", new
        {
            textDocument = new { uri = DoelenUri }, position = new { line = 13, character = 15 }, newName = "Uitkeringen",
        });
        var changes = edit.GetProperty("changes");
        var inDoelen = changes.GetProperty(DoelenUri).EnumerateArray().ToList();
        var inIndicatoren = changes.GetProperty(IndicatorenUri).EnumerateArray().ToList();
        Assert.Contains("indicator: Uitkeringen", Apply(Doelen, inDoelen));
        Assert.StartsWith("indicator Uitkeringen \"", Apply(Indicatoren, inIndicatoren));
    }

    [Fact]
    public async Task Rename_refuses_builtins_invalid_names_keywords_and_taken_names()
    {
        await using var client = await Opened();
        // line 12: "  wet: Participatiewet" — a built-in wet.
        var builtin = await Assert.ThrowsAsync<ResponseError>(() => client.RequestAsync("textDocument/prepareRename", Position(DoelenUri, 12, 10)));
        Assert.Equal(ErrorCodes.RequestFailed, builtin.Code);
        foreach (var bad in new[] { "12abc", "doel", "Meedoen", "met spatie" })
        {
            var error = await Assert.ThrowsAsync<ResponseError>(() => client.RequestAsync("textDocument/rename", new
            {
                textDocument = new { uri = DoelenUri }, position = new { line = 13, character = 15 }, newName = bad,
            }));
            Assert.Equal(ErrorCodes.RequestFailed, error.Code);
        }
    }

    [Fact]
    public async Task Document_symbols_are_hierarchical()
    {
        await using var client = await Opened();
        client.Open(BegrotingUri, Begroting);
        var symbols = (await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = BegrotingUri } })).EnumerateArray().ToList();
        var begroting = Assert.Single(symbols);
        Assert.Equal("Programma6", begroting.GetProperty("name").GetString());
        var posts = begroting.GetProperty("children").EnumerateArray().ToList();
        Assert.Equal(["P66", "Eigen bijdragen"], posts.Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(2, posts[0].GetProperty("children").GetArrayLength());
    }

    [Fact]
    public async Task Workspace_symbols_match_ids_and_titles_case_insensitively()
    {
        await using var client = await Opened();
        var byId = (await client.RequestAsync("workspace/symbol", new { query = "bijstand" })).EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.Contains("Bijstand", byId);
        Assert.Contains("MinderBijstand", byId);
        var byTitle = (await client.RequestAsync("workspace/symbol", new { query = "doen mee" })).EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.Equal(["Meedoen"], byTitle);
    }

    [Fact]
    public async Task Folding_ranges_cover_blocks_and_comment_runs()
    {
        await using var client = await Opened();
        var uri = DoelenUri.Replace("doelen", "extra");
        client.Open(uri, "// kop\n// nog een regel\nthema T \"t\" {\n  nummer: 1\n  sectie: §1\n}\n");
        var ranges = (await client.RequestAsync("textDocument/foldingRange", new { textDocument = new { uri } })).EnumerateArray()
            .Select(r => (r.GetProperty("startLine").GetInt32(), r.GetProperty("endLine").GetInt32(), r.TryGetProperty("kind", out var k) ? k.GetString() : null)).ToList();
        Assert.Contains((0, 1, "comment"), ranges);
        Assert.Contains((2, 4, null), ranges);
    }

    [Fact]
    public async Task Semantic_tokens_classify_keywords_declarations_references_and_field_names()
    {
        await using var client = await Opened();
        var data = (await client.RequestAsync("textDocument/semanticTokens/full", new { textDocument = new { uri = DoelenUri } }))
            .GetProperty("data").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        Assert.Equal(0, data.Length % 5);
        var tokens = new List<(int Line, int Char, int Length, int Type, int Modifiers)>();
        int line = 0, character = 0;
        for (var i = 0; i < data.Length; i += 5)
        {
            line += data[i];
            character = data[i] == 0 ? character + data[i + 1] : data[i + 1];
            tokens.Add((line, character, data[i + 2], data[i + 3], data[i + 4]));
        }
        var legend = PolicyLang.LanguageServer.Features.SemanticTokenLegend.Types;
        string TypeAt(int l, int c) => legend[tokens.Single(t => t.Line == l && t.Char == c).Type];
        Assert.Equal("keyword", TypeAt(10, 0));     // doel
        Assert.Equal("class", TypeAt(10, 5));       // MinderBijstand (declaration)
        Assert.Equal("property", TypeAt(13, 2));    // indicator (a field name here, not the keyword)
        Assert.Equal("variable", TypeAt(13, 13));   // Bijstand (reference)
        Assert.Equal("number", TypeAt(14, 13));     // 410
        Assert.Equal("string", TypeAt(10, 20));     // the title
        var wet = tokens.Single(t => t.Line == 12 && t.Char == 7);
        Assert.Equal(PolicyLang.LanguageServer.Features.SemanticTokenLegend.DefaultLibrary, wet.Modifiers); // built-in Participatiewet
    }
}
