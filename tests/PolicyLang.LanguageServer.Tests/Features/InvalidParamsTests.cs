using System.Text.Json;
using PolicyLang.LanguageServer.Protocol;
using Xunit;
using static PolicyLang.LanguageServer.Tests.Features.Fixture;

namespace PolicyLang.LanguageServer.Tests.Features;

/// <summary>
/// Issue 20: a didChange with "text": null broke the folder's analysis until the next full change,
/// and a request with "textDocument": null was answered -32603 (internal error) instead of -32602.
/// Parameters a record says cannot be null are refused before anything uses them.
/// </summary>
public sealed class InvalidParamsTests
{
    [Fact]
    public async Task A_did_change_with_a_null_text_is_ignored_and_logged_and_analysis_goes_on()
    {
        var (client, _) = await TestClient.StartAsync(FileSystem());
        await using var _c = client;
        client.Open(DoelenUri, Doelen);
        await client.WaitForDiagnostics(DoelenUri, version: 1);

        client.SendRaw("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":"
            + JsonSerializer.Serialize(DoelenUri) + ",\"version\":2},\"contentChanges\":[{\"range\":{\"start\":{\"line\":13,\"character\":18},\"end\":{\"line\":13,\"character\":18}},\"text\":null}]}}");
        client.SendRaw("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":null,\"contentChanges\":[]}}");
        client.SendRaw("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":"
            + JsonSerializer.Serialize(DoelenUri) + ",\"version\":2},\"contentChanges\":[null]}}");

        // The next incremental change applies to the text as it was, and its analysis is published.
        client.Change(DoelenUri, 3, 13, 2, 13, 21, "indicator: Onbekend");
        var diagnostics = await client.WaitForDiagnostics(DoelenUri, d => d.Length == 1, version: 3);
        Assert.Equal("PL2001", diagnostics[0].GetProperty("code").GetString());
        var log = client.Log.ToString();
        Assert.Contains("Ignored notification textDocument/didChange: Invalid parameters: 'contentChanges[0].text' is missing or null.", log);
        Assert.Contains("'textDocument' is missing or null", log);
        Assert.Contains("'contentChanges[0]' is missing or null", log);
    }

    [Theory]
    [InlineData("textDocument/hover", "{\"textDocument\":null,\"position\":{\"line\":0,\"character\":0}}")]
    [InlineData("textDocument/definition", "{\"position\":{\"line\":0,\"character\":0}}")]
    [InlineData("textDocument/formatting", "{\"textDocument\":{\"uri\":null}}")]
    [InlineData("textDocument/documentSymbol", "{\"textDocument\":null}")]
    public async Task A_request_with_a_null_text_document_gets_invalid_params(string method, string parameters)
    {
        var (client, _) = await TestClient.StartAsync(FileSystem());
        await using var _c = client;
        client.Open(DoelenUri, Doelen);
        client.SendRaw($"{{\"jsonrpc\":\"2.0\",\"id\":\"p\",\"method\":\"{method}\",\"params\":{parameters}}}");
        var response = await client.ExpectResponse("\"p\"");
        Assert.Equal(ErrorCodes.InvalidParams, response.GetProperty("error").GetProperty("code").GetInt32());
    }
}
