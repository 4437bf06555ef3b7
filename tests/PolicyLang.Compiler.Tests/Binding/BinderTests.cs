using PolicyLang.Binding;
using PolicyLang.Syntax;
using PolicyLang.Binding.Values;
using PolicyLang.Runtime;
using Xunit;
using static PolicyLang.Tests.TestSupport;

namespace PolicyLang.Tests.Binding;

public class BinderTests
{
    [Fact]
    public void ResolvesReferencesAcrossFiles()
    {
        var compilation = CompileFrontEnd(
            MinimalKader + "ambitie Deelname \"Iedereen doet mee\" { meetbaar: nee reden: \"stip op de horizon\" }",
            "doel Zelf \"Zelfredzaamheid neemt toe\" { draagt bij aan: Deelname richting: toename }");
        Assert.Empty(compilation.Diagnostics);
        var doel = compilation.Model.Lookup("Zelf")!;
        Assert.Equal("Deelname", Assert.Single(compilation.Model.Targets(doel, "draagt bij aan")).Id);
        var site = Assert.Single(compilation.Model.References, r => r.Name == "Deelname");
        Assert.Equal("/virtual/file1.beleid", site.Tree.Path);
    }

    [Theory]
    [InlineData("meetbaar: nee, ,", ",")]          // only empty extra values: the stretch up to the last comma
    [InlineData("meetbaar: nee, , ja", ", ja")]    // an empty value before a real one
    [InlineData("meetbaar: nee, ja", "ja")]
    public void TooManyValuesPointsAtTheExtraValuesEvenWhenSomeAreEmpty(string field, string marked)
    {
        var text = MinimalKader + "ambitie A \"A\" { " + field + " reden: \"r\" }";
        var compilation = CompileFrontEnd(text);
        var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Code == "PL2010");
        Assert.True(diagnostic.Span.Start >= text.IndexOf("nee,", StringComparison.Ordinal) + 4, $"span {diagnostic.Span} starts before the extra values");
        Assert.Equal(marked, text.Substring(diagnostic.Span.Start, diagnostic.Span.Length).Trim());
    }

    [Fact]
    public void ValuesAndTargetsEnumerateEveryOccurrenceOfAFieldInOrderAndSkipWhatDidNotResolve()
    {
        var compilation = CompileFrontEnd(MinimalKader +
            "ambitie A \"A\" { meetbaar: nee reden: \"r\" }\nambitie B \"B\" { meetbaar: nee reden: \"r\" }\n" +
            "spanning S \"S\" { tussen: A, Onbekend, B }");
        var spanning = compilation.Model.Lookup("S")!;
        Assert.Equal(["A", "Onbekend", "B"], spanning.Values<ReferenceValue>("tussen").Select(r => r.Name));
        Assert.Equal(["A", "B"], compilation.Model.Targets(spanning, "tussen").Select(t => t.Id));
        Assert.Empty(spanning.Values<ReferenceValue>("toelichting"));
        Assert.Empty(spanning.Values<QuantityValue>("tussen"));

        var enumerator = compilation.Model.Targets(spanning, "tussen").GetEnumerator();
        while (enumerator.MoveNext()) { }
        Assert.False(enumerator.MoveNext()); // asking again after the end stays at the end
    }

    [Fact]
    public void UndefinedReferenceSuggestsTheClosestIdOfTheRightKind()
    {
        var compilation = CompileFrontEnd(MinimalKader +
            "ambitie Deelname \"A\" { meetbaar: nee reden: \"r\" }\nindicator Deelnames \"I\" { eenheid: aantal }\n" +
            "doel D \"D\" { draagt bij aan: Deelnam richting: toename }");
        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("PL2001", diagnostic.Code);
        Assert.Contains("Bedoelde je 'Deelname'?", diagnostic.MessageNl);
    }

    [Fact]
    public void DuplicateIdPointsAtTheFirstDefinitionInAnotherFile()
    {
        var compilation = CompileFrontEnd(MinimalKader + "thema T \"Een\"", "thema T \"Twee\"");
        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("PL2002", diagnostic.Code);
        Assert.Equal("/virtual/file1.beleid", diagnostic.Location.Path);
        Assert.Equal("/virtual/file0.beleid", Assert.Single(diagnostic.Related).Location.Path);
    }

    [Fact]
    public void BuiltinWetCannotBeRedeclared() =>
        Assert.Equal(["PL2021"], Codes(CompileFrontEnd(MinimalKader + "wet Jeugdwet \"Jeugdwet\"")));

    [Fact]
    public void AnIdOfABuiltinWetIsOneDiagnosticThatNamesTheWetAndReferencesFollowTheElement()
    {
        var compilation = CompileFrontEnd(MinimalKader +
            "tabel T \"t\" {\n  kolommen: 2015\n  rij Wsw \"w\": 1\n  rij Som \"s\": 1 { som van: Wsw }\n  rij Ook \"o\": 1 { som van: Wsw }\n}\n");
        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("PL2021", diagnostic.Code);
        Assert.Contains("ingebouwde wet 'Wet sociale werkvoorziening'", diagnostic.MessageNl);
        Assert.Equal(ElementKind.Rij, compilation.Model.Lookup("Wsw")!.Kind);
    }

    [Fact]
    public void AFieldThatExpectsAWetStillMeansTheBuiltinWetItsIdWasTakenFrom()
    {
        var compilation = CompileFrontEnd("kader K \"K\" { gemeente: \"G\" periode: 2017 t/m 2020 wetten: Wsw, Wajong }\n" +
            "tabel T \"t\" {\n  kolommen: 2015\n  rij Wsw \"w\": 1\n}\n" +
            "besluit Wajong \"b\" { wet: Wajong }\ndoel D \"d\" { wet: Wsw meetbaar: nee reden: \"r\" }\n");
        Assert.Equal(["PL2021", "PL2021"], Codes(compilation));
        var doel = compilation.Model.Lookup("D")!;
        var wet = Assert.Single(compilation.Model.Targets(doel, FieldNames.Wet));
        Assert.Equal(ElementKind.Wet, wet.Kind);
        Assert.Equal("Wet sociale werkvoorziening", wet.Title);
    }

    [Fact]
    public void ReferenceToWrongKindNamesTheExpectedKinds()
    {
        var compilation = CompileFrontEnd(MinimalKader + "indicator I \"I\" { eenheid: aantal }\ndoel D \"D\" { draagt bij aan: I richting: afname }");
        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("PL2003", diagnostic.Code);
        Assert.Contains("ambitie, doel of kaderstelling", diagnostic.MessageNl);
        Assert.Contains("an ambitie, doel or kaderstelling", diagnostic.MessageEn);
        Assert.Contains("'I' is an indicator", diagnostic.MessageEn);
    }

    [Fact]
    public void CycleInHierarchyIsReportedOnce()
    {
        var compilation = CompileFrontEnd(MinimalKader +
            "doel A \"A\" { draagt bij aan: C richting: afname }\ndoel B \"B\" { draagt bij aan: A richting: afname }\ndoel C \"C\" { draagt bij aan: B richting: afname }");
        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("PL2004", diagnostic.Code);
        Assert.Contains("→", diagnostic.MessageNl);
    }

    [Fact]
    public void AHierarchyWithoutCycleIsClean() => Assert.Empty(CompileFrontEnd(MinimalKader +
        "ambitie X \"X\" { meetbaar: nee reden: \"r\" }\ndoel A \"A\" { draagt bij aan: X richting: afname }\ndoel B \"B\" { draagt bij aan: A, X richting: afname }").Diagnostics);

    [Fact]
    public void UnknownFieldSuggestsTheClosestField()
    {
        var diagnostic = Assert.Single(CompileFrontEnd(MinimalKader + "doel D \"D\" { streefwarde: 5 in 2020 }").Diagnostics);
        Assert.Equal("PL2005", diagnostic.Code);
        Assert.Contains("'streefwaarde'", diagnostic.MessageNl);
    }

    [Theory]
    [InlineData("doel D \"D\" { nulmeting: 410 2015 }", "PL2007")]
    [InlineData("doel D \"D\" { richting: omhoog }", "PL2007")]
    [InlineData("doel D \"D\" { richting: afname in }", "PL2007")]
    [InlineData("doel D \"D\" { norm \"N\" { nulmeting: 410 in 2015 } }", "PL2018")]
    [InlineData("doel D \"D\" { richting: afname 2022 }", "PL2007")]
    [InlineData("doel D \"D\" { richting: omhoog in 2022 }", "PL2007")]
    [InlineData("doel D \"D\" { nulmeting: 410 in 2015 nulmeting: 400 in 2016 }", "PL2006")]
    [InlineData("doel \"D\" { richting: afname }", "PL2008")]
    [InlineData("doel D { richting: afname }", "PL2009")]
    [InlineData("indicator A \"A\" { eenheid: aantal }\ndoel D \"D\" { indicator: A, A }", "PL2010")]
    [InlineData("besluit B \"B\" { datum: 31-02-2016 }", "PL2011")]
    [InlineData("doel D \"D\" { nulmeting: 4 in 1850 }", "PL2012")]
    [InlineData("begroting B \"B\" { jaren: 2020 t/m 2017 }", "PL2013")]
    [InlineData("maatregel M \"M\" { budget: € 1,005 }", "PL2014")]
    [InlineData("kader K2 \"Tweede\" { gemeente: \"Y\" }", "PL2015")]
    [InlineData("doel D \"D\": 5", "PL2017")]
    [InlineData("spanning S \"S\" { toelichting: \"t\" }", "PL2018")]
    [InlineData("doel A \"A\" { richting: afname }\nspanning S \"S\" { tussen: A }", "PL2019")]
    [InlineData("post \"P\": € 1", "PL1010")]
    public void InvalidInputGivesExactlyOneDiagnostic(string source, string code) =>
        Assert.Equal([code], Codes(CompileFrontEnd(MinimalKader + source)));

    [Fact]
    public void FolderWithoutKaderIsAWarning() =>
        Assert.Equal(["PL2016"], Codes(CompileFrontEnd("thema T \"T\"")));

    [Theory]
    [InlineData("afname in 2022", "afname", 2022)]
    [InlineData("Toename in 2019", "toename", 2019)]
    [InlineData("behoud", "behoud", null)]
    public void ARichtingMayHaveAYear(string written, string word, int? year)
    {
        // issue 13 item 6: "De uitval neemt af in 2022".
        var compilation = CompileFrontEnd(MinimalKader + $"doel D \"D\" {{ richting: {written} }}");
        Assert.Empty(compilation.Diagnostics);
        var richting = compilation.Model.Lookup("D")!.Value<WordValue>("richting")!;
        Assert.Equal((word, year), (richting.Word, richting.Year));
    }

    [Fact]
    public void ValuesAreReadByFieldType()
    {
        var model = CompileFrontEnd(MinimalKader +
            "indicator I \"I\" { eenheid: per 10.000 \"inwoners 18+\" polariteit: lager is beter }\n" +
            "doel D \"D\" { indicator: I nulmeting: 410 in 2015 tussendoel: <= 390 in 2018 streefwaarde: maximaal 370 in 2020 }\n" +
            "begroting B \"B\" { jaren: 2017 t/m 2018 post \"P\": € 1.324.692, € -1.325.000 { soort: opbrengst } totaal: € 3,2 mln, € 5,50 }").Model;
        var unit = model.Lookup("I")!.Value<UnitValue>("eenheid")!;
        Assert.Equal((MeasureUnit.Rate, 10000m, "inwoners 18+"), (unit.Kind, unit.PerN, unit.Population));
        Assert.Equal("lager is beter", model.Lookup("I")!.Value<WordValue>("polariteit")!.Word);
        var doel = model.Lookup("D")!;
        Assert.Equal(new Quantity(410, QuantityKind.Number), doel.Value<MeasurementValue>("nulmeting")!.Quantity);
        Assert.Equal(2015, doel.Value<MeasurementValue>("nulmeting")!.Year);
        Assert.Equal((Comparator.LessOrEqual, 390m, (int?)2018), (doel.Value<TargetValue>("tussendoel")!.Comparator, doel.Value<TargetValue>("tussendoel")!.Quantity.Value, doel.Value<TargetValue>("tussendoel")!.Year));
        Assert.Equal(Comparator.LessOrEqual, doel.Value<TargetValue>("streefwaarde")!.Comparator);
        var begroting = model.Lookup("B")!;
        Assert.Equal([2017, 2018], begroting.Value<YearRangeValue>("jaren")!.Years);
        Assert.Equal([3_200_000m, 5.50m], begroting.Values<QuantityValue>("totaal").Select(q => q.Quantity.Value));
        var post = Assert.Single(begroting.Children);
        Assert.Equal([1_324_692m, -1_325_000m], post.HeaderValues.OfType<QuantityValue>().Select(q => q.Quantity.Value));
        Assert.Equal(ElementKind.Post, post.Kind);
    }

    [Fact]
    public void SymbolAtFindsDeclarationsAndReferences()
    {
        var text = MinimalKader + "thema T \"T\"\ndoel D \"D\" { thema: T richting: afname }";
        var compilation = CompileFrontEnd(text);
        var tree = compilation.Trees[0];
        Assert.Equal("T", compilation.Model.SymbolAt(tree, text.IndexOf("thema T", StringComparison.Ordinal) + 6)?.Id);
        Assert.Equal("T", compilation.Model.SymbolAt(tree, text.LastIndexOf("T ", StringComparison.Ordinal))?.Id);
    }
}
