using System.Text.Json;
using Microsoft.Extensions.Logging;
using PolicyLang.Diagnostics;
using PolicyLang.LanguageServer.Features;
using PolicyLang.LanguageServer.Handlers;
using PolicyLang.LanguageServer.Logging;
using PolicyLang.LanguageServer.Protocol;
using PolicyLang.LanguageServer.Workspace;

namespace PolicyLang.LanguageServer;

/// <summary>
/// The PolicyLang language server behind the transport: document notifications go to the
/// <see cref="Workspace"/> (on the reader thread), requests to one handler each (on the thread
/// pool, against the snapshot current when the request arrived), diagnostics out through the
/// background <see cref="AnalysisScheduler"/>.
/// </summary>
public sealed class PolicyLangServer : ILanguageServer, IDisposable
{
    public static readonly TimeSpan DefaultDebounce = TimeSpan.FromMilliseconds(15);

    private readonly Workspace.Workspace _workspace;
    private readonly ILoggerFactory _loggers;
    private readonly ILogger _logger;
    private readonly LogLevelSwitch _levels;
    private readonly Dictionary<string, IRequestHandler> _handlers;
    private AnalysisScheduler? _scheduler;
    private DiagnosticsPublisher? _publisher;
    private ServerSettings _settings = new(Taal.Nl, SnippetSupport: false, PullDiagnostics: false);
    private IClientChannel? _client;
    private bool _canRegisterWatchers;

    public PolicyLangServer(IFileSystem fileSystem, ILoggerFactory loggers, LogLevelSwitch levels)
    {
        _workspace = new Workspace.Workspace(fileSystem);
        _logger = loggers.CreateLogger("PolicyLang.Server");
        _loggers = loggers;
        _levels = levels;
        _handlers = HandlerRegistry.All().ToDictionary(h => h.Method, StringComparer.Ordinal);
        _workspace.Changed += folders => _scheduler?.Schedule(folders);
    }

    public Workspace.Workspace Workspace => _workspace;
    public DiagnosticsPublisher? Publisher => _publisher;
    public ServerSettings Settings => _settings;

    public object Initialize(JsonElement? parameters, IClientChannel client)
    {
        var init = parameters is { ValueKind: JsonValueKind.Object } p ? p : default;
        var options = Get(init, "initializationOptions");
        var locale = Get(init, "locale")?.GetString();
        var taalText = Get(options, "taal")?.GetString() ?? locale;
        var taal = taalText is not null && taalText.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Taal.En : Taal.Nl;
        var snippets = Get(Get(Get(Get(Get(init, "capabilities"), "textDocument"), "completion"), "completionItem"), "snippetSupport")?.ValueKind == JsonValueKind.True;
        var pull = Get(options, "pullDiagnostics")?.ValueKind == JsonValueKind.True;
        _canRegisterWatchers = Get(Get(Get(Get(init, "capabilities"), "workspace"), "didChangeWatchedFiles"), "dynamicRegistration")?.ValueKind == JsonValueKind.True;
        _client = client;
        _settings = new ServerSettings(taal, snippets, pull);

        if (LogLevelSwitch.Parse(Get(options, "logLevel")?.GetString() ?? Get(init, "trace")?.GetString()) is { } level) _levels.Level = level;
        var debounce = Get(options, "debounceMs") is { ValueKind: JsonValueKind.Number } ms ? TimeSpan.FromMilliseconds(Math.Clamp(ms.GetDouble(), 0, 2000)) : DefaultDebounce;

        _publisher = new DiagnosticsPublisher(client, () => _settings.Taal);
        var publisher = _publisher;
        _scheduler = new AnalysisScheduler(() => _workspace.Current,
            (folder, diagnostics, complete) =>
            {
                if (_settings.PullDiagnostics) publisher.NotifyAnalysed(folder, complete);
                else publisher.Publish(folder, diagnostics, complete);
            },
            publisher.Clear, debounce, _loggers.CreateLogger("PolicyLang.Analysis"));
        _logger.LogInformation("Initialized: taal {Taal}, snippets {Snippets}, pull diagnostics {Pull}, debounce {Debounce} ms",
            taal, snippets, pull, debounce.TotalMilliseconds);
        return Capabilities.For(_settings);
    }

    public Task<object?> HandleRequestAsync(string method, JsonElement? parameters, CancellationToken cancellationToken)
    {
        if (!_handlers.TryGetValue(method, out var handler))
            throw new LspException(ErrorCodes.MethodNotFound, $"Unknown method {method}.");
        var context = new RequestContext(_workspace.Current, _settings); // the snapshot as of this request
        return Task.Run(() => handler.Handle(context, parameters, cancellationToken), cancellationToken);
    }

    public bool HandleNotification(string method, JsonElement? parameters)
    {
        switch (method)
        {
            case "initialized":
                // Closed sibling files and policylang.json can change on disk (git checkout, another
                // editor): ask the client to tell us, where it supports dynamic registration.
                if (_canRegisterWatchers)
                    _client?.Request("client/registerCapability", new
                    {
                        registrations = new[]
                        {
                            new
                            {
                                id = "policylang-watch", method = "workspace/didChangeWatchedFiles",
                                registerOptions = new { watchers = new[] { new { globPattern = "**/*.beleid" }, new { globPattern = "**/" + PolicyLang.Analysis.AnalysisOptions.FileName } } },
                            },
                        },
                    });
                return true;
            case "textDocument/didOpen":
                var open = LspJson.Read<DidOpenTextDocumentParams>(parameters);
                _workspace.Open(open.TextDocument.Uri, open.TextDocument.Version, open.TextDocument.Text);
                return true;
            case "textDocument/didChange":
                var change = LspJson.Read<DidChangeTextDocumentParams>(parameters);
                _workspace.Change(change.TextDocument.Uri, change.TextDocument.Version, change.ContentChanges);
                return true;
            case "textDocument/didClose":
                _workspace.Close(LspJson.Read<DidCloseTextDocumentParams>(parameters).TextDocument.Uri);
                return true;
            case "textDocument/didSave":
                return true;
            case "workspace/didChangeConfiguration":
                ApplyConfiguration(Get(Get(parameters, "settings"), "policylang"));
                return true;
            case "workspace/didChangeWatchedFiles":
                _workspace.FilesChanged(LspJson.Read<DidChangeWatchedFilesParams>(parameters).Changes.Select(c => (c.Uri, c.Type)));
                return true;
            case "$/setTrace":
                if (LogLevelSwitch.Parse(LspJson.Read<SetTraceParams>(parameters).Value) is { } level) _levels.Level = level;
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// The client's <c>policylang</c> settings section: <c>taal</c> (nl/en) and <c>debounce</c> (ms).
    /// A new language re-analyses every tracked folder so the messages follow at once.
    /// </summary>
    private void ApplyConfiguration(JsonElement? section)
    {
        if (section is not { ValueKind: JsonValueKind.Object }) return;
        if (Get(section, "debounce") is { ValueKind: JsonValueKind.Number } ms && _scheduler is not null)
            _scheduler.Debounce = TimeSpan.FromMilliseconds(Math.Clamp(ms.GetDouble(), 0, 2000));
        if (Get(section, "taal")?.GetString() is { } taalText)
        {
            var taal = taalText.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Taal.En : Taal.Nl;
            if (taal == _settings.Taal) return;
            _settings = _settings with { Taal = taal };
            _scheduler?.Reanalyse(_workspace.Current.Folders.Keys);
        }
    }

    public void Shutdown() => _scheduler?.Dispose();

    public void Dispose() => _scheduler?.Dispose();

    private static JsonElement? Get(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var value) ? value : null;
}
