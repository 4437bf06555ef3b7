using PolicyLang.Binding.Vocabulary;
using static PolicyLang.Binding.ElementKind;

namespace PolicyLang.Binding.Schema;

/// <summary>
/// The language's one table of element kinds and their fields. The grammar is the same for every
/// element; this table is what makes a doel different from an indicator. Completion, hover and
/// docs/language.md follow it.
/// </summary>
public static class ElementSchemas
{
    // The choice lists are the vocabulary's tables (Binding/Vocabulary): as lists, their Dutch words.
    public static readonly IReadOnlyList<string> Frequencies = ValueWords.Frequencies;
    public static readonly IReadOnlyList<string> Polarities = ValueWords.Polarities;
    public static readonly IReadOnlyList<string> Directions = ValueWords.Directions;
    public static readonly IReadOnlyList<string> IndicatorCategories = ValueWords.IndicatorCategories;

    private static readonly ElementKind[] Contributable = [Ambitie, Doel, Kaderstelling];

    // ---- field vocabulary ------------------------------------------------------------------

    private static FieldSpec F(string name, FieldType type, string nl, string en) => new(name, type, nl, en);
    private static FieldSpec Ref(string name, string nl, string en, params ElementKind[] kinds) =>
        new(name, FieldType.Reference, nl, en) { ReferenceKinds = kinds, Many = true };
    private static FieldSpec Choice(string name, string nl, string en, IReadOnlyList<string> choices) =>
        new(name, FieldType.Choice, nl, en) { Choices = choices };

    private static readonly FieldSpec[] Common =
    [
        F("sectie", FieldType.Section, "de sectie van het brondocument waar dit vandaan komt (§4.1)", "the section of the source document (§4.1)") with { Many = true, Repeatable = true },
        F("nummer", FieldType.Label, "de eigen nummering in het brondocument", "the element's own numbering in the source"),
        F("toelichting", FieldType.Text, "toelichting, zo letterlijk mogelijk uit de bron", "explanation, verbatim from the source where possible") with { Many = true, Repeatable = true },
        F("bron", FieldType.TextOrWord, "de herkomst van een cijfer of tekst", "the origin of a figure or text"),
    ];

    private static readonly FieldSpec DraagtBijAan = Ref("draagt bij aan", "de ambities of doelen waaraan dit bijdraagt", "the ambities or doelen this contributes to", Contributable);
    private static readonly FieldSpec Thema = Ref("thema", "de thema's waaronder dit valt", "the themes this belongs to", ElementKind.Thema);
    private static readonly FieldSpec Wet = Ref("wet", "de wetten waaraan dit invulling geeft", "the laws this serves", ElementKind.Wet);
    private static readonly FieldSpec Meetbaar = F("meetbaar", FieldType.YesNo, "ja, of nee: bewust niet meetbaar", "yes, or no: deliberately not measurable");
    private static readonly FieldSpec Reden = F("reden", FieldType.Text, "waarom het niet meetbaar is", "why it is not measurable");
    private static readonly FieldSpec Tolerantie = F("tolerantie", FieldType.Percentage, "hoeveel achterstand op het pad nog oranje is", "how far behind the path still counts as orange");
    private static readonly FieldSpec Termijn = F("termijn", FieldType.When, "jaar, periode of datum", "year, range or date");
    private static readonly FieldSpec Eenheid = F("eenheid", FieldType.Unit, "de eenheid, met de noemer bij percentages en ratio's", "the unit, with the denominator of percentages and rates");
    private static readonly FieldSpec Schaal = F("schaal", FieldType.Number, "de vermenigvuldiger van de geschreven bedragen (x € 1.000)", "the multiplier of the written figures (x € 1,000)");
    private static readonly FieldSpec Peildatum = F("peildatum", FieldType.When, "het jaar of de datum van de cijfers", "the year or date of the figures");

    // ---- the table -------------------------------------------------------------------------

