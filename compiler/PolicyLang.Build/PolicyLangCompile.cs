using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace PolicyLang.Build;

/// <summary>
/// Compiles one kader folder by running the packaged CLI (<c>policylang build --meldingen</c>). The
/// CLI prints diagnostics in the canonical <c>path(line,col): error PL1234: message</c> form,
/// which ToolTask turns into MSBuild errors and warnings with file, line and column; a non-zero
/// exit fails the build. Out of process on purpose: the compiler's Roslyn and System.CommandLine
/// never load into MSBuild, which has its own.
/// </summary>
public sealed class PolicyLangCompile : ToolTask
{
    [Required] public string KaderFolder { get; set; } = "";
    [Required] public string OutputDirectory { get; set; } = "";
    /// <summary>policylang.dll, run with the dotnet host that runs this build.</summary>
    [Required] public string CliPath { get; set; } = "";
    public string Taal { get; set; } = "nl";

    protected override string ToolName => OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";

    protected override Encoding StandardOutputEncoding => Encoding.UTF8;
    protected override Encoding StandardErrorEncoding => Encoding.UTF8;

    // The CLI's own lines (summary, "gebouwd: ...") are worth seeing at normal verbosity.
    protected override MessageImportance StandardOutputLoggingImportance => MessageImportance.Normal;

    /// <summary>The dotnet CLI tells MSBuild which host runs it; fall back to dotnet on the PATH.</summary>
    protected override string GenerateFullPathToTool() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : ToolName;

    protected override string GenerateCommandLineCommands()
    {
        var builder = new CommandLineBuilder();
        builder.AppendFileNameIfNotNull(CliPath);
        builder.AppendSwitch("build");
        builder.AppendFileNameIfNotNull(KaderFolder.TrimEnd('/', '\\'));
        builder.AppendSwitchIfNotNull("--output ", OutputDirectory.TrimEnd('/', '\\'));
        builder.AppendSwitch("--meldingen");
        builder.AppendSwitchIfNotNull("--taal ", Taal);
        return builder.ToString();
    }

    protected override bool ValidateParameters()
    {
        if (!File.Exists(CliPath))
        {
            Log.LogError(null, "PLB002", null, null, 0, 0, 0, 0, $"PolicyLang-CLI niet gevonden / not found: {CliPath}");
            return false;
        }
        // Stale monitors of an earlier kader id must not stay next to the new one (they would be referenced too).
        if (Directory.Exists(OutputDirectory))
            foreach (var old in Directory.EnumerateFiles(OutputDirectory).Where(f => f.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase)))
                File.Delete(old);
        return true;
    }
}
