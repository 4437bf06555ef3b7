using Microsoft.Extensions.Logging;
using PolicyLang.LanguageServer;
using PolicyLang.LanguageServer.Logging;
using PolicyLang.LanguageServer.Protocol;
using PolicyLang.LanguageServer.Workspace;

// PolicyLang language server over stdio. stdout carries only protocol messages; logs go to stderr
// or to the file named by --log-file. --log-level sets the start level; the client can change it.
var logFile = ArgumentAfter("--log-file");
var levels = new LogLevelSwitch(LogLevelSwitch.Parse(ArgumentAfter("--log-level")) ?? LogLevel.Information);
TextWriter logWriter = logFile is null ? Console.Error : new StreamWriter(logFile, append: true) { AutoFlush = true };

using var provider = new TextWriterLoggerProvider(logWriter, levels);
using var loggers = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(provider));
var logger = loggers.CreateLogger("PolicyLang.LanguageServer");

AppDomain.CurrentDomain.UnhandledException += (_, e) => logger.LogCritical(e.ExceptionObject as Exception, "Unhandled exception");

using var server = new PolicyLangServer(new PhysicalFileSystem(), loggers, levels);
var connection = new JsonRpcConnection(Console.OpenStandardInput(), Console.OpenStandardOutput(), server, loggers.CreateLogger("PolicyLang.Protocol"));
logger.LogInformation("PolicyLang language server started (pid {Pid})", Environment.ProcessId);
var exitCode = await connection.RunAsync();
logger.LogInformation("Exiting with code {Code}", exitCode);
return exitCode;

string? ArgumentAfter(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
