using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace PolicyLang.LanguageServer.Protocol;

/// <summary>
/// JSON-RPC 2.0 over the LSP base protocol, with the LSP 3.17 lifecycle:
/// requests before <c>initialize</c> get -32002, requests after <c>shutdown</c> get -32600,
/// <c>exit</c> ends the loop with exit code 0 after a shutdown and 1 without one.
/// Request ids are kept as raw JSON and echoed byte for byte. Requests run concurrently on the
/// thread pool; notifications run in order on the reader loop, so a didChange is applied before
/// the next message is read. <c>$/cancelRequest</c> cancels the request's token; a cancelled
/// request is answered with -32800. A handler exception becomes an error response and is logged.
/// </summary>
public sealed class JsonRpcConnection : IClientChannel
{
    private readonly MessageReader _reader;
    private readonly MessageWriter _writer;
    private readonly ILanguageServer _server;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _pending = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private int _outgoingId;
    private bool _initialized;
    private bool _shutdown;

    public JsonRpcConnection(Stream input, Stream output, ILanguageServer server, ILogger logger)
    {
        _reader = new MessageReader(input);
        _writer = new MessageWriter(output);
        _server = server;
        _logger = logger;
    }

    /// <summary>Runs until <c>exit</c> or the end of the input; returns the process exit code.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var (body, problem) = await _reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (problem is not null) _logger.LogWarning("Protocol: {Problem}", problem);
            if (body is null) break;
            if (body.Length == 0) continue;
            if (HandleMessage(body)) return await FinishAsync(_shutdown ? 0 : 1).ConfigureAwait(false);
        }
        _logger.LogInformation("Input closed {State}", _shutdown ? "after shutdown" : "without shutdown");
        return await FinishAsync(_shutdown ? 0 : 1).ConfigureAwait(false);
    }

    private async Task<int> FinishAsync(int code)
    {
        foreach (var source in _pending.Values) source.Cancel();
        // Let running requests write their answers (or cancellations) before the process ends.
        await Task.WhenAll(_running.Keys).WaitAsync(TimeSpan.FromSeconds(2)).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
        return code;
    }

    /// <summary>Handles one message; returns true when it was <c>exit</c>.</summary>
    private bool HandleMessage(byte[] body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            _logger.LogWarning("Malformed JSON ({Length} bytes): {Message}", body.Length, e.Message);
            Respond(null, error: (ErrorCodes.ParseError, "Parse error: " + e.Message));
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                Respond(null, error: (ErrorCodes.InvalidRequest, "A message must be a JSON object."));
                return false;
            }
            var id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind is JsonValueKind.Number or JsonValueKind.String
                ? idElement.GetRawText() : null;
            if (!root.TryGetProperty("method", out var methodElement) || methodElement.ValueKind != JsonValueKind.String)
            {
                if (id is not null && (root.TryGetProperty("result", out _) || root.TryGetProperty("error", out _)))
                    _logger.LogDebug("Response from the client to {Id}", id); // answers to our own requests: nothing waits for them
                else
                {
                    _logger.LogWarning("Message without method");
                    Respond(id, error: (ErrorCodes.InvalidRequest, "A message needs a method."));
                }
                return false;
            }
            var method = methodElement.GetString()!;
            // Clone: the document is disposed when this method returns, handlers run later.
            JsonElement? parameters = root.TryGetProperty("params", out var p) ? p.Clone() : null;

            if (id is null) return HandleNotification(method, parameters);
            HandleRequest(id, method, parameters);
            return false;
        }
    }

    private bool HandleNotification(string method, JsonElement? parameters)
    {
        switch (method)
        {
            case "exit":
                _logger.LogInformation("exit ({State})", _shutdown ? "after shutdown" : "without shutdown");
                return true;
            case "$/cancelRequest":
                if (parameters is { ValueKind: JsonValueKind.Object } cancel && cancel.TryGetProperty("id", out var cancelId)
                    && _pending.TryGetValue(cancelId.GetRawText(), out var source))
                {
                    _logger.LogDebug("Cancel request {Id}", cancelId.GetRawText());
                    source.Cancel();
                }
                return false;
        }
        if (!_initialized || _shutdown)
        {
            _logger.LogDebug("Dropped notification {Method}: {State}", method, _shutdown ? "after shutdown" : "before initialize");
            return false;
        }
        try
        {
            if (!_server.HandleNotification(method, parameters))
            {
                // Unknown notifications are ignored (the spec: '$/' ones silently); log the rest.
                if (!method.StartsWith("$/", StringComparison.Ordinal)) _logger.LogInformation("Unknown notification {Method}", method);
            }
        }
        catch (LspException e) when (e.Code == ErrorCodes.InvalidParams)
        {
            // A notification has no answer: the invalid one is ignored (nothing was changed) and logged.
            _logger.LogWarning("Ignored notification {Method}: {Message}", method, e.Message);
        }
        catch (Exception e)
        {
            _logger.LogError(e, "Notification {Method} failed", method);
        }
        return false;
    }

    private void HandleRequest(string id, string method, JsonElement? parameters)
    {
        if (method == "initialize")
        {
            if (_initialized) { Respond(id, error: (ErrorCodes.InvalidRequest, "initialize was already called.")); return; }
            try
            {
                var result = _server.Initialize(parameters, this);
                _initialized = true;
                Respond(id, result);
            }
            catch (Exception e)
            {
                _logger.LogError(e, "initialize failed");
                Respond(id, error: (ErrorCodes.InternalError, e.Message));
            }
            return;
        }
        if (!_initialized) { Respond(id, error: (ErrorCodes.ServerNotInitialized, "The server is not initialized.")); return; }
        if (_shutdown) { Respond(id, error: (ErrorCodes.InvalidRequest, "The server is shutting down.")); return; }
        if (method == "shutdown")
        {
            _shutdown = true;
            _server.Shutdown();
            Respond(id, null);
            return;
        }

        var source = new CancellationTokenSource();
        if (!_pending.TryAdd(id, source))
        {
            Respond(id, error: (ErrorCodes.InvalidRequest, $"Request id {id} is already in use."));
            source.Dispose();
            return;
        }

        Task<object?> work;
        try
        {
            work = _server.HandleRequestAsync(method, parameters, source.Token);
        }
        catch (Exception e)
        {
            work = Task.FromException<object?>(e);
        }
        var completion = work.ContinueWith(task => Complete(id, method, source, task), CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        _running.TryAdd(completion, 0);
        completion.ContinueWith(t => _running.TryRemove(t, out _), TaskScheduler.Default);
    }

    private void Complete(string id, string method, CancellationTokenSource source, Task<object?> task)
    {
        _pending.TryRemove(id, out _);
        var cancelled = source.IsCancellationRequested;
        source.Dispose();
        if (task.IsCanceled || (task.Exception?.InnerException is OperationCanceledException && cancelled))
        {
            Respond(id, error: (ErrorCodes.RequestCancelled, "The request was cancelled."));
            return;
        }
        if (task.Exception?.InnerException is { } error)
        {
            if (error is LspException lsp)
            {
                if (lsp.Code == ErrorCodes.MethodNotFound) _logger.LogInformation("Unknown request {Method}", method);
                Respond(id, error: (lsp.Code, lsp.Message));
            }
            else
            {
                _logger.LogError(error, "Request {Method} failed", method);
                Respond(id, error: (ErrorCodes.InternalError, $"{method} failed: {error.Message}"));
            }
            return;
        }
        Respond(id, task.Result);
    }

    // ---- writing ---------------------------------------------------------------------------

    public void Notify(string method, object? parameters) => Send(writer =>
    {
        writer.WriteString("method", method);
        if (parameters is not null)
        {
            writer.WritePropertyName("params");
            JsonSerializer.Serialize(writer, parameters, parameters.GetType(), LspJson.Options);
        }
    });

    public void Request(string method, object? parameters) => Send(writer =>
    {
        writer.WriteString("id", "policylang-" + Interlocked.Increment(ref _outgoingId));
        writer.WriteString("method", method);
        if (parameters is not null)
        {
            writer.WritePropertyName("params");
            JsonSerializer.Serialize(writer, parameters, parameters.GetType(), LspJson.Options);
        }
    });

    private void Respond(string? rawId, object? result = null, (int Code, string Message)? error = null) => Send(writer =>
    {
        writer.WritePropertyName("id");
        if (rawId is null) writer.WriteNullValue(); else writer.WriteRawValue(rawId, skipInputValidation: true);
        if (error is { } e)
        {
            writer.WriteStartObject("error");
            writer.WriteNumber("code", e.Code);
            writer.WriteString("message", e.Message);
            writer.WriteEndObject();
        }
        else
        {
            writer.WritePropertyName("result");
            if (result is null) writer.WriteNullValue();
            else JsonSerializer.Serialize(writer, result, result.GetType(), LspJson.Options);
        }
    });

    private void Send(Action<Utf8JsonWriter> body)
    {
        byte[] bytes;
        try
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("jsonrpc", "2.0");
                body(writer);
                writer.WriteEndObject();
            }
            bytes = buffer.ToArray();
        }
        catch (Exception e)
        {
            _logger.LogError(e, "Could not serialise a message");
            return;
        }
        try
        {
            _writer.Write(bytes);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            _logger.LogWarning("Could not write to the client: {Message}", e.Message);
        }
    }
}
