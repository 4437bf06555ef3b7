using System.Text.Json;
using PolicyLang.Diagnostics;

namespace PolicyLang.Cli.Output;

/// <summary>SARIF 2.1.0, the format code-scanning systems read. Columns are UTF-16 code units.</summary>
public sealed class SarifReporter : IDiagnosticReporter
{
    public void Report(TextWriter output, IReadOnlyList<ReportedDiagnostic> diagnostics, CheckSummary summary, Taal taal)
    {
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "PolicyLang");
            json.WriteString("semanticVersion", "0.1.0");
            json.WriteStartArray("rules");
            foreach (var code in diagnostics.Select(d => d.Diagnostic.Code).Distinct().Order(StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("id", code);
                // SARIF's helpUri must be an absolute URI, and the docs have no fixed address; the
                // relative reference goes into help, which code scanning shows with the alert.
                json.WriteStartObject("help");
                json.WriteString("text", $"docs/diagnostics.md#{code.ToLowerInvariant()}");
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var (diagnostic, path) in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", diagnostic.Code);
                json.WriteString("level", diagnostic.Severity switch
                {
                    DiagnosticSeverity.Error => "error",
                    DiagnosticSeverity.Warning => "warning",
                    _ => "note",
                });
                json.WriteStartObject("message");
                json.WriteString("text", diagnostic.Message(taal));
                json.WriteEndObject();
                json.WriteStartArray("locations");
                WriteLocation(json, path, diagnostic.Location, null);
                json.WriteEndArray();
                if (diagnostic.Related.Length > 0)
                {
                    json.WriteStartArray("relatedLocations");
                    foreach (var related in diagnostic.Related)
                        WriteLocation(json, ReportedDiagnostic.DisplayPathOf(related.Location.Path), related.Location, related.Message(taal));
                    json.WriteEndArray();
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteLocation(Utf8JsonWriter json, string path, Location location, string? message)
    {
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", path.Replace('\\', '/'));
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", location.Start.Line + 1);
        json.WriteNumber("startColumn", location.Start.Character + 1);
        json.WriteNumber("endLine", location.End.Line + 1);
        json.WriteNumber("endColumn", location.End.Character + 1);
        json.WriteEndObject();
        json.WriteEndObject();
        if (message is not null)
        {
            json.WriteStartObject("message");
            json.WriteString("text", message);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }
}
