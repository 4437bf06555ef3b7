using System.Text.Json;

namespace PolicyLang.LanguageServer.Protocol;

/// <summary>
/// The narrow interface between the transport and the language features. The connection owns
/// framing, ids, cancellation and the lifecycle; the server only sees methods and parameters.
/// </summary>
public interface ILanguageServer
{
    /// <summary>Answers <c>initialize</c>; called once, on the reader thread, before anything else.</summary>
    object Initialize(JsonElement? parameters, IClientChannel client);

    /// <summary>
    /// Starts a request. Called on the reader thread, so it must return quickly: capture what the
    /// request needs (the current snapshot) and do the work on the thread pool.
    /// Throws <see cref="LspException"/> with <see cref="ErrorCodes.MethodNotFound"/> for unknown methods.
    /// </summary>
    Task<object?> HandleRequestAsync(string method, JsonElement? parameters, CancellationToken cancellationToken);

    /// <summary>Handles a notification, in order, on the reader thread. Returns false for unknown methods.</summary>
    bool HandleNotification(string method, JsonElement? parameters);

    /// <summary>Called for <c>shutdown</c>: stop background work; no more notifications will be sent.</summary>
    void Shutdown();
}

/// <summary>What the server may send to the client.</summary>
public interface IClientChannel
{
    void Notify(string method, object? parameters);

    /// <summary>A request whose answer the server does not need (e.g. client/registerCapability).</summary>
    void Request(string method, object? parameters);
}
