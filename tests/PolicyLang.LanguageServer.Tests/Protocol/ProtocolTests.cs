using System.Text;
using System.Text.Json;
using PolicyLang.LanguageServer.Protocol;
using Xunit;

namespace PolicyLang.LanguageServer.Tests.Protocol;

public sealed class ProtocolTests
{
    private static async Task<TestClient> Initialized(FakeServer server)
    {
        var client = new TestClient(server);
        await client.RequestAsync("initialize", new { capabilities = new { } });
        client.Notify("initialized", new { });
        return client;
    }

    [Fact]
    public async Task Content_length_counts_utf8_bytes_not_characters()
    {
        await using var client = await Initialized(new FakeServer());
        // "é" is two bytes and "€" three: a reader that counted characters would cut the body short.
        var text = "Cliëntondersteuning € 1.324.692 — ✓";
        var result = await client.RequestAsync("test/echo", new { text });
        Assert.Equal(text, result.GetString());
    }

    [Fact]
    public async Task Reader_splits_back_to_back_messages_with_multibyte_bodies()
    {
        var first = Encoding.UTF8.GetBytes("{\"a\":\"é€\"}");
        var second = Encoding.UTF8.GetBytes("{\"b\":1}");
        var stream = new MemoryStream([
            .. Encoding.ASCII.GetBytes($"Content-Length: {first.Length}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n"), .. first,
            .. Encoding.ASCII.GetBytes($"Content-Length: {second.Length}\r\n\r\n"), .. second]);
        var reader = new MessageReader(stream);
        Assert.Equal(first, (await reader.ReadAsync(CancellationToken.None)).Body);
        Assert.Equal(second, (await reader.ReadAsync(CancellationToken.None)).Body);
        Assert.Null((await reader.ReadAsync(CancellationToken.None)).Body);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("\"abc-1\"")]
    [InlineData("1.50")]
    public async Task Request_ids_are_echoed_as_raw_json(string rawId)
    {
        await using var client = await Initialized(new FakeServer());
        client.SendRaw($"{{\"jsonrpc\":\"2.0\",\"id\":{rawId},\"method\":\"test/echo\",\"params\":{{\"text\":\"x\"}}}}");
        var response = await client.ExpectResponse(rawId);
        Assert.Equal(rawId, response.GetProperty("id").GetRawText());
        Assert.Equal("x", response.GetProperty("result").GetString());
    }

    [Fact]
    public async Task Requests_before_initialize_get_server_not_initialized()
    {
        await using var client = new TestClient(new FakeServer());
        var error = await Assert.ThrowsAsync<ResponseError>(() => client.RequestAsync("test/echo", new { text = "x" }));
        Assert.Equal(ErrorCodes.ServerNotInitialized, error.Code);
    }

    [Fact]
    public async Task Unknown_methods_get_method_not_found_and_are_logged()
    {
        await using var client = await Initialized(new FakeServer());
        var error = await Assert.ThrowsAsync<ResponseError>(() => client.RequestAsync("test/nope", null));
        Assert.Equal(ErrorCodes.MethodNotFound, error.Code);
        client.Notify("custom/unknownNotification", new { });
        Assert.Equal("ok", (await client.RequestAsync("test/echo", new { text = "ok" })).GetString());
        Assert.Contains("Unknown request test/nope", client.Log.ToString());
        Assert.Contains("Unknown notification custom/unknownNotification", client.Log.ToString());
    }

    [Fact]
    public async Task Malformed_json_gets_a_parse_error_and_the_server_keeps_running()
    {
        await using var client = await Initialized(new FakeServer());
        client.SendRaw("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":");
        var response = await client.ExpectResponse("null");
        Assert.Equal(ErrorCodes.ParseError, response.GetProperty("error").GetProperty("code").GetInt32());
        client.SendBytes([0xFF, 0xFE, 0x00]);
        Assert.Equal("still here", (await client.RequestAsync("test/echo", new { text = "still here" })).GetString());
        Assert.Contains("Malformed JSON", client.Log.ToString());
    }

    [Fact]
    public async Task Cancelled_request_is_answered_with_request_cancelled()
    {
        var server = new FakeServer();
        await using var client = await Initialized(server);
        var pending = client.StartRequest("test/slow", null, out var id);
        await server.SlowStarted.Task.WaitAsync(TestClient.Timeout);
        client.Notify("$/cancelRequest", new { id = int.Parse(id, System.Globalization.CultureInfo.InvariantCulture) });
        var response = await pending.WaitAsync(TestClient.Timeout);
        Assert.Equal(ErrorCodes.RequestCancelled, response.GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Handler_exception_becomes_an_error_response_and_the_server_keeps_running()
    {
        await using var client = await Initialized(new FakeServer());
        var error = await Assert.ThrowsAsync<ResponseError>(() => client.RequestAsync("test/throw", null));
        Assert.Equal(ErrorCodes.InternalError, error.Code);
        client.Notify("test/throwing", null);
        Assert.Equal("alive", (await client.RequestAsync("test/echo", new { text = "alive" })).GetString());
        Assert.Contains("boom", client.Log.ToString());
    }

    [Fact]
    public async Task Shutdown_then_exit_ends_with_code_zero_and_refuses_later_requests()
    {
        var server = new FakeServer();
        await using var client = await Initialized(server);
        await client.RequestAsync("shutdown", null);
        Assert.True(server.ShutdownCalled);
        var error = await Assert.ThrowsAsync<ResponseError>(() => client.RequestAsync("test/echo", new { text = "x" }));
        Assert.Equal(ErrorCodes.InvalidRequest, error.Code);
        client.Notify("exit", null);
        Assert.Equal(0, await client.Run.WaitAsync(TestClient.Timeout));
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_with_code_one()
    {
        await using var client = await Initialized(new FakeServer());
        client.Notify("exit", null);
        Assert.Equal(1, await client.Run.WaitAsync(TestClient.Timeout));
    }

    [Fact]
    public async Task A_second_initialize_is_an_invalid_request()
    {
        await using var client = await Initialized(new FakeServer());
        var error = await Assert.ThrowsAsync<ResponseError>(() => client.RequestAsync("initialize", new { capabilities = new { } }));
        Assert.Equal(ErrorCodes.InvalidRequest, error.Code);
    }

    [Fact]
    public async Task Header_without_content_length_is_skipped_and_logged()
    {
        var server = new FakeServer();
        await using var client = await Initialized(server);
        var stream = new MemoryStream(Encoding.ASCII.GetBytes("Content-Type: x\r\n\r\nContent-Length: 2\r\n\r\n{}"));
        var reader = new MessageReader(stream);
        var (body, problem) = await reader.ReadAsync(CancellationToken.None);
        Assert.Empty(body!);
        Assert.Contains("Content-Length", problem);
        Assert.Equal("{}", Encoding.UTF8.GetString((await reader.ReadAsync(CancellationToken.None)).Body!));
    }
}
