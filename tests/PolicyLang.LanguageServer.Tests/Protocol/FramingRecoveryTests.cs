using System.Text;
using PolicyLang.LanguageServer.Protocol;
using Xunit;

namespace PolicyLang.LanguageServer.Tests.Protocol;

/// <summary>
/// Issue 20: after a message with a wrong Content-Length or without one, the server stayed alive
/// but never answered again, not even shutdown and exit. It must resynchronise on the next
/// Content-Length header and log what it skipped.
/// </summary>
public sealed class FramingRecoveryTests
{
    private const string Echo = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"test/echo\",\"params\":{\"text\":\"€ één\"}}";

    public static TheoryData<string, string> BrokenMessages() => new()
    {
        // name, bytes sent before a good request (the echo's length is its true byte count)
        { "too short", $"Content-Length: {Bytes(Echo) - 9}\r\n\r\n{Echo}" },
        { "too long", $"Content-Length: {Bytes(Echo) + 40}\r\n\r\n{Echo}" },
        { "negative", $"Content-Length: -5\r\n\r\n{Echo}" },
        { "not a number", $"Content-Length: zes\r\n\r\n{Echo}" },
        { "over 64 MB", $"Content-Length: {MessageReader.MaxContentLength + 1L}\r\n\r\n{Echo}" },
        { "far beyond int", "Content-Length: 99999999999999999999\r\n\r\n" + Echo },
        { "missing header", $"Content-Type: application/vscode-jsonrpc\r\n\r\n{Echo}" },
        { "no header at all", Echo },
        { "a header line of 20,000 bytes", new string('x', 20_000) + "\r\n\r\n" },
    };

    private static int Bytes(string text) => Encoding.UTF8.GetByteCount(text);

    private static async Task<TestClient> Initialized(FakeServer server)
    {
        var client = new TestClient(server);
        await client.RequestAsync("initialize", new { capabilities = new { } });
        client.Notify("initialized", new { });
        return client;
    }

    [Theory]
    [MemberData(nameof(BrokenMessages))]
    public async Task After_a_broken_message_the_server_answers_the_next_request_and_shuts_down(string name, string broken)
    {
        await using var client = await Initialized(new FakeServer());
        client.SendUnframed(Encoding.UTF8.GetBytes(broken));

        var answer = await client.RequestAsync("test/echo", new { text = "daarna" });
        Assert.Equal("daarna", answer.GetString());
        Assert.Equal(0, await client.ShutdownAsync());
        Assert.Contains("Protocol:", client.Log.ToString());
        Assert.True(name.Length > 0);
    }

    [Fact]
    public async Task A_length_that_is_too_long_still_answers_its_own_request()
    {
        await using var client = await Initialized(new FakeServer());
        var json = "{\"jsonrpc\":\"2.0\",\"id\":\"lang\",\"method\":\"test/echo\",\"params\":{\"text\":\"x\"}}";
        client.SendUnframed(Encoding.UTF8.GetBytes($"Content-Length: {json.Length + 100}\r\n\r\n{json}"));

        var response = await client.ExpectResponse("\"lang\"");
        Assert.Equal("x", response.GetProperty("result").GetString());
        Assert.Contains("longer than the message", client.Log.ToString());
    }

    [Fact]
    public async Task The_log_says_how_many_bytes_were_skipped()
    {
        var stream = new MemoryStream(Encoding.ASCII.GetBytes("Content-Length: abc\r\n\r\n{\"x\":1}\r\nContent-Length: 2\r\n\r\n{}"));
        var reader = new MessageReader(stream);
        var (first, problem) = await reader.ReadAsync(CancellationToken.None);
        Assert.Empty(first!);
        Assert.Contains("invalid Content-Length 'abc'", problem);
        var (second, skipped) = await reader.ReadAsync(CancellationToken.None);
        Assert.Equal("{}", Encoding.ASCII.GetString(second!));
        Assert.Contains("skipped 9 byte(s)", skipped);
    }

    [Fact]
    public async Task A_body_with_trailing_white_space_inside_its_length_is_read_whole()
    {
        var stream = new MemoryStream(Encoding.ASCII.GetBytes("Content-Length: 4\r\n\r\n{}\r\nContent-Length: 7\r\n\r\n[1,\"]\"]"));
        var reader = new MessageReader(stream);
        var (first, problem) = await reader.ReadAsync(CancellationToken.None);
        Assert.Equal("{}\r\n", Encoding.ASCII.GetString(first!));
        Assert.Null(problem);
        Assert.Equal("[1,\"]\"]", Encoding.ASCII.GetString((await reader.ReadAsync(CancellationToken.None)).Body!));
    }
}
