using PolicyLang.Binding.Schema;
using PolicyLang.Syntax;
using PolicyLang.Binding.Vocabulary;
using static PolicyLang.Binding.ElementKind;

// The kinds and their table share this file so that a new kind is one edit of one file (a test
// proves it by adding one). That is why the file's namespace is PolicyLang.Binding: the enum has
// always lived there, and a file has one namespace.
namespace PolicyLang.Binding;

/// <summary>The element kinds of the language. Each has one entry in <see cref="ElementSchemas.All"/>.</summary>
public enum ElementKind
{
    Unknown,
    Kader, Ambitie, Doel, Indicator, Begroting, Post, Tabel, Rij, Scenario, Spanning,
    Uitgangspunt, Kaderstelling, Thema, Maatregel, Risico, Besluit, Wet, Document, Feit, Bewering, Verantwoording, Norm,
}

/// <summary>
/// The language's one table of element kinds: per kind its keyword, description, where it may
/// nest, editor icon, header values, whether it needs an id, and its fields. The grammar is the
/// same for every element; this table is what makes a doel different from an indicator. The
/// lexer's keywords and the parser's nesting rules (<see cref="SyntaxFacts"/>), the field
/// vocabulary (<see cref="FieldNames"/>), PL1010's place text, completion, hover, the symbol icons,
/// the VS Code grammar check and docs/language.md all follow it.
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
        F(FieldNames.Sectie, FieldType.Section, "de sectie van het brondocument waar dit vandaan komt (§4.1)", "the section of the source document (§4.1)") with { Many = true, Repeatable = true },
        F(FieldNames.Nummer, FieldType.Label, "de eigen nummering in het brondocument", "the element's own numbering in the source"),
        // issue 15 item 3: a cross-reference only; it never counts as draagt bij aan. A name that
        // does not exist is the document's own dangling reference: PL3025, not a binding error.
        Ref(FieldNames.ZieOok, "verwijzingen naar andere elementen (zie ook kader 2)", "cross-references to other elements (see also kader 2)",
            [.. Enum.GetValues<ElementKind>().Where(k => k != Unknown)]),
        F(FieldNames.Toelichting, FieldType.Text, "toelichting, zo letterlijk mogelijk uit de bron", "explanation, verbatim from the source where possible") with { Many = true, Repeatable = true },
        F(FieldNames.Bron, FieldType.TextOrWord, "de herkomst van een cijfer of tekst", "the origin of a figure or text"),
        // issue 15 item 11: "Top 10 risico's", "de drie transformatielijnen": the checker counts the members (PL3028).
        F(FieldNames.Aantal, FieldType.AnnouncedCount, "een aangekondigd aantal: 10 \"risico’s\" in §B1.2, 18 doelen", "an announced count: 10 \"risico’s\" in §B1.2, 18 doelen") with { Many = true, Repeatable = true },
    ];

    private static readonly FieldSpec DraagtBijAan = Ref(FieldNames.DraagtBijAan, "de ambities of doelen waaraan dit bijdraagt", "the ambities or doelen this contributes to", Contributable);
    private static readonly FieldSpec Thema = Ref(FieldNames.Thema, "de thema's waaronder dit valt", "the themes this belongs to", ElementKind.Thema);
    private static readonly FieldSpec Wet = Ref(FieldNames.Wet, "de wetten waaraan dit invulling geeft", "the laws this serves", ElementKind.Wet);
    private static readonly FieldSpec Meetbaar = F(FieldNames.Meetbaar, FieldType.YesNo, "ja, of nee: bewust niet meetbaar", "yes, or no: deliberately not measurable");
    private static readonly FieldSpec Reden = F(FieldNames.Reden, FieldType.Text, "waarom het niet meetbaar is", "why it is not measurable");
    private static readonly FieldSpec Tolerantie = F(FieldNames.Tolerantie, FieldType.Percentage, "hoeveel achterstand op het pad nog oranje is", "how far behind the path still counts as orange");
    private static readonly FieldSpec Termijn = F(FieldNames.Termijn, FieldType.When, "jaar, periode of datum", "year, range or date");
    private static readonly FieldSpec Eenheid = F(FieldNames.Eenheid, FieldType.Unit, "de eenheid, met de noemer bij percentages en ratio's", "the unit, with the denominator of percentages and rates");
    private static readonly FieldSpec Schaal = F(FieldNames.Schaal, FieldType.Number, "de vermenigvuldiger van de geschreven bedragen (x € 1.000)", "the multiplier of the written figures (x € 1,000)");
    // issue 15 item 2: which of the document's numbered elements a statement covers (PL3024).
    private static readonly FieldSpec Betreft = F(FieldNames.Betreft, FieldType.NumberRange, "de genummerde elementen waarover dit gaat: doelen 1 t/m 18", "the numbered elements this is about: doelen 1 t/m 18") with { Many = true };
    private static FieldSpec Formule(string nl, string en) => F(FieldNames.Formule, FieldType.Formula, nl, en);
    private static readonly FieldSpec GelijkAan = F(FieldNames.GelijkAan, FieldType.Formula,
        "de cel of formule die hetzelfde cijfer geeft: Tabel.Rij[2016]", "the cell or formula that gives the same figure: Tabel.Rij[2016]");
    private static readonly FieldSpec Peildatum = F(FieldNames.Peildatum, FieldType.When, "het jaar of de datum van de cijfers", "the year or date of the figures");

    // What measures a doel: its own, and those of each norm nested in it (issue 13 item 3).
    private static readonly FieldSpec GoalIndicator = new(FieldNames.Indicator, FieldType.Reference, "de indicator waarmee het doel gemeten wordt", "the indicator that measures the goal") { ReferenceKinds = [Indicator] };
    private static readonly FieldSpec Nulmeting = F(FieldNames.Nulmeting, FieldType.Measurement, "de uitgangswaarde: 410 in 2015", "the baseline: 410 in 2015");
    private static readonly FieldSpec Tussendoel = F(FieldNames.Tussendoel, FieldType.Target, "een tussendoel: maximaal 390 in 2018", "an intermediate target: maximaal 390 in 2018") with { Many = true, Repeatable = true };
    private static readonly FieldSpec Streefwaarde = F(FieldNames.Streefwaarde, FieldType.Target, "het doel: maximaal 370 in 2020", "the target: maximaal 370 in 2020");
    private static readonly FieldSpec Richting = Choice(FieldNames.Richting, "toename, afname of behoud, eventueel met een jaar: afname in 2022", "toename, afname or behoud, optionally with a year: afname in 2022", Directions) with { ChoiceInYear = true };

    // ---- the table -------------------------------------------------------------------------

    public static readonly IReadOnlyDictionary<ElementKind, ElementSchema> All = new Dictionary<ElementKind, ElementSchema>
    {
        [Kader] = Schema(Kader, "kader", ElementIcon.Namespace, "het beleidskader zelf", "the policy framework itself",
            F(FieldNames.Gemeente, FieldType.Text, "de gemeente", "the municipality"),
            F(FieldNames.Gemeenten, FieldType.Text, "de gemeenten (bij een gezamenlijk kader)", "the municipalities (of a joint framework)") with { Many = true },
            F(FieldNames.Periode, FieldType.YearRange, "de looptijd: 2017 t/m 2020", "the period: 2017 t/m 2020"),
            F("vastgesteld", FieldType.DateBy, "datum van vaststelling, met 'door raad'", "date of adoption, with 'door raad'"),
            Ref(FieldNames.Wetten, "de wetten waarvoor dit kader kaders stelt", "the laws this framework sets frames for", ElementKind.Wet),
            new FieldSpec("vervangt", FieldType.ReferenceOrText, "het document dat dit kader vervangt", "the document this framework replaces") { ReferenceKinds = [Document] },
            F("document", FieldType.Text, "de titel van het brondocument", "the title of the source document"),
            Choice("status", "concept of vastgesteld", "concept or vastgesteld", ValueWords.KaderStatuses),
            Tolerantie,
            // issue 15 item 1: the document's outline, so a section number used for two headings is caught (PL3023).
            F(FieldNames.Sectiekop, FieldType.SectionHeading, "een kop uit de inhoudsopgave van het document: §3.3 \"Mantelzorgers\"", "a heading of the document's outline: §3.3 \"Mantelzorgers\"") with { Many = true, Repeatable = true }),

        [Ambitie] = Schema(Ambitie, "ambitie", ElementIcon.Event, "een richtinggevend perspectief", "a guiding perspective", Meetbaar, Reden, Thema, Wet),

        [Doel] = Schema(Doel, "doel", ElementIcon.Class, "een doel: van hoofddoel tot subdoel", "a goal, from main goal to sub-goal",
            DraagtBijAan, Thema, Wet,
            GoalIndicator, Nulmeting, Tussendoel, Streefwaarde, Richting,
            // issue 15 item 8: a doel stated only in words can say what kind of thing it pushes.
            Choice(FieldNames.Categorie, "soort doel voor de spanningsanalyse, als geen indicator het zegt", "kind of goal for the tension analysis, where no indicator says it", IndicatorCategories),
            Meetbaar, Reden, Tolerantie,
            // issue 15 item 7: a doel that shifts budget from one kind of support to another; PL3035 reads the posts' years.
            Ref(FieldNames.VerschuivingVan, "de posten of thema's waar het doel vanaf wil: maatwerkvoorzieningen", "the posts or themes the goal shifts away from: specialist provisions", Post, ElementKind.Thema),
            Ref(FieldNames.VerschuivingNaar, "de posten of thema's waar het doel naartoe wil: collectieve voorzieningen", "the posts or themes the goal shifts towards: collective provisions", Post, ElementKind.Thema),
            F("vergelijk met", FieldType.Text, "de referentie waartegen het resultaat bezien wordt", "the reference the result is judged against")),

        [Indicator] = Schema(Indicator, "indicator", ElementIcon.Property, "wat er gemeten wordt", "what is measured",
            Eenheid,
            Choice(FieldNames.Frequentie, "hoe vaak er gemeten wordt", "how often it is measured", Frequencies),
            Choice(FieldNames.Polariteit, "hoger is beter, lager is beter of neutraal", "higher is better, lower is better or neutral", Polarities),
            Choice(FieldNames.Categorie, "soort indicator (voor de spanningsanalyse)", "kind of indicator (for the tension analysis)", IndicatorCategories),
            F(FieldNames.Definitie, FieldType.Text, "de precieze definitie", "the precise definition"),
            Formule("een berekende indicator: Bijstandsuitkeringen / Inwoners18Plus * 10.000", "a computed indicator: Bijstandsuitkeringen / Inwoners18Plus * 10.000")),

        [Begroting] = Schema(Begroting, "begroting", ElementIcon.Struct, "een begroting met posten per jaar", "a budget with lines per year",
            F(FieldNames.Jaren, FieldType.YearRange, "de begrotingsjaren: 2017 t/m 2019", "the budget years: 2017 t/m 2019"),
            F(FieldNames.Totaal, FieldType.Money, "het totaal per jaar", "the total per year") with { Many = true },
            Schaal, DraagtBijAan, Thema, Wet),

        [Post] = Schema(Post, "post", ElementIcon.Field, "een begrotingspost met één bedrag per jaar", "a budget line with one amount per year",
            Choice(FieldNames.Soort, "uitgave of opbrengst", "expense or revenue", ValueWords.LineKinds),
            DraagtBijAan, Thema, Wet) with { HeaderValues = FieldType.Money, IdRequired = false, NestsIn = [Begroting, Post] },

        [Tabel] = Schema(Tabel, "tabel", ElementIcon.Struct, "een tabel met cijfers uit het document", "a table of figures from the document",
            F(FieldNames.Kolommen, FieldType.Column, "de kolomkoppen", "the column headers") with { Many = true },
            Eenheid, Schaal, Peildatum, DraagtBijAan, Thema, Wet,
            Formule("een kolom als formule van andere kolommen: [3] = verandering([1], [2])", "a column as a formula of other columns: [3] = verandering([1], [2])") with { Repeatable = true }),

        [Rij] = Schema(Rij, "rij", ElementIcon.Field, "een rij van een tabel", "a row of a table",
            Ref(FieldNames.SomVan, "de rijen waarvan deze rij de som is", "the rows this row is the sum of", Rij),
            Ref(FieldNames.VerschilVan, "de rij waarvan deze rij de verandering per kolom is", "the row whose change per column this row is", Rij),
            Ref(FieldNames.CumulatiefVan, "de rij waarvan deze rij de lopende som is", "the row whose running sum this row is", Rij),
            Ref(FieldNames.AandeelVan, "deel en geheel: deze rij is deel/geheel in procenten", "part and whole: this row is part/whole in percent", Rij),
            new FieldSpec("scenario", FieldType.Reference, "het scenario van deze rij", "the scenario of this row") { ReferenceKinds = [Scenario] },
            Choice(FieldNames.Soort, "uitgave of opbrengst", "expense or revenue", ValueWords.LineKinds),
            Eenheid,
            Formule("de rij als formule van andere rijen, per kolom: Begroot - Totaal", "the row as a formula of other rows, per column: Begroot - Totaal")) with { HeaderValues = FieldType.Cell, IdRequired = false, NestsIn = [Tabel] },

        [Scenario] = Schema(Scenario, "scenario", ElementIcon.Object, "een scenario met aannames", "a scenario with assumptions",
            F("aanname", FieldType.Text, "een aanname van het scenario", "an assumption of the scenario") with { Many = true, Repeatable = true },
            F("gekozen", FieldType.YesNo, "ja als dit het gekozen scenario is", "yes if this is the chosen scenario")),

        [Spanning] = Schema(Spanning, "spanning", ElementIcon.Interface, "een erkende spanning tussen doelen", "a declared tension between goals",
            Ref(FieldNames.Tussen, "de doelen of uitgangspunten die met elkaar in spanning staan", "the goals or principles in tension", Doel, Ambitie, Maatregel, Uitgangspunt)) with { RequiredFields = [FieldNames.Tussen] },

        [Uitgangspunt] = Schema(Uitgangspunt, "uitgangspunt", ElementIcon.Object, "een uitgangspunt, principe of kernwaarde", "a principle or core value",
            Choice(FieldNames.Soort, "principe, kernwaarde, inrichtingsprincipe of uitgangspunt", "principle, core value, design principle or starting point",
                ValueWords.PrincipleKinds),
            // issue 15 item 6: budget against ondersteuning is a conflict unless a spanning names both (PL3031).
            Choice(FieldNames.Voorrang, "wat het uitgangspunt laat voorgaan: budget (een plafond) of ondersteuning (de financiën zijn volgend)", "what the principle puts first: budget (a ceiling) or ondersteuning (the finances follow)", ValueWords.PrincipleLeads),
            DraagtBijAan, Thema, Wet, Betreft),

        [Kaderstelling] = Schema(Kaderstelling, "kaderstelling", ElementIcon.Object, "een genummerd kader dat de raad stelt", "a numbered frame set by the council", DraagtBijAan, Thema, Wet, Betreft),

        [ElementKind.Thema] = Schema(ElementKind.Thema, "thema", ElementIcon.Module, "een thema", "a theme", Wet,
            Ref(FieldNames.DraagtBijAan, "de ambities of kaderstellingen waaraan alles onder dit thema bijdraagt", "the ambities or kaderstellingen everything under this theme contributes to", Ambitie, Kaderstelling)),

        [Maatregel] = Schema(Maatregel, "maatregel", ElementIcon.Method, "een maatregel of activiteit met een eigenaar", "a measure or activity with an owner",
            F(FieldNames.Eigenaar, FieldType.TextOrWord, "wie verantwoordelijk is", "who is responsible"),
            DraagtBijAan, Termijn,
            F(FieldNames.Budget, FieldType.Money, "het budget", "the budget"),
            F("status", FieldType.TextOrWord, "de stand van zaken", "the state of affairs"),
            Thema, Wet),

        [Risico] = Schema(Risico, "risico", ElementIcon.Operator, "een risico", "a risk",
            F(FieldNames.Gevolg, FieldType.Text, "het gevolg", "the consequence") with { Many = true },
            F("gebied", FieldType.TextOrWord, "het risicogebied", "the risk area"),
            F(FieldNames.Categorie, FieldType.TextOrWord, "de risicocategorie", "the risk category"),
            F("kans", FieldType.Label, "de kans", "the likelihood"),
            F("impact", FieldType.Label, "de impact", "the impact"),
            F("bedrag", FieldType.Money, "het financiële risico", "the financial exposure"),
            // issue 15 item 5: a risk stated as a figure other than an amount (a cut of 18%), compared through gelijk aan (PL4014).
            F(FieldNames.Waarde, FieldType.Quantity, "het cijfer van het risico, als het geen bedrag is: een korting van 18%", "the risk's figure when it is no amount: a cut of 18%"),
            GelijkAan,
            F("beheersmaatregel", FieldType.Text, "de beheersmaatregel", "the mitigation") with { Many = true, Repeatable = true },
            DraagtBijAan, Thema, Wet),

        [Besluit] = Schema(Besluit, "besluit", ElementIcon.Object, "een besluit of bestuursopdracht", "a decision or administrative assignment",
            Choice(FieldNames.Soort, "besluit, bestuursopdracht, motie, amendement of verordening", "decision, assignment, motion, amendment or regulation",
                ValueWords.DecisionKinds),
            F(FieldNames.Datum, FieldType.When, "de datum van het besluit", "the date of the decision"),
            F(FieldNames.Door, FieldType.TextOrWord, "wie besloot: raad, college", "who decided: raad, college"),
            F("onderwerp", FieldType.Text, "het onderwerp", "the subject"),
            // issue 14 item 4: a figure the decision states; a percentage needs its base (PL3040).
            F(FieldNames.Waarde, FieldType.Quantity, "het cijfer van het besluit: 25% van Jeugdbudget", "the decision's figure: 25% van Jeugdbudget"),
            new FieldSpec("document", FieldType.ReferenceOrText, "het document waarin het besluit staat", "the document that holds the decision") { ReferenceKinds = [Document], Many = true },
            Termijn, DraagtBijAan, Thema, Wet, Betreft),

        [ElementKind.Wet] = Schema(ElementKind.Wet, "wet", ElementIcon.Constant, "een wet", "a law"),

        [Document] = Schema(Document, "document", ElementIcon.File, "een ander document", "another document",
            F("versie", FieldType.TextOrWord, "de versie", "the version"),
            F("vastgesteld", FieldType.DateBy, "datum van vaststelling", "date of adoption"),
            F(FieldNames.Datum, FieldType.When, "de datum van het document", "the date of the document")),

        // Issue 16 item 2: the explanation the raad asks for a rood or oranje doel, per measurement year,
        // written after the title: verantwoording "…": 2019 { oorzaak: "…" gevolg: "…" bijsturing: "…" }.
        [Verantwoording] = Schema(Verantwoording, "verantwoording", ElementIcon.Event, "de toelichting bij een doel voor één meetjaar: oorzaak, gevolg en bijsturing", "the explanation of a goal for one measurement year: cause, consequence and correction",
            F(FieldNames.Oorzaak, FieldType.Text, "waarom het doel achterblijft", "why the goal lags behind"),
            F(FieldNames.Gevolg, FieldType.Text, "wat dat betekent voor het doel", "what that means for the goal"),
            F(FieldNames.Bijsturing, FieldType.Text, "wat de gemeente eraan doet", "what the municipality does about it")) with { HeaderValues = FieldType.Year, IdRequired = false, NestsIn = [Doel] },

        // Issue 13 item 3: a doel measured by more than one indicator, each with its own norm:
        // norm "Tevredenheid" { indicator: … nulmeting: … streefwaarde: … }. The doel's status combines them (worst colour).
        [Norm] = Schema(Norm, "norm", ElementIcon.Property, "een indicator van een doel met een eigen nulmeting en streefwaarde", "an indicator of a goal with its own baseline and target",
            GoalIndicator, Nulmeting, Tussendoel, Streefwaarde, Richting, Tolerantie) with { IdRequired = false, NestsIn = [Doel], RequiredFields = [FieldNames.Indicator] },

        [Feit] = Schema(Feit, "feit", ElementIcon.Number, "een cijfer uit het document, met bron en datum", "a figure from the document, with source and date",
            F(FieldNames.Waarde, FieldType.Quantity, "het cijfer; een percentage met zijn basis: 80% van \"de cliënten\"", "the figure; a percentage with its base: 80% van \"de cliënten\""),
            Peildatum,
            new FieldSpec(FieldNames.Indicator, FieldType.Reference, "de indicator die dit cijfer meet", "the indicator this figure measures") { ReferenceKinds = [Indicator] },
            Betreft,
            GelijkAan),

        [Bewering] = Schema(Bewering, "bewering", ElementIcon.Constant, "een bewering uit het document (letterlijk) met de formule die dan moet gelden",
            "a claim from the document (verbatim) with the formula that must then hold",
            Formule("wat de bewering zegt, als formule: elk(ScenarioUitkomsten vanaf 2018) < 0", "what the claim says, as a formula: elk(ScenarioUitkomsten vanaf 2018) < 0")) with { RequiredFields = [FieldNames.Formule] },
    };

    private static ElementSchema Schema(ElementKind kind, string keyword, ElementIcon icon, string nl, string en, params FieldSpec[] fields)
    {
        var map = new Dictionary<string, FieldSpec>(StringComparer.Ordinal);
        foreach (var field in Common.Concat(fields)) map[field.Name] = field;
        return new ElementSchema(kind, keyword, map, nl, en) { Icon = icon };
    }

    public static ElementSchema? For(ElementKind kind) => All.TryGetValue(kind, out var schema) ? schema : null;
}
