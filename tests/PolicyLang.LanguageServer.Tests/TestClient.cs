using System.Collections.Concurrent;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using PolicyLang.LanguageServer.Logging;
using PolicyLang.LanguageServer.Protocol;
using PolicyLang.LanguageServer.Workspace;

namespace PolicyLang.LanguageServer.Tests;

/// <summary>An error response, as the test client sees it.</summary>
public sealed class ResponseError(int code, string message) : Exception($"{code}: {message}")
{
    public int Code { get; } = code;
}

/// <summary>
/// Drives a server in-process over in-memory pipes, through the real transport: every test
/// message is framed, parsed, dispatched and answered exactly as over stdio.
/// </summary>
public sealed class TestClient : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private readonly Pipe _toServer = new();
    private readonly Pipe _toClient = new();
    private readonly Stream _output;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> _waiting = new();
    private readonly List<(string Method, JsonElement Params)> _notifications = [];
    private readonly Lock _gate = new();
    private readonly Task _reader;
    private int _nextId;

    public TestClient(ILanguageServer server)
    {
        Log = new StringWriter();
        var levels = new LogLevelSwitch(LogLevel.Debug);
        Loggers = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new TextWriterLoggerProvider(TextWriter.Synchronized(Log), levels)));
        Connection = new JsonRpcConnection(_toServer.Reader.AsStream(), _toClient.Writer.AsStream(), server, Loggers.CreateLogger("test"));
        Run = Task.Run(async () =>
        {
            var code = await Connection.RunAsync();
            await _toClient.Writer.CompleteAsync();
            return code;
        });
        _output = _toServer.Writer.AsStream();
        _reader = Task.Run(ReadLoopAsync);
    }

    public JsonRpcConnection Connection { get; }
    public Task<int> Run { get; }
    public StringWriter Log { get; }
    public ILoggerFactory Loggers { get; }

    public static TestClient ForServer(IFileSystem fileSystem, out PolicyLangServer server, LogLevelSwitch? levels = null)
    {
        levels ??= new LogLevelSwitch(LogLevel.Debug);
        server = new PolicyLangServer(fileSystem, LoggerFactory.Create(b => b.AddProvider(new TextWriterLoggerProvider(TextWriter.Null, levels))), levels);
        return new TestClient(server);
    }

    /// <summary>Starts a PolicyLang server and initializes it (debounce 0 so tests do not wait).</summary>
    public static async Task<(TestClient Client, PolicyLangServer Server)> StartAsync(IFileSystem fileSystem, string taal = "nl", bool snippets = false, bool pull = false)
    {
        var client = ForServer(fileSystem, out var server);
        await client.RequestAsync("initialize", new
        {
            processId = (int?)null,
            rootUri = (string?)null,
            capabilities = new { textDocument = new { completion = new { completionItem = new { snippetSupport = snippets } } } },
            initializationOptions = new { taal, debounceMs = 0, pullDiagnostics = pull },
        });
        client.Notify("initialized", new { });
        return (client, server);
    }

    public async Task<JsonElement> RequestAsync(string method, object? parameters, string? rawId = null)
    {
        var id = rawId ?? (++_nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var waiter = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[id] = waiter;
        SendRaw($"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"method\":{JsonSerializer.Serialize(method)}{Params(parameters)}}}");
        var response = await waiter.Task.WaitAsync(Timeout);
        if (response.TryGetProperty("error", out var error))
            throw new ResponseError(error.GetProperty("code").GetInt32(), error.GetProperty("message").GetString() ?? "");
        return response.GetProperty("result");
    }

    /// <summary>Sends a request and returns its id without waiting (for cancellation tests).</summary>
    public Task<JsonElement> StartRequest(string method, object? parameters, out string id)
    {
        id = (++_nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var waiter = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[id] = waiter;
        SendRaw($"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"method\":{JsonSerializer.Serialize(method)}{Params(parameters)}}}");
        return waiter.Task;
    }

    public void Notify(string method, object? parameters) =>
        SendRaw($"{{\"jsonrpc\":\"2.0\",\"method\":{JsonSerializer.Serialize(method)}{Params(parameters)}}}");

    public void SendRaw(string json) => SendBytes(Encoding.UTF8.GetBytes(json));

    public void SendBytes(byte[] body)
    {
        lock (_gate)
        {
            _output.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
            _output.Write(body);
            _output.Flush();
        }
    }

    /// <summary>Writes bytes as they are, headers included: for broken framing.</summary>
    public void SendUnframed(byte[] bytes)
    {
        lock (_gate)
        {
            _output.Write(bytes);
            _output.Flush();
        }
    }

    /// <summary>Waits for the raw response to a request sent with <see cref="SendRaw"/>.</summary>
    public Task<JsonElement> ExpectResponse(string rawId)
    {
        var waiter = _waiting.GetOrAdd(rawId, _ => new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously));
        return waiter.Task.WaitAsync(Timeout);
    }

    public void Open(string uri, string text, int version = 1) =>
        Notify("textDocument/didOpen", new { textDocument = new { uri, languageId = "policylang", version, text } });

    public void Change(string uri, int version, int line, int character, int endLine, int endCharacter, string text) =>
        Notify("textDocument/didChange", new
        {
            textDocument = new { uri, version },
            contentChanges = new[] { new { range = new { start = new { line, character }, end = new { line = endLine, character = endCharacter } }, text } },
        });

    /// <summary>The first publishDiagnostics for the URI (and version, if given) that satisfies the predicate.</summary>
    public async Task<JsonElement[]> WaitForDiagnostics(string uri, Func<JsonElement[], bool>? predicate = null, int? version = null)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (DateTime.UtcNow < deadline)
        {
            lock (_notifications)
            {
                for (var i = _notifications.Count - 1; i >= 0; i--)
                {
                    var (method, p) = _notifications[i];
                    if (method != "textDocument/publishDiagnostics" || p.GetProperty("uri").GetString() != uri) continue;
                    if (version is not null && (!p.TryGetProperty("version", out var v) || v.ValueKind != JsonValueKind.Number || v.GetInt32() != version)) continue;
                    var items = p.GetProperty("diagnostics").EnumerateArray().ToArray();
                    if (predicate is null || predicate(items)) return items;
                    break; // only the latest publication for this URI counts
                }
            }
            await Task.Delay(5);
        }
        throw new TimeoutException($"no matching diagnostics for {uri}; log:\n{Log}");
    }

    public IReadOnlyList<(string Method, JsonElement Params)> Notifications
    {
        get { lock (_notifications) return [.. _notifications]; }
    }

    private static string Params(object? parameters) =>
        parameters is null ? "" : ",\"params\":" + JsonSerializer.Serialize(parameters, LspJson.Options);

    private async Task ReadLoopAsync()
    {
        var reader = new MessageReader(_toClient.Reader.AsStream());
        while (true)
        {
            var (body, _) = await reader.ReadAsync(CancellationToken.None);
            if (body is null) break;
            if (body.Length == 0) continue;
            var root = JsonDocument.Parse(body).RootElement.Clone();
            if (root.TryGetProperty("method", out var method))
            {
                // Requests from the server (registerCapability, refresh) need no answer in these tests.
                lock (_notifications) _notifications.Add((method.GetString()!, root.TryGetProperty("params", out var p) ? p : default));
                continue;
            }
            var id = root.TryGetProperty("id", out var idElement) ? idElement.GetRawText() : "null";
            _waiting.GetOrAdd(id, _ => new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(root);
        }
    }

    public async Task<int> ShutdownAsync()
    {
        await RequestAsync("shutdown", null);
        Notify("exit", null);
        return await Run.WaitAsync(Timeout);
    }

    public async ValueTask DisposeAsync()
    {
        await _toServer.Writer.CompleteAsync();
        try { await Run.WaitAsync(Timeout); } catch (Exception) { /* the test already failed or ended it */ }
        try { await _reader.WaitAsync(Timeout); } catch (Exception) { }
        Loggers.Dispose();
    }
}

/// <summary>Files of folders, in memory: what the workspace reads for documents that are not open.</summary>
public sealed class InMemoryFileSystem : IFileSystem
{
    public Dictionary<string, string> Files { get; } = new(StringComparer.Ordinal);

    public IEnumerable<string> BeleidFiles(string folder) =>
        Files.Keys.Where(p => Path.GetDirectoryName(p) == folder && p.EndsWith(".beleid", StringComparison.Ordinal)).ToList();

    public string? ReadText(string path) => Files.TryGetValue(path, out var text) ? text : null;
}
