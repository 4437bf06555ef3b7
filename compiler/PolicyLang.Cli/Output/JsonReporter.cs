using System.Text.Json;
using PolicyLang.Diagnostics;

namespace PolicyLang.Cli.Output;

/// <summary>Machine-readable diagnostics: one object per diagnostic, 1-based lines and columns.</summary>
public sealed class JsonReporter : IDiagnosticReporter
{
    public void Report(TextWriter output, IReadOnlyList<ReportedDiagnostic> diagnostics, CheckSummary summary, Taal taal)
    {
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("diagnostics");
            foreach (var (diagnostic, path) in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("file", path);
                WriteRange(json, diagnostic.Location);
                json.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
                json.WriteString("code", diagnostic.Code);
                json.WriteString("message", diagnostic.Message(taal));
                json.WriteStartArray("related");
                foreach (var related in diagnostic.Related)
                {
                    json.WriteStartObject();
                    json.WriteString("file", ReportedDiagnostic.DisplayPathOf(related.Location.Path));
                    WriteRange(json, related.Location);
                    json.WriteString("message", related.Message(taal));
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("files", summary.Files);
            json.WriteNumber("errors", summary.Errors);
            json.WriteNumber("warnings", summary.Warnings);
            json.WriteNumber("infos", summary.Infos);
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    private static void WriteRange(Utf8JsonWriter json, Location location)
    {
        json.WriteNumber("line", location.Start.Line + 1);
        json.WriteNumber("column", location.Start.Character + 1);
        json.WriteNumber("endLine", location.End.Line + 1);
        json.WriteNumber("endColumn", location.End.Character + 1);
    }
}
