using Xunit;
using static PolicyLang.Tests.TestSupport;

namespace PolicyLang.Tests.Analysis;

/// <summary>PL3010's message is one template for three kinds of date; each reads as a sentence in both languages.</summary>
public class OutsidePeriodMessageTests
{
    [Theory]
    [InlineData("doel D \"D\" { streefwaarde: maximaal 5 in 2016 }",
        "De streefwaarde van doel 'D' (2016) valt buiten de periode van het kader (2017 t/m 2020).",
        "The streefwaarde of doel 'D' (2016) falls outside the kader's periode (2017 t/m 2020).")]
    [InlineData("doel D \"D\" { tussendoel: maximaal 5 in 2022 }",
        "Een tussendoel van doel 'D' (2022) valt buiten de periode van het kader (2017 t/m 2020).",
        "An intermediate target of doel 'D' (2022) falls outside the kader's periode (2017 t/m 2020).")]
    [InlineData("besluit B \"B\" { termijn: 01-03-2022 }",
        "De termijn van besluit 'B' (01-03-2022) valt buiten de periode van het kader (2017 t/m 2020).",
        "The termijn of besluit 'B' (01-03-2022) falls outside the kader's periode (2017 t/m 2020).")]
    public void TheMessageNamesWhatLiesOutsideThePeriod(string element, string nl, string en)
    {
        var diagnostic = Assert.Single(Compile(MinimalKader + element + "\n").Diagnostics, d => d.Code == "PL3010");
        Assert.Equal(nl, diagnostic.MessageNl);
        Assert.Equal(en, diagnostic.MessageEn);
    }
}
