using Xunit;
using static PolicyLang.Tests.TestSupport;

namespace PolicyLang.Tests.Binding;

/// <summary>
/// Issue 20, item 1: figures beyond 10^20 (Quantity.MaxMagnitude) are refused once, where the
/// binder reads them (PL2020), and nothing after the binder computes with them. Each case here
/// threw an OverflowException before (in the binder, a budget rule, PL3009 or PL3008).
/// </summary>
public sealed class NumberRangeTests
{
    private const string Kader = "kader K \"k\" { gemeente: \"G\" periode: 2015 t/m 2020 }\n";

    [Theory]
    // ValueReader.ReadQuantity: the scale word multiplied beyond decimal's range.
    [InlineData("risico R \"r\" { bedrag: € 100000000000000000000000 mln }")]
    // The fuzzer's reproducer: a table row whose amount overflows with mln.
    [InlineData("tabel T \"t\" { kolommen: 2015\n rij \"\":€762514264337593543950335 mln }")]
    // PL3009: the step from a tussendoel at decimal.MaxValue to a negative streefwaarde.
    [InlineData("indicator I \"i\" { eenheid: aantal bron: \"b\" }\ndoel D \"d\" { indicator: I nulmeting: 1 in 2015 tussendoel: 79228162514264337593543950335 in 2018  streefwaarde: -4 in 2020 }")]
    // PL3008: a nulmeting at decimal.MaxValue against a negative streefwaarde.
    [InlineData("indicator I \"i\" { eenheid: aantal bron: \"b\" polariteit: hoger is beter }\ndoel D \"d\" { indicator: I nulmeting: 79228162514264337593543950335 in 2015  streefwaarde: -9 in 2020 }")]
    // A number with more digits than decimal can hold at all.
    [InlineData("risico R \"r\" { bedrag: € 1234567890123456789012345678901234567890 }")]
    public void A_figure_beyond_the_limit_is_one_PL2020_and_nothing_throws(string text)
    {
        var compilation = Compile(Kader + text);
        Assert.Single(compilation.Diagnostics, d => d.Code == "PL2020");
    }

    [Fact]
    public void A_schaal_times_an_amount_beyond_the_limit_is_not_judged_and_does_not_throw()
    {
        // Both figures are within the limit; their product (10^32) is not, so the budget rules skip it.
        var compilation = Compile(Kader + """
            begroting B "b" {
              schaal: 100.000.000.000.000.000
              jaren: 2016
              post P "p": € 100.000.000.000.000
              totaal: € 1
            }
            """);
        Assert.DoesNotContain(compilation.Diagnostics, d => d.Code.StartsWith("PL4", StringComparison.Ordinal));
    }

    [Fact]
    public void The_largest_allowed_figure_binds_and_is_judged()
    {
        var compilation = Compile(Kader + "risico R \"r\" { bedrag: € 100.000.000.000 mld }");
        Assert.DoesNotContain(compilation.Diagnostics, d => d.Code == "PL2020");
        var beyond = Compile(Kader + "risico R \"r\" { bedrag: € 100.000.000.001 mld }");
        Assert.Contains(beyond.Diagnostics, d => d.Code == "PL2020");
    }
}
