using System.Text.Json;
using PolicyLang.LanguageServer.Protocol;
using Xunit;
using Range = PolicyLang.LanguageServer.Protocol.Range;

namespace PolicyLang.LanguageServer.Tests.Protocol;

public sealed class DiagnosticsJsonTests
{
    [Fact]
    public void The_compiled_serialiser_writes_what_the_general_options_write()
    {
        var range = new Range(new Position(3, 4), new Position(3, 9));
        LspDiagnostic[] items =
        [
            new(range, DiagnosticSeverities.Warning, "PL3001", "policylang", "Doel 'X' heeft \"geen\" indicator — é €")
            {
                RelatedInformation = [new DiagnosticRelatedInformation(new Location("file:///k/a.beleid", range), "hier")],
            },
            new(range, null, null, null, "zonder code") { CodeDescription = new CodeDescription("https://example.org/PL1001") },
        ];
        var general = JsonSerializer.SerializeToUtf8Bytes(items, LspJson.Options);
        var compiled = JsonSerializer.SerializeToUtf8Bytes(items, DiagnosticsJson.Default.LspDiagnosticArray);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(general), System.Text.Encoding.UTF8.GetString(compiled));
        Assert.Contains("\"relatedInformation\"", System.Text.Encoding.UTF8.GetString(compiled));
        Assert.DoesNotContain("\"severity\":null", System.Text.Encoding.UTF8.GetString(compiled));
    }
}
