using Microsoft.Extensions.Logging;

namespace PolicyLang.LanguageServer.Logging;

/// <summary>
/// Logs one line per entry to stderr or a log file. Never to stdout: that is the protocol channel.
/// </summary>
public sealed class TextWriterLoggerProvider(TextWriter writer, LogLevelSwitch levels) : ILoggerProvider
{
    private readonly Lock _gate = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
        lock (_gate) writer.Flush();
    }

    private void Write(LogLevel level, string category, string message, Exception? exception)
    {
        var line = $"{DateTime.UtcNow:HH:mm:ss.fff} {Short(level)} {category}: {message}";
        lock (_gate)
        {
            try
            {
                writer.WriteLine(line);
                if (exception is not null) writer.WriteLine(exception);
                writer.Flush();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                // Logging must never take the server down.
            }
        }
    }

    private static string Short(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce", LogLevel.Debug => "dbug", LogLevel.Information => "info",
        LogLevel.Warning => "warn", LogLevel.Error => "fail", _ => "crit",
    };

    private sealed class Logger(TextWriterLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None && logLevel >= provider.Level;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) provider.Write(logLevel, category, formatter(state, exception), exception);
        }
    }

    private LogLevel Level => levels.Level;
}