    public static readonly IReadOnlyDictionary<ElementKind, ElementSchema> All = new Dictionary<ElementKind, ElementSchema>
    {
        [Kader] = Schema(Kader, "het beleidskader zelf", "the policy framework itself",
            F("gemeente", FieldType.Text, "de gemeente", "the municipality"),
            F("gemeenten", FieldType.Text, "de gemeenten (bij een gezamenlijk kader)", "the municipalities (of a joint framework)") with { Many = true },
            F("periode", FieldType.YearRange, "de looptijd: 2017 t/m 2020", "the period: 2017 t/m 2020"),
            F("vastgesteld", FieldType.DateBy, "datum van vaststelling, met 'door raad'", "date of adoption, with 'door raad'"),
            Ref("wetten", "de wetten waarvoor dit kader kaders stelt", "the laws this framework sets frames for", ElementKind.Wet),
            new FieldSpec("vervangt", FieldType.ReferenceOrText, "het document dat dit kader vervangt", "the document this framework replaces") { ReferenceKinds = [Document] },
            F("document", FieldType.Text, "de titel van het brondocument", "the title of the source document"),
            Choice("status", "concept of vastgesteld", "concept or vastgesteld", ValueWords.KaderStatuses),
            Tolerantie),

        [Ambitie] = Schema(Ambitie, "een richtinggevend perspectief", "a guiding perspective", Meetbaar, Reden, Thema, Wet),

        [Doel] = Schema(Doel, "een doel: van hoofddoel tot subdoel", "a goal, from main goal to sub-goal",
            DraagtBijAan, Thema, Wet,
            new FieldSpec("indicator", FieldType.Reference, "de indicator waarmee het doel gemeten wordt", "the indicator that measures the goal") { ReferenceKinds = [Indicator] },
            F("nulmeting", FieldType.Measurement, "de uitgangswaarde: 410 in 2015", "the baseline: 410 in 2015"),
            F("tussendoel", FieldType.Target, "een tussendoel: maximaal 390 in 2018", "an intermediate target: maximaal 390 in 2018") with { Many = true, Repeatable = true },
            F("streefwaarde", FieldType.Target, "het doel: maximaal 370 in 2020", "the target: maximaal 370 in 2020"),
            Choice("richting", "toename, afname of behoud", "toename, afname or behoud", Directions),
            Meetbaar, Reden, Tolerantie,
            F("vergelijk met", FieldType.Text, "de referentie waartegen het resultaat bezien wordt", "the reference the result is judged against")),

        [Indicator] = Schema(Indicator, "wat er gemeten wordt", "what is measured",
            Eenheid,
            Choice("frequentie", "hoe vaak er gemeten wordt", "how often it is measured", Frequencies),
            Choice("polariteit", "hoger is beter, lager is beter of neutraal", "higher is better, lower is better or neutral", Polarities),
            Choice("categorie", "soort indicator (voor de spanningsanalyse)", "kind of indicator (for the tension analysis)", IndicatorCategories),
            F("definitie", FieldType.Text, "de precieze definitie", "the precise definition")),

        [Begroting] = Schema(Begroting, "een begroting met posten per jaar", "a budget with lines per year",
            F("jaren", FieldType.YearRange, "de begrotingsjaren: 2017 t/m 2019", "the budget years: 2017 t/m 2019"),
            F("totaal", FieldType.Money, "het totaal per jaar", "the total per year") with { Many = true },
            Schaal, DraagtBijAan, Thema, Wet),

        [Post] = Schema(Post, "een begrotingspost met één bedrag per jaar", "a budget line with one amount per year",
            Choice("soort", "uitgave of opbrengst", "expense or revenue", ValueWords.LineKinds),
            DraagtBijAan, Thema, Wet) with { HeaderValues = FieldType.Money, IdRequired = false },

        [Tabel] = Schema(Tabel, "een tabel met cijfers uit het document", "a table of figures from the document",
            F("kolommen", FieldType.Column, "de kolomkoppen", "the column headers") with { Many = true },
            Eenheid, Schaal, Peildatum, DraagtBijAan, Thema, Wet),

        [Rij] = Schema(Rij, "een rij van een tabel", "a row of a table",
            Ref("som van", "de rijen waarvan deze rij de som is", "the rows this row is the sum of", Rij),
            Ref("verschil van", "de rij waarvan deze rij de verandering per kolom is", "the row whose change per column this row is", Rij),
            Ref("cumulatief van", "de rij waarvan deze rij de lopende som is", "the row whose running sum this row is", Rij),
            Ref("aandeel van", "deel en geheel: deze rij is deel/geheel in procenten", "part and whole: this row is part/whole in percent", Rij),
            new FieldSpec("scenario", FieldType.Reference, "het scenario van deze rij", "the scenario of this row") { ReferenceKinds = [Scenario] },
            Choice("soort", "uitgave of opbrengst", "expense or revenue", ValueWords.LineKinds),
            Eenheid) with { HeaderValues = FieldType.Cell, IdRequired = false },

        [Scenario] = Schema(Scenario, "een scenario met aannames", "a scenario with assumptions",
            F("aanname", FieldType.Text, "een aanname van het scenario", "an assumption of the scenario") with { Many = true, Repeatable = true },
            F("gekozen", FieldType.YesNo, "ja als dit het gekozen scenario is", "yes if this is the chosen scenario")),

        [Spanning] = Schema(Spanning, "een erkende spanning tussen doelen", "a declared tension between goals",
            Ref("tussen", "de doelen die met elkaar in spanning staan", "the goals in tension", Doel, Ambitie, Maatregel)) with { RequiredFields = ["tussen"] },

        [Uitgangspunt] = Schema(Uitgangspunt, "een uitgangspunt, principe of kernwaarde", "a principle or core value",
            Choice("soort", "principe, kernwaarde, inrichtingsprincipe of uitgangspunt", "principle, core value, design principle or starting point",
                ValueWords.PrincipleKinds),
            DraagtBijAan, Thema, Wet),

        [Kaderstelling] = Schema(Kaderstelling, "een genummerd kader dat de raad stelt", "a numbered frame set by the council", DraagtBijAan, Thema, Wet),

        [ElementKind.Thema] = Schema(ElementKind.Thema, "een thema", "a theme", Wet,
            Ref("draagt bij aan", "de ambities of kaderstellingen waaraan alles onder dit thema bijdraagt", "the ambities or kaderstellingen everything under this theme contributes to", Ambitie, Kaderstelling)),

        [Maatregel] = Schema(Maatregel, "een maatregel of activiteit met een eigenaar", "a measure or activity with an owner",
            F("eigenaar", FieldType.TextOrWord, "wie verantwoordelijk is", "who is responsible"),
            DraagtBijAan, Termijn,
            F("budget", FieldType.Money, "het budget", "the budget"),
            F("status", FieldType.TextOrWord, "de stand van zaken", "the state of affairs"),
            Thema, Wet),

        [Risico] = Schema(Risico, "een risico", "a risk",
            F("gevolg", FieldType.Text, "het gevolg", "the consequence") with { Many = true },
            F("gebied", FieldType.TextOrWord, "het risicogebied", "the risk area"),
            F("categorie", FieldType.TextOrWord, "de risicocategorie", "the risk category"),
            F("kans", FieldType.Label, "de kans", "the likelihood"),
            F("impact", FieldType.Label, "de impact", "the impact"),
            F("bedrag", FieldType.Money, "het financiële risico", "the financial exposure"),
            F("beheersmaatregel", FieldType.Text, "de beheersmaatregel", "the mitigation") with { Many = true, Repeatable = true },
            DraagtBijAan, Thema, Wet),

        [Besluit] = Schema(Besluit, "een besluit of bestuursopdracht", "a decision or administrative assignment",
            Choice("soort", "besluit, bestuursopdracht, motie, amendement of verordening", "decision, assignment, motion, amendment or regulation",
                ValueWords.DecisionKinds),
            F("datum", FieldType.When, "de datum van het besluit", "the date of the decision"),
            F("door", FieldType.TextOrWord, "wie besloot: raad, college", "who decided: raad, college"),
            F("onderwerp", FieldType.Text, "het onderwerp", "the subject"),
            new FieldSpec("document", FieldType.ReferenceOrText, "het document waarin het besluit staat", "the document that holds the decision") { ReferenceKinds = [Document], Many = true },
            Termijn, DraagtBijAan, Thema, Wet),

        [ElementKind.Wet] = Schema(ElementKind.Wet, "een wet", "a law"),

        [Document] = Schema(Document, "een ander document", "another document",
            F("versie", FieldType.TextOrWord, "de versie", "the version"),
            F("vastgesteld", FieldType.DateBy, "datum van vaststelling", "date of adoption"),
            F("datum", FieldType.When, "de datum van het document", "the date of the document")),

        [Feit] = Schema(Feit, "een cijfer uit het document, met bron en datum", "a figure from the document, with source and date",
            F("waarde", FieldType.Quantity, "het cijfer", "the figure"),
            Peildatum,
            new FieldSpec("indicator", FieldType.Reference, "de indicator die dit cijfer meet", "the indicator this figure measures") { ReferenceKinds = [Indicator] }),
    };

    private static ElementSchema Schema(ElementKind kind, string nl, string en, params FieldSpec[] fields)
    {
        var map = new Dictionary<string, FieldSpec>(StringComparer.Ordinal);
        foreach (var field in Common.Concat(fields)) map[field.Name] = field;
        return new ElementSchema(kind, map, nl, en);
    }

    public static ElementSchema? For(ElementKind kind) => All.TryGetValue(kind, out var schema) ? schema : null;
}
