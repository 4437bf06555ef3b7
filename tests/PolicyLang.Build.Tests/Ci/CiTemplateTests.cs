using System.Text.RegularExpressions;
using YamlDotNet.Serialization;

namespace PolicyLang.Build.Tests.Ci;

/// <summary>
/// The CI templates of docs/ci.md, tried as far as this machine allows: they parse as YAML, they
/// upload SARIF and publish the reports, and their shell steps run locally (with the CLI of this
/// build on the PATH as <c>policylang</c>) on a copy of Steenwijkerland and produce valid SARIF,
/// monitors and stoplicht reports.
/// </summary>
public sealed class CiTemplateTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static IReadOnlyList<string> YamlBlocks() =>
        Regex.Matches(File.ReadAllText(Repo.PathOf("docs", "ci.md")), "```yaml\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();

    private static Dictionary<object, object> Parse(string yaml) => (Dictionary<object, object>)new DeserializerBuilder().Build().Deserialize<object>(yaml)!;

    private static T At<T>(object node, params string[] path)
    {
        foreach (var key in path) node = ((Dictionary<object, object>)node)[key];
        return (T)node;
    }

    [Fact]
    public void The_GitHub_workflow_checks_uploads_sarif_tests_builds_and_publishes_the_reports()
    {
        var workflow = Parse(YamlBlocks()[0]);
        var steps = At<List<object>>(workflow, "jobs", "kaders", "steps").Cast<Dictionary<object, object>>().ToList();
        Assert.Equal("write", At<string>(workflow, "permissions", "security-events"));

        var upload = steps.Single(s => s.TryGetValue("uses", out var u) && ((string)u).StartsWith("github/codeql-action/upload-sarif@", StringComparison.Ordinal));
        var sarifFile = At<string>(upload, "with", "sarif_file");
        Assert.Equal("always()", upload["if"]);
        var artifact = steps.Single(s => s.TryGetValue("uses", out var u) && ((string)u).StartsWith("actions/upload-artifact@", StringComparison.Ordinal));
        Assert.Contains("rapporten/", At<string>(artifact, "with", "path"));

        // Every shell step but the tool install (ToolInstallTests covers it) and the deliberate failure.
        var scripts = steps.Where(s => s.ContainsKey("run")).Select(s => (string)s["run"])
            .Where(r => !r.Contains("dotnet tool install", StringComparison.Ordinal) && r.Trim() != "exit 1").ToList();
        Assert.Equal(2, scripts.Count);
        var workspace = RunLocally(scripts.Select(s => "set -eo pipefail\n" + s));
        AssertOutputs(workspace, sarifFile);
    }

    [Fact]
    public void The_GitLab_job_checks_tests_builds_and_keeps_sarif_and_reports_as_artifacts()
    {
        var job = At<Dictionary<object, object>>(Parse(YamlBlocks()[1]), "beleidskaders");
        var paths = At<List<object>>(job, "artifacts", "paths").Cast<string>().ToList();
        Assert.Contains("rapporten/", paths);
        var sarifFile = paths.Single(p => p.EndsWith(".sarif", StringComparison.Ordinal));
        Assert.Equal("always", At<string>(job, "artifacts", "when"));

        // GitLab runs the script lines in one shell and stops at the first failing line.
        var script = At<List<object>>(job, "script").Cast<string>();
        var workspace = RunLocally(["set -e\n" + string.Join("\n", script)]);
        AssertOutputs(workspace, sarifFile);
    }

    /// <summary>Runs the scripts in a workspace with kaders/steenwijkerland, the CLI of this build as <c>policylang</c>.</summary>
    private string RunLocally(IEnumerable<string> scripts)
    {
        var workspace = _temp.Combine("workspace");
        CopyFolder(Repo.PathOf("examples", "steenwijkerland"), Path.Combine(workspace, "kaders", "steenwijkerland"));
        var bin = _temp.Combine("bin");
        Directory.CreateDirectory(bin);
        var shim = Path.Combine(bin, "policylang");
        File.WriteAllText(shim, $"#!/bin/sh\nexec dotnet \"{Path.Combine(AppContext.BaseDirectory, "policylang.dll")}\" \"$@\"\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(shim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var environment = new Dictionary<string, string>
        {
            ["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
            ["KADERS"] = "kaders",
            ["POLICYLANG_CACHE"] = _temp.Combine("cache"),
        };
        foreach (var script in scripts)
        {
            var run = DotnetProcess.Run("bash", ["--noprofile", "--norc", "-c", script], workspace, environment);
            Assert.True(run.ExitCode == 0, $"{script}\n{run}");
        }
        return workspace;
    }

    private static void AssertOutputs(string workspace, string sarifFile)
    {
        var sarif = File.ReadAllText(Path.Combine(workspace, sarifFile));
        Assert.Contains("PL3003", sarif);
        Assert.Empty(SarifSchema.Problems(sarif));
        Assert.Single(Directory.GetFiles(Path.Combine(workspace, "monitors", "steenwijkerland"), "*.dll"));
        Assert.Contains("<svg", File.ReadAllText(Path.Combine(workspace, "rapporten", "steenwijkerland.html")));
        Assert.True(File.Exists(Path.Combine(workspace, "rapporten", "steenwijkerland.md")));
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.GetDirectories(from)) CopyFolder(dir, Path.Combine(to, Path.GetFileName(dir)));
    }
}
