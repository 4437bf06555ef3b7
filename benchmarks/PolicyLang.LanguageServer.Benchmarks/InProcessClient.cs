using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using PolicyLang.LanguageServer.Logging;
using PolicyLang.LanguageServer.Protocol;
using PolicyLang.LanguageServer.Workspace;

namespace PolicyLang.LanguageServer.Benchmarks;

/// <summary>
/// The server in this process, behind its real transport (framing, JSON, dispatch) over in-memory
/// pipes: what is timed is what an editor waits for, minus the operating system's pipe.
/// </summary>
public sealed class InProcessClient : IAsyncDisposable
{
    private readonly Pipe _toServer = new();
    private readonly Pipe _toClient = new();
    private readonly Stream _output;
    private readonly Task<int> _run;
    private readonly Task _reader;
    private readonly Dictionary<string, TaskCompletionSource<JsonElement>> _waiting = [];
    private readonly Lock _gate = new();
    private int _nextId;

    public InProcessClient(IFileSystem fileSystem, LogLevel level = LogLevel.Warning)
    {
        var levels = new LogLevelSwitch(level);
        var loggers = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new TextWriterLoggerProvider(Console.Error, levels)));
        Server = new PolicyLangServer(fileSystem, loggers, levels);
        var connection = new JsonRpcConnection(_toServer.Reader.AsStream(), _toClient.Writer.AsStream(), Server, loggers.CreateLogger("bench"));
        _run = Task.Run(() => connection.RunAsync());
        _output = _toServer.Writer.AsStream();
        _reader = Task.Run(ReadLoopAsync);
    }

    public PolicyLangServer Server { get; }

    /// <summary>Diagnostics publications: (uri, version, count), in arrival order.</summary>
    public Channel<(string Uri, int? Version, int Count)> Diagnostics { get; } = Channel.CreateUnbounded<(string, int?, int)>();

    public async Task<JsonElement> RequestAsync(string method, object? parameters)
    {
        var id = Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var waiter = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate) _waiting[id] = waiter;
        Send($"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"method\":\"{method}\",\"params\":{JsonSerializer.Serialize(parameters, LspJson.Options)}}}");
        return await waiter.Task;
    }

    public void Notify(string method, object? parameters) =>
        Send($"{{\"jsonrpc\":\"2.0\",\"method\":\"{method}\",\"params\":{JsonSerializer.Serialize(parameters, LspJson.Options)}}}");

    private void Send(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        lock (_gate)
        {
            _output.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
            _output.Write(body);
            _output.Flush();
        }
    }

    private async Task ReadLoopAsync()
    {
        var reader = new MessageReader(_toClient.Reader.AsStream());
        while (true)
        {
            var (body, _) = await reader.ReadAsync(CancellationToken.None);
            if (body is null) break;
            if (body.Length == 0) continue;
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.TryGetProperty("method", out var method))
            {
                if (method.GetString() == "textDocument/publishDiagnostics")
                {
                    var p = root.GetProperty("params");
                    int? version = p.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;
                    Diagnostics.Writer.TryWrite((p.GetProperty("uri").GetString()!, version, p.GetProperty("diagnostics").GetArrayLength()));
                }
                continue;
            }
            var id = root.GetProperty("id").GetRawText();
            TaskCompletionSource<JsonElement>? waiter;
            lock (_gate) _waiting.Remove(id, out waiter);
            waiter?.TrySetResult(root.Clone());
        }
    }

    public async ValueTask DisposeAsync()
    {
        await RequestAsync("shutdown", null);
        Notify("exit", null);
        await _run;
        await _toClient.Writer.CompleteAsync();
        await _reader;
        Server.Dispose();
    }
}

/// <summary>No disk: the benchmark's only file is the open document.</summary>
public sealed class NoFiles : IFileSystem
{
    public IEnumerable<string> BeleidFiles(string folder) => [];
    public string? ReadText(string path) => null;
}
