using System.Text.Json.Nodes;
using Json.Schema;
using PolicyLang.Cli;
using PolicyLang.Diagnostics;
using PolicyLang.Runtime;
using Spectre.Console;
using Xunit;
using static PolicyLang.Backend.Tests.BackendTestSupport;

namespace PolicyLang.Backend.Tests.Reports;

/// <summary>
/// Issue 16 item 7: the JSON report follows docs/report.schema.json, in both languages, for the
/// Steenwijkerland example, the Doetinchem begroting (programmes with posts) and the demo kader
/// (tussendoel, missing period, voorlopig, toelichting); and Markdown carries what HTML carries.
/// </summary>
public sealed class ReportSchemaTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("policylang-report-").FullName;
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(RepoRoot, "docs", "report.schema.json")));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Report(string folder, string? metingen, string extension, Taal taal)
    {
        if (metingen is null)
        {
            metingen = Path.Combine(_dir, "leeg.csv");
            File.WriteAllText(metingen, "indicator;periode;waarde\n");
        }
        var path = Path.Combine(_dir, "rapport" + extension);
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No });
        Assert.Equal(0, MonitorCommand.Run(new MonitorOptions(folder, metingen, null, path, null, null, null, null, taal), output, console));
        return File.ReadAllText(path);
    }

    public static TheoryData<string, Taal> Kaders() => new()
    {
        { "examples/steenwijkerland", Taal.Nl }, { "examples/steenwijkerland", Taal.En },
        { "examples/doetinchem", Taal.Nl }, { "tests/browser/demo", Taal.Nl }, { "tests/browser/demo", Taal.En },
    };

    [Theory]
    [MemberData(nameof(Kaders))]
    public void The_json_report_follows_its_schema(string kader, Taal taal)
    {
        var folder = Path.Combine(RepoRoot, kader);
        var metingen = Path.Combine(folder, "metingen.csv");
        var json = Report(folder, File.Exists(metingen) ? metingen : null, ".json", taal);
        var result = Schema.Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List });
        var problems = result.Details.Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"));
        Assert.True(result.IsValid, string.Join("\n", problems.Take(20)));
    }

    [Fact]
    public void The_schema_refuses_a_report_with_a_field_it_does_not_document()
    {
        var demo = Path.Combine(RepoRoot, "tests", "browser", "demo");
        var json = JsonNode.Parse(Report(demo, Path.Combine(demo, "metingen.csv"), ".json", Taal.Nl))!;
        json["doelen"]![0]!["onbekend"] = 1;
        Assert.False(Schema.Evaluate(json).IsValid);
    }

    [Fact]
    public void The_schema_names_every_status_of_the_runtime()
    {
        var names = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoRoot, "docs", "report.schema.json")))!["$defs"]!["doel"]!["properties"]!["status"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());
        Assert.Equal(Enum.GetNames<GoalStatus>(), names);
    }

    [Fact]
    public void Markdown_carries_the_titles_units_explanations_and_budgets_of_the_html()
    {
        var demo = Path.Combine(RepoRoot, "tests", "browser", "demo");
        var md = Report(demo, Path.Combine(demo, "metingen.csv"), ".md", Taal.Nl);
        var html = System.Net.WebUtility.HtmlDecode(Report(demo, Path.Combine(demo, "metingen.csv"), ".html", Taal.Nl));
        foreach (var expected in new[]
        {
            "Minder kinderen met overgewicht",               // a title
            "maximaal 10% in 2022",                          // a target with unit and comparator
            "maximaal € 2.000 in 2022",                      // money
            "Oorzaak: minder gymlessen",                     // an explanation
            "Toelichting ontbreekt",                         // a rood/oranje doel without one
            "Wat mag het kosten?", "€ 420.000",              // the budget
            "Dagelijks bewegen op alle basisscholen", "GGD en scholen", // a maatregel and its owner
            "ontbreekt (niet bekend)",                       // a missing period
        })
        {
            Assert.Contains(expected, md);
            Assert.Contains(expected, html);
        }
    }
}
