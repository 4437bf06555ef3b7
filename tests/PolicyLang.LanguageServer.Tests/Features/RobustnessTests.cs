using PolicyLang.LanguageServer.Protocol;
using PolicyLang.LanguageServer.Workspace;
using Xunit;

namespace PolicyLang.LanguageServer.Tests.Features;

/// <summary>
/// Random edits of a real example, with every kind of request at random places after each edit:
/// no request may fail with an internal error, and diagnostics keep coming for the last version.
/// </summary>
public sealed class RobustnessTests
{
    private static string ExamplesDir()
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "PolicyLang.sln"))) dir = Path.GetDirectoryName(dir)!;
        return Path.Combine(dir, "examples");
    }

    [Fact]
    public async Task Random_edits_and_requests_never_produce_internal_errors()
    {
        var folder = Path.Combine(ExamplesDir(), "steenwijkerland");
        var path = Path.Combine(folder, "doelen.beleid");
        var uri = DocumentUris.FromPath(path);
        var (client, _) = await TestClient.StartAsync(new PhysicalFileSystem());
        await using var _c = client;
        var text = File.ReadAllText(path);
        client.Open(uri, text);
        await client.WaitForDiagnostics(uri, version: 1);

        var random = new Random(20261122);
        const string alphabet = " \n{}:,\"€%-/§0123456789abcdeilmnoprstuvDIKM";
        string[] methods = ["textDocument/hover", "textDocument/completion", "textDocument/definition", "textDocument/signatureHelp",
            "textDocument/prepareRename", "textDocument/references"];
        var version = 1;
        for (var i = 0; i < 80; i++)
        {
            var source = new PolicyLang.Text.SourceText(text);
            var start = random.Next(text.Length + 1);
            var end = Math.Min(text.Length, start + random.Next(6));
            var insert = new string(Enumerable.Range(0, random.Next(5)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var (from, to) = (source.GetLinePosition(start), source.GetLinePosition(end));
            client.Change(uri, ++version, from.Line, from.Character, to.Line, to.Character, insert);
            text = text[..start] + insert + text[end..];

            var caret = new PolicyLang.Text.SourceText(text).GetLinePosition(random.Next(text.Length + 1));
            var method = methods[i % methods.Length];
            try
            {
                await client.RequestAsync(method, new
                {
                    textDocument = new { uri }, position = new { line = caret.Line, character = caret.Character },
                    context = new { includeDeclaration = true },
                });
            }
            catch (ResponseError e) when (e.Code == ErrorCodes.RequestFailed)
            {
                // prepareRename on a built-in wet: a proper refusal, not a crash.
            }
            if (i % 10 == 0)
            {
                foreach (var whole in new[] { "textDocument/documentSymbol", "textDocument/semanticTokens/full", "textDocument/foldingRange", "textDocument/formatting" })
                    await client.RequestAsync(whole, new { textDocument = new { uri }, options = new { tabSize = 2, insertSpaces = true } });
                await client.RequestAsync("textDocument/inlayHint", new { textDocument = new { uri }, range = new { start = new { line = 0, character = 0 }, end = new { line = 10000, character = 0 } } });
                await client.RequestAsync("textDocument/codeAction", new { textDocument = new { uri }, range = new { start = new { line = 0, character = 0 }, end = new { line = 10000, character = 0 } }, context = new { diagnostics = Array.Empty<object>() } });
            }
        }
        await client.WaitForDiagnostics(uri, version: version);
        Assert.DoesNotContain("fail", client.Log.ToString().Split('\n').Select(l => l.Length > 13 ? l[13..17] : ""));
        Assert.Equal(0, await client.ShutdownAsync());
    }
}
