using Microsoft.Extensions.Logging;

namespace PolicyLang.LanguageServer.Logging;

/// <summary>The minimum log level, changed at run time by the client ($/setTrace, initializationOptions).</summary>
public sealed class LogLevelSwitch(LogLevel level)
{
    public LogLevel Level { get; set; } = level;

    /// <summary>LSP trace values and level names ("off", "messages", "verbose", "debug", "warning", …) to a level.</summary>
    public static LogLevel? Parse(string? value) => value?.ToLowerInvariant() switch
    {
        "off" => LogLevel.Warning, // errors and warnings are always worth keeping
        "messages" => LogLevel.Information,
        "verbose" => LogLevel.Debug,
        "trace" => LogLevel.Trace,
        "debug" => LogLevel.Debug,
        "info" or "information" => LogLevel.Information,
        "warning" or "warn" => LogLevel.Warning,
        "error" => LogLevel.Error,
        "none" => LogLevel.None,
        _ => null,
    };
}
