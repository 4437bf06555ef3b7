using System.Globalization;
using PolicyLang.Binding;
using PolicyLang.Binding.Schema;
using PolicyLang.Binding.Values;
using PolicyLang.Binding.Vocabulary;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;
using Xunit;

namespace PolicyLang.Tests.Binding;

/// <summary>
/// Every field type over its accepted forms (with the meaning they bind to) and rejected forms
/// (with the diagnostic), read by the binder's ValueReader exactly as TreeBinder reads a field.
/// Every word of the vocabulary's tables is among the accepted forms.
/// </summary>
public class ValueFormsTests
{
    public static TheoryData<FieldType, string, string> Accepted()
    {
        var data = new TheoryData<FieldType, string, string>
        {
            { FieldType.Text, "\"Alle inwoners\"", "text:Alle inwoners" },
            { FieldType.Text, "\"Alle\" \"inwoners\"", "text:Alle inwoners" },
            { FieldType.TextOrWord, "\"CBS\"", "text:CBS" },
            { FieldType.TextOrWord, "college van B", "word:college van B" },
            { FieldType.Label, "7", "word:7" },
            { FieldType.Label, "IV", "word:IV" },
            { FieldType.Label, "\"a\"", "text:a" },
            { FieldType.Reference, "Wmo2015", "ref:Wmo2015" },
            { FieldType.ReferenceOrText, "Nota2012", "ref:Nota2012" },
            { FieldType.ReferenceOrText, "\"Nota 2012\"", "text:Nota 2012" },
            { FieldType.Year, "2020", "year:2020" },
            { FieldType.YearRange, "2017 t/m 2020", "years:2017-2020" },
            { FieldType.Date, "28-06-2016", "date:2016-06-28" },
            { FieldType.Date, "2016-06-28", "date:2016-06-28" },
            { FieldType.DateBy, "28-06-2016", "date:2016-06-28" },
            { FieldType.DateBy, "28-06-2016 door raad", "date:2016-06-28 door raad" },
            { FieldType.When, "2020", "year:2020" },
            { FieldType.When, "2017 t/m 2020", "years:2017-2020" },
            { FieldType.When, "28-06-2016", "date:2016-06-28" },
            { FieldType.Number, "1.600", "Number 1600" },
            { FieldType.Number, "7,1", "Number 7.1" },
            { FieldType.Number, "-4", "Number -4" },
            { FieldType.Money, "€ 1.324.692", "Money 1324692" },
            { FieldType.Money, "€ -1.325.000", "Money -1325000" },
            { FieldType.Money, "€ 5,50", "Money 5.50" },
            { FieldType.Percentage, "56%", "Percentage 56" },
            { FieldType.Percentage, "7,5%", "Percentage 7.5" },
            { FieldType.Quantity, "410", "Number 410" },
            { FieldType.Quantity, "€ 3,2 mln", "Money 3200000.0" },
            { FieldType.Quantity, "56%", "Percentage 56" },
            { FieldType.Measurement, "410 in 2015", "measure:Number 410 in 2015" },
            { FieldType.Measurement, "56% in 2015", "measure:Percentage 56 in 2015" },
            // issue 13 item 2: a baseline as documents give it: without a year, or at a part of a year.
            { FieldType.Measurement, "65%", "measure:Percentage 65 in ?" },
            { FieldType.Measurement, "410", "measure:Number 410 in ?" },
            { FieldType.Measurement, "65% in 2018-H1", "measure:Percentage 65 in 2018-H1" },
            { FieldType.Measurement, "65% in 2018-q3", "measure:Percentage 65 in 2018-Q3" },
            { FieldType.Measurement, "65% in 2018-03", "measure:Percentage 65 in 2018-03" },
            { FieldType.Measurement, "onbekend", "missing:Unknown" },
            { FieldType.Measurement, "Nader te bepalen", "missing:ToBeDetermined" },
            { FieldType.Measurement, "nnb", "missing:NotYetKnown" },
            { FieldType.Target, "370 in 2020", "target:AtLeastAsGood Number 370 in 2020" },
            { FieldType.Target, "370", "target:AtLeastAsGood Number 370" },
            { FieldType.Target, "maximaal € 2 mld in 2020", "target:LessOrEqual Money 2000000000 in 2020" },
            // issue 13 item 6: a bandwidth, both spellings; equal bounds are a band of one value
            { FieldType.Target, "tussen 65% en 70% in 2020", "target:Between Percentage 65 t/m 70 in 2020" },
            { FieldType.Target, "65% t/m 70% in 2020", "target:Between Percentage 65 t/m 70 in 2020" },
            { FieldType.Target, "65% t/m 65%", "target:Between Percentage 65 t/m 65" },
            // issue 13 item 6: relative to the nulmeting (Quantity is the written amount), a ratio
            { FieldType.Target, "minimaal gelijk aan de nulmeting in 2020", "target:GreaterOrEqual Number 0 rel:SameAs in 2020" },
            { FieldType.Target, "gelijk aan de nulmeting", "target:AtLeastAsGood Number 0 rel:SameAs" },
            { FieldType.Target, "gelijk of hoger dan de nulmeting", "target:AtLeastAsGood Number 0 rel:AtLeastSame" },
            { FieldType.Target, "Gelijk aan of lager dan nulmeting in 2020", "target:AtLeastAsGood Number 0 rel:AtMostSame in 2020" },
            { FieldType.Target, "15% minder dan de nulmeting in 2020", "target:AtLeastAsGood Percentage 15 rel:Less in 2020" },
            { FieldType.Target, "maximaal 200 lager dan de nulmeting", "target:LessOrEqual Number 200 rel:Less" },
            { FieldType.Target, "5% meer dan de nulmeting", "target:AtLeastAsGood Percentage 5 rel:More" },
            { FieldType.Target, "afname van 200 in 2022", "target:AtLeastAsGood Number 200 rel:Decrease in 2022" },
            { FieldType.Target, "stijging van 10%", "target:AtLeastAsGood Percentage 10 rel:Increase" },
            { FieldType.Target, "1 op 8 in 2020", "target:AtLeastAsGood Percentage 12.5 in 2020" },
            { FieldType.Target, "maximaal 1 op 4", "target:LessOrEqual Percentage 25" },
            { FieldType.Measurement, "1 op 8 in 2015", "measure:Percentage 12.5 in 2015" },
            { FieldType.Unit, "aantal \"meldingen\"", "unit:Count aantal meldingen" },
            { FieldType.Unit, "euro per \"cliënt\"", "unit:Money euro cliënt" },
            { FieldType.Unit, "percentage van inwoners", "unit:Percentage percentage inwoners" },
            { FieldType.Unit, "per 10.000 \"inwoners 18+\"", "unit:Rate per 10000 inwoners 18+" },
            { FieldType.Unit, "Rapportcijfer", "unit:Mark rapportcijfer" },
            { FieldType.Unit, "maanden \"wachttijd\"", "unit:Duration maanden wachttijd" },
            { FieldType.Section, "§4.1", "section:4.1" },
            { FieldType.SectionHeading, "§3.3 \"Mantelzorgers\"", "heading:3.3 Mantelzorgers" },
            { FieldType.NumberRange, "doelen 1 t/m 18", "range:Doel 1-18" },
            { FieldType.NumberRange, "7", "range: 7-7" },
            { FieldType.AnnouncedCount, "10 \"risico’s\" in §B1.2", "count:10 Risico B1.2" },
            { FieldType.AnnouncedCount, "18 doelen", "count:18 Doel " },
            { FieldType.Column, "2017", "year:2017" },
            { FieldType.Column, "2017 t/m 2018", "years:2017-2018" },
            { FieldType.Column, "\"Begroting\"", "text:Begroting" },
            { FieldType.Column, "nieuw", "word:nieuw" },
            { FieldType.Cell, "€ 1.200", "Money 1200" },
            { FieldType.Formula, "A * B + 1", "FormulaValue" },
            { FieldType.Cell, "12%", "Percentage 12" },
            { FieldType.Cell, "\"n.b.\"", "text:n.b." },
            { FieldType.Cell, "nvt", "missing:NotApplicable" },
            { FieldType.Cell, "N.v.t.", "missing:NotApplicable" },
            { FieldType.Cell, "nader te bepalen", "missing:ToBeDetermined" },
            // A code inside longer words is no code: the cell is words, as before.
            { FieldType.Cell, "nb volgens CBS", "word:nb volgens CBS" },
            { FieldType.Cell, "n.b. later", "word:n.b. later" },
            // The drift fix: ja/nee read case-insensitively, like the choices.
            { FieldType.YesNo, "Ja", "yes" },
            { FieldType.YesNo, "NEE", "no" },
            { FieldType.Choice, "Hoger Is Beter", "word:hoger is beter" },
        };
        // Every word of every table, with the meaning it binds to (so the rows above name none of
        // them again: a repeated row is a duplicate test case that xunit skips).
        foreach (var entry in ValueWords.Units.Entries)
            foreach (var form in entry.Forms)
                data.Add(FieldType.Unit, entry.Meaning switch
                {
                    Runtime.MeasureUnit.Rate => form + " 1.000 inwoners",
                    _ => form,
                }, $"unit:{entry.Meaning} {entry.Dutch}{(entry.Meaning == Runtime.MeasureUnit.Rate ? " 1000 inwoners" : "")}");
        foreach (var entry in ValueWords.Comparators.Entries)
            foreach (var form in entry.Forms)
                data.Add(FieldType.Target, form + (entry.Meaning == Runtime.Comparator.Between ? " 370 en 380 in 2020" : " 370 in 2020"),
                    $"target:{entry.Meaning} Number 370{(entry.Meaning == Runtime.Comparator.Between ? " t/m 380" : "")} in 2020");
        // Every relative-target word in the place it fits: the lead words before an amount, the relations between an amount and the nulmeting.
        foreach (var entry in ValueWords.RelativeTargetWords.Entries)
            foreach (var form in entry.Forms)
            {
                var text = entry.Meaning switch
                {
                    RelativeWord.Decrease or RelativeWord.Increase => $"{form} 200 in 2020",
                    RelativeWord.Less or RelativeWord.More => $"200 {form} de nulmeting in 2020",
                    RelativeWord.Baseline => $"200 minder dan {form} in 2020",
                    _ => $"{form} de nulmeting in 2020",
                };
                var meaning = entry.Meaning == RelativeWord.Baseline ? RelativeWord.Less : entry.Meaning;
                var amount = meaning is RelativeWord.SameAs or RelativeWord.AtLeastSame or RelativeWord.AtMostSame ? 0 : 200;
                data.Add(FieldType.Target, text, $"target:AtLeastAsGood Number {amount} rel:{meaning} in 2020");
            }
        foreach (var entry in ValueWords.Scales.Entries)
            foreach (var form in entry.Forms)
                data.Add(FieldType.Money, "€ 2 " + form, $"Money {2 * entry.Meaning.Factor()}");
        foreach (var entry in ValueWords.YesNo.Entries)
            foreach (var form in entry.Forms)
                data.Add(FieldType.YesNo, form, entry.Meaning == Answer.Yes ? "yes" : "no");
        foreach (var entry in ValueWords.MissingValues.Entries)
            foreach (var form in entry.Forms)
                data.Add(FieldType.Cell, form, "missing:" + entry.Meaning);
        return data;
    }

