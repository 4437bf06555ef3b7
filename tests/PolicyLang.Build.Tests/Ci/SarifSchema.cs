using System.Text.Json.Nodes;
using Json.Schema;

namespace PolicyLang.Build.Tests.Ci;

/// <summary>Validates a SARIF log against the SARIF 2.1.0 schema subset kept next to this file.</summary>
public static class SarifSchema
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Repo.PathOf("tests", "PolicyLang.Build.Tests", "Ci", "sarif-2.1.0-subset.schema.json")));

    /// <summary>The problems, one per line with the JSON pointer of the offending value; empty when valid.</summary>
    public static IReadOnlyList<string> Problems(string sarif)
    {
        var result = Schema.Evaluate(JsonNode.Parse(sarif), new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (result.IsValid) return [];
        // The failing branch of an anyOf that another branch satisfies reports errors too; those are not problems.
        return result.Details.Where(d => d.Errors is { Count: > 0 } && !d.EvaluationPath.ToString().Contains("/anyOf/", StringComparison.Ordinal))
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .DefaultIfEmpty("invalid").ToList();
    }
}
