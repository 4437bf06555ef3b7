using Xunit;

namespace PolicyLang.Tests.Analysis;

public class SuppressionTests
{
    private static IReadOnlyList<string> Codes(string body) => TestSupport.Codes(TestSupport.Compile(TestSupport.MinimalKader + body));

    [Fact]
    public void DirectiveSilencesTheNamedCodeOnTheNextLine() =>
        Assert.DoesNotContain("PL3001", Codes("// policylang-disable-next-line PL3001\ndoel Deelname \"Iedereen doet mee\" { }\n"));

    [Fact]
    public void DirectiveDoesNotReachFurtherThanTheNextLine() =>
        Assert.Contains("PL3001", Codes("// policylang-disable-next-line PL3001\n\ndoel Deelname \"Iedereen doet mee\" { }\n"));

    [Fact]
    public void DirectiveSilencesOnlyTheCodesItNames()
    {
        var codes = Codes("// policylang-disable-next-line PL5002\ndoel Aanbod \"Er is voldoende aanbod\" { }\n");
        Assert.DoesNotContain("PL5002", codes);
        Assert.Contains("PL3001", codes);
    }

    [Fact]
    public void DirectiveWithoutCodesSilencesEveryAnalysisRule()
    {
        var codes = Codes("// policylang-disable-next-line\ndoel Aanbod \"Er is voldoende aanbod\" { }\n");
        Assert.DoesNotContain("PL5002", codes);
        Assert.DoesNotContain("PL3001", codes);
    }

    [Fact]
    public void SeveralCodesSeparatedByCommas() =>
        Assert.Empty(Codes("// policylang-disable-next-line PL5002, PL3001\ndoel Aanbod \"Er is voldoende aanbod\" { }\n"));

    [Fact]
    public void CompilerErrorsStayAndTheAttemptIsReported()
    {
        var codes = Codes("// policylang-disable-next-line PL2001\ndoel Werk \"Werk\" { draagt bij aan: Onbekend meetbaar: nee }\n");
        Assert.Contains("PL2001", codes);
        Assert.Contains("PL6007", codes);
    }

    [Fact]
    public void DirectiveTextInsideAStringIsNoDirective() =>
        Assert.Contains("PL3001", Codes("doel Deelname \"// policylang-disable-next-line\" { }\n"));
}