    public static TheoryData<string, string, string> AcceptedChoices()
    {
        var data = new TheoryData<string, string, string>();
        var tables = ValueWords.All.Where(t => ElementSchemas.All.Values.SelectMany(s => s.Fields.Values).Any(f => ReferenceEquals(f.Choices, t)));
        foreach (var table in tables)
            foreach (var row in table.Rows)
                foreach (var form in (IEnumerable<string>)[row.Dutch, .. row.Synonyms])
                {
                    data.Add(table.Category, form, row.Dutch);
                    data.Add(table.Category, form.ToUpperInvariant(), row.Dutch);
                }
        return data;
    }

    public static TheoryData<FieldType, string, string> Rejected() => new()
    {
        { FieldType.Text, "woord", "PL2007" },
        { FieldType.TextOrWord, "2020", "PL2007" },
        { FieldType.Label, "€ 5", "PL2007" },
        { FieldType.Choice, "beter", "PL2007" },
        { FieldType.YesNo, "misschien", "PL2007" },
        { FieldType.YesNo, "\"ja\"", "PL2007" },
        { FieldType.YesNo, "yes", "PL2007" },
        { FieldType.Reference, "\"Wmo2015\"", "PL2007" },
        { FieldType.ReferenceOrText, "2020", "PL2007" },
        { FieldType.Year, "1850", "PL2012" },
        { FieldType.Year, "twintig", "PL2007" },
        { FieldType.YearRange, "2020 t/m 2017", "PL2013" },
        { FieldType.YearRange, "2017", "PL2007" },
        { FieldType.Date, "31-02-2016", "PL2011" },
        { FieldType.Date, "2016", "PL2007" },
        { FieldType.DateBy, "28-06-2016 door", "PL2007" },
        { FieldType.When, "woensdag", "PL2007" },
        { FieldType.Number, "€ 5", "PL2007" },
        { FieldType.Number, "5%", "PL2007" },
        { FieldType.Money, "5", "PL2007" },
        { FieldType.Money, "€ 5,555", "PL2014" },
        { FieldType.Money, "€ 2 MLN", "PL2007" }, // scale words are case-sensitive, as they always were
        { FieldType.Money, "€ 2 million", "PL2007" }, // English forms are not written in .beleid files
        { FieldType.Percentage, "5", "PL2007" },
        { FieldType.Quantity, "veel", "PL2007" },
        { FieldType.Measurement, "410 2015", "PL2007" },
        { FieldType.Measurement, "410 in 2018-H3", "PL2007" },
        { FieldType.Measurement, "410 in 2018-Q5", "PL2007" },
        { FieldType.Measurement, "410 in 2018 -H1", "PL2007" },
        { FieldType.Measurement, "410 in 2018-13", "PL2007" },
        { FieldType.Measurement, "410 in", "PL2007" },
        { FieldType.Measurement, "n.v.t.", "PL2007" },
        { FieldType.Measurement, "*", "PL2007" },
        { FieldType.Measurement, "-", "PL2007" },
        { FieldType.Measurement, "onbekend in 2015", "PL2007" },
        { FieldType.Target, "Maximaal 370 in 2020", "PL2007" }, // comparators are case-sensitive, as they always were
        { FieldType.Target, "at most 370", "PL2007" },
        { FieldType.Target, "maximaal in 2020", "PL2007" },
        { FieldType.Target, "tussen 65% in 2020", "PL2007" },
        { FieldType.Target, "15% minder dan 2015", "PL2007" },
        { FieldType.Target, "minder dan de nulmeting", "PL2007" },
        { FieldType.Target, "200 gelijk aan de nulmeting", "PL2007" },
        { FieldType.Target, "minimaal gelijk of hoger dan de nulmeting", "PL2007" },
        { FieldType.Target, "afname van de nulmeting", "PL2007" },
        { FieldType.Target, "afname in 2022", "PL2007" },
        { FieldType.Target, "1 op 0", "PL2007" },
        { FieldType.Target, "1 op", "PL2007" },
        { FieldType.Target, "tussen 70% en 65% in 2020", "PL2007" },
        { FieldType.Target, "65% t/m 70 in 2020", "PL2007" },
        { FieldType.Target, "maximaal 65% t/m 70%", "PL2007" },
        { FieldType.Target, "tussen 65% t/m 70%", "PL2007" },
        { FieldType.Unit, "stuks", "PL2007" },
        { FieldType.Unit, "months", "PL2007" },
        { FieldType.Unit, "%", "PL2007" },
        { FieldType.Unit, "per inwoners", "PL2007" },
        { FieldType.Unit, "percentage van", "PL2007" },
        { FieldType.Unit, "euro per", "PL2007" },
        { FieldType.Unit, "index \"cbs\"", "PL2007" },
        { FieldType.Section, "sectie4", "PL2007" },
        { FieldType.SectionHeading, "§3.3", "PL2007" },
        { FieldType.NumberRange, "doelen", "PL2007" },
        { FieldType.AnnouncedCount, "risicos 10", "PL2007" },
        { FieldType.Column, "€ 5", "PL2007" },
        { FieldType.Cell, "2017 t/m 2018", "PL2007" },
        { FieldType.Formula, "A + * B", "PL1062" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void AcceptedFormBindsToItsMeaning(FieldType type, string value, string expected)
    {
        var (bound, codes) = Read(type, value, type == FieldType.Choice ? ValueWords.Polarities : null);
        Assert.Empty(codes);
        Assert.Equal(expected, Describe(bound));
    }

    [Theory]
    [MemberData(nameof(AcceptedChoices))]
    public void EveryChoiceWordBindsToItsDutchForm(string category, string value, string dutch)
    {
        var table = ValueWords.All.Single(t => t.Category == category);
        var (bound, codes) = Read(FieldType.Choice, value, (IReadOnlyList<string>)table);
        Assert.Empty(codes);
        Assert.Equal("word:" + dutch, Describe(bound));
    }

    [Theory]
    [MemberData(nameof(Rejected))]
    public void RejectedFormGetsOneDiagnostic(FieldType type, string value, string code)
    {
        var (_, codes) = Read(type, value, type == FieldType.Choice ? ValueWords.Polarities : null);
        Assert.Equal([code], codes);
    }

    [Fact]
    public void EveryFieldTypeHasAcceptedAndRejectedForms()
    {
        var accepted = Accepted().Select(row => (FieldType)row[0]).ToHashSet();
        var rejected = Rejected().Select(row => (FieldType)row[0]).ToHashSet();
        Assert.All(Enum.GetValues<FieldType>(), type => Assert.Contains(type, accepted));
        Assert.All(Enum.GetValues<FieldType>(), type => Assert.Contains(type, rejected));
    }

    [Fact]
    public void EveryFieldOfTheSchemaReadsItsChoicesFromTheVocabulary()
    {
        var choiceFields = ElementSchemas.All.Values.SelectMany(s => s.Fields.Values).Where(f => f.Type == FieldType.Choice).ToList();
        Assert.NotEmpty(choiceFields);
        Assert.All(choiceFields, f => Assert.Contains(ValueWords.All, t => ReferenceEquals(t, f.Choices)));
    }

    [Fact]
    public void NoFormReadsAsTwoEntriesOfOneTable()
    {
        // The table constructor refuses duplicates; this touches every table so a duplicate fails here.
        Assert.All(ValueWords.All, table => Assert.Equal(table.Forms.Count(), table.Forms.Distinct(table.CaseSensitive ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase).Count()));
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static (BoundValue? Value, IReadOnlyList<string> Codes) Read(FieldType type, string value, IReadOnlyList<string>? choices)
    {
        var tree = SyntaxTree.Parse($"kader K \"k\" {{ veld: {value} }}");
        var field = Descendants(tree.Root).OfType<FieldSyntax>().Single();
        var bag = new DiagnosticBag();
        var reader = new ValueReader(tree.Text, bag, tree.Diagnostics.Select(d => d.Span.Start).ToHashSet());
        var bound = field.Values.Items.Length == 1 ? reader.Read(type, "veld", field.Values.Items[0], choices) : null;
        return (bound, [.. tree.Diagnostics.Concat(bag.ToImmutable()).Select(d => d.Code)]);
    }

    private static IEnumerable<SyntaxNode> Descendants(SyntaxNode node) => node.GetChildren().SelectMany(c => (IEnumerable<SyntaxNode>)[c, .. Descendants(c)]);

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Describe(BoundValue? value) => value switch
    {
        null => "null",
        TextValue t => "text:" + t.Text,
        WordValue w => "word:" + w.Word,
        YesNoValue y => y.Yes ? "yes" : "no",
        ReferenceValue r => "ref:" + r.Name,
        YearValue y => "year:" + y.Year,
        YearRangeValue r => $"years:{r.From}-{r.To}",
        DateValue d => "date:" + d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (d.By is null ? "" : " door " + d.By),
        QuantityValue q => $"{q.Quantity.Kind} {Number(q.Quantity.Value)}",
        MeasurementValue m => $"measure:{m.Quantity.Kind} {Number(m.Quantity.Value)} in {m.Period?.ToString() ?? "?"}",
        TargetValue t => $"target:{t.Comparator} {t.Quantity.Kind} {Number(t.Quantity.Value)}{(t.Upper is { } u ? " t/m " + Number(u.Value) : "")}{(t.Relative is { } r ? " rel:" + r.Relation : "")}{(t.Year is { } y ? " in " + y : "")}",
        UnitValue u => $"unit:{u.Kind} {u.Word}{(u.PerN is { } n ? " " + Number(n) : "")}{(u.Population is { } p ? " " + p : "")}",
        SectionValue s => "section:" + s.Section,
        NumberRangeValue r => $"range:{r.Kind} {r.From}-{r.To}",
        SectionHeadingValue h => $"heading:{h.Section} {h.Heading}",
        AnnouncedCountValue a => $"count:{a.Count} {a.Kind} {a.Section}",
        EmptyValue e => "missing:" + e.Reason,
        _ => value.GetType().Name,
    };
}
