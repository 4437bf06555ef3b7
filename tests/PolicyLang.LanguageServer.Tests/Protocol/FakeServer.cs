using System.Text.Json;
using PolicyLang.LanguageServer.Protocol;

namespace PolicyLang.LanguageServer.Tests.Protocol;

/// <summary>A server behind the narrow interface, with methods that echo, wait for cancellation or throw.</summary>
internal sealed class FakeServer : ILanguageServer
{
    public List<string> Notifications { get; } = [];
    public bool ShutdownCalled { get; private set; }
    public TaskCompletionSource SlowStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public object Initialize(JsonElement? parameters, IClientChannel client) => new { capabilities = new { } };

    public Task<object?> HandleRequestAsync(string method, JsonElement? parameters, CancellationToken cancellationToken) => method switch
    {
        "test/echo" => Task.FromResult<object?>(parameters?.GetProperty("text").GetString()),
        "test/slow" => Task.Run<object?>(async () =>
        {
            SlowStarted.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return null;
        }),
        "test/throw" => Task.Run<object?>(() => throw new InvalidOperationException("boom")),
        _ => throw new LspException(ErrorCodes.MethodNotFound, "unknown " + method),
    };

    public bool HandleNotification(string method, JsonElement? parameters)
    {
        lock (Notifications) Notifications.Add(method);
        if (method == "test/throwing") throw new InvalidOperationException("notification boom");
        return method.StartsWith("test/", StringComparison.Ordinal);
    }

    public void Shutdown() => ShutdownCalled = true;
}
