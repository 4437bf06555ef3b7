using System.Globalization;
using System.Text;

namespace PolicyLang.Benchmarks;

/// <summary>
/// Builds a large, realistic, error-free kader for benchmarks: the shape of the hand-written
/// examples (comment headers, indicatoren, doelen with nulmeting/tussendoel/streefwaarde,
/// begrotingen with nested posts that add up, tabellen with derived rows, risico's, feiten, …),
/// repeated per chapter until the requested number of lines is reached.
///
/// Deterministic: the same options give the same text, byte for byte, on every machine and
/// runtime (own SplitMix64 generator, invariant formatting, '\n' line endings). Every chapter is
/// self-contained (its references point into the chapter or to the prologue), so the output can
/// also be split into several files of one folder (<see cref="GenerateFiles"/>).
/// Shared with the language-server benchmark: keep it free of benchmark-harness code.
/// </summary>
public static class KaderGenerator
{
    public const int DefaultSeed = 20_170_628;

    /// <summary>One text of at least <paramref name="minLines"/> lines.</summary>
    public static string Generate(int minLines = 10_000, int seed = DefaultSeed) =>
        string.Concat(GenerateChunks(minLines, seed));

    /// <summary>
    /// The same content as <see cref="Generate"/>, split into <paramref name="fileCount"/> files of one
    /// folder (the kader and prologue go into the first file). Paths are "kader-NN.beleid".
    /// </summary>
    public static IReadOnlyList<(string Path, string Text)> GenerateFiles(int fileCount, int minLines = 10_000, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fileCount, 1);
        var chunks = GenerateChunks(minLines, seed);
        var files = Enumerable.Range(0, fileCount).Select(_ => new StringBuilder()).ToArray();
        files[0].Append(chunks[0]);
        for (var i = 1; i < chunks.Count; i++)
            files[(i - 1) * fileCount / (chunks.Count - 1)].Append(chunks[i]);
        return [.. files.Select((sb, i) => ($"kader-{i:00}.beleid", sb.ToString()))];
    }

    /// <summary>The prologue (kader, documents, wetten) followed by one chunk per chapter.</summary>
    private static List<string> GenerateChunks(int minLines, int seed)
    {
        var w = new Writer(new SplitMix64((ulong)seed));
        var chunks = new List<string>();
        w.Prologue();
        chunks.Add(w.TakeChunk());
        var lines = w.TotalLines;
        for (var chapter = 1; lines < minLines; chapter++)
        {
            w.Chapter(chapter);
            chunks.Add(w.TakeChunk());
            lines = w.TotalLines;
        }
        return chunks;
    }

    // ---- vocabulary ----------------------------------------------------------------------------

    private static readonly (string Stem, string Name)[] Themes =
    [
        ("Opvoeden", "Opvoeden, leren en ontwikkelen"), ("WonenZorg", "Wonen met zorg en ondersteuning"),
        ("WerkInkomen", "Werk en inkomen"), ("Schulden", "Schuldhulpverlening en armoedebestrijding"),
        ("Mantelzorg", "Mantelzorg en vrijwillige inzet"), ("Jeugdhulp", "Jeugdhulp en jeugdbescherming"),
        ("Gezondheid", "Publieke gezondheid en preventie"), ("Veiligheid", "Veiligheid in en om het huis"),
        ("Onderwijs", "Onderwijs en voortijdig schoolverlaten"), ("Bewegen", "Sport, bewegen en meedoen"),
        ("Cliëntondersteuning", "Onafhankelijke cliëntondersteuning"), ("Eenzaamheid", "Eenzaamheid en sociale contacten"),
        ("Dementie", "Dementievriendelijke gemeente"), ("Geletterdheid", "Aanpak laaggeletterdheid"),
        ("Vervoer", "Doelgroepenvervoer en mobiliteit"), ("Statushouders", "Huisvesting en inburgering van statushouders"),
    ];

    private static readonly string[] Sentences =
    [
        "Inwoners zijn in de eerste plaats zelf verantwoordelijk voor hun eigen leven.",
        "Waar dat nodig is, ondersteunt de gemeente met voorzieningen die passen bij de vraag.",
        "We zetten in op preventie en vroegsignalering, zodat problemen niet onnodig groot worden.",
        "De toegang tot ondersteuning is laagdrempelig en dichtbij georganiseerd, in de kernen en wijken.",
        "Het sociaal team werkt volgens het principe één gezin, één plan, één regisseur.",
        "De resultaten bezien we altijd in het licht van de resultaten in de ons omliggende gemeenten.",
        "Deze ontwikkeling is sterk afhankelijk van de economische situatie en de vergrijzing.",
        "Met zorgaanbieders maken we resultaatgerichte afspraken; de administratieve lasten nemen af.",
        "We monitoren de uitgaven per kwartaal en rapporteren daarover aan de raad in de P&C-cyclus.",
        "Cliënten waarderen de ondersteuning gemiddeld met een ruime voldoende (cliëntervaringsonderzoek).",
        "Door de decentralisaties is de gemeente sinds 2015 verantwoordelijk voor een veel breder takenpakket.",
        "De raad stelt de kaders, het college voert uit en legt daarover verantwoording af.",
        "Mantelzorgers worden ontlast met respijtzorg, informatie en een jaarlijkse waardering.",
        "Het rijk heeft het budget voor de nieuwe taken met een efficiencykorting overgedragen.",
        "In de gesprekken met inwoners (de ‘keukentafelgesprekken’) staat de vraag achter de vraag centraal.",
        "Bij de inkoop werken we samen met de regiogemeenten; de afspraken gelden tot en met 2020.",
    ];

    private static readonly string[] PostNames =
    [
        "Maatwerkvoorzieningen", "Begeleiding", "Huishoudelijke hulp", "Dagbesteding", "Beschermd wonen",
        "Jeugdhulp ambulant", "Jeugdhulp met verblijf", "Pleegzorg", "Re-integratie", "Schuldhulpverlening",
        "Bijzondere bijstand", "Minimaregelingen", "Vervoersvoorzieningen", "Woonvoorzieningen", "Rolstoelvoorzieningen",
        "Cliëntondersteuning", "Mantelzorgwaardering", "Sociaal team", "Uitvoeringskosten", "Inkoop en contractbeheer",
    ];

    private static readonly string[] Organisations =
    [
        "college", "raad", "wethouder", "\"Sociaal Team\"", "\"GGD IJsselland\"", "\"Stichting Welzijn\"", "\"Werkplein\"",
    ];

    private static readonly string[] Sources =
    ["CBS Statline", "Waarstaatjegemeente.nl", "Cliëntervaringsonderzoek Wmo", "GGD Gezondheidsmonitor", "eigen registratie", "DUO"];

    private static readonly (string Unit, int Kind)[] Units =
    [
        ("percentage van \"inwoners van 18 jaar en ouder\"", 0), ("percentage van \"jongeren van 12 tot 23 jaar\"", 0),
        ("aantal \"cliënten\"", 1), ("aantal \"huishoudens\"", 1), ("per 10.000 \"inwoners 18 jaar en ouder\"", 1),
        ("per 1.000 \"jongeren tot 18 jaar\"", 1), ("rapportcijfer", 2), ("euro per \"cliënt\"", 3), ("dagen", 1),
    ];

    private static readonly string[] Prefixes = ["Aandeel", "Aantal", "Tevredenheid", "Kosten", "Bereik"];
    private static readonly string[] GoalVerbs = ["Minder", "Meer", "Betere", "Snellere", "Sterkere", "Vroegere"];
    private static readonly string[] Categories = ["kosten", "kwaliteit", "toegang", "participatie", "gezondheid", "veiligheid", "financien", "gebruik"];
    private static readonly string[] Frequencies = ["jaarlijks", "halfjaarlijks", "kwartaal", "tweejaarlijks"];
    private static readonly string[] GemeenteNames = ["Zwolle", "Meppel", "Kampen", "Deventer", "Hardenberg", "Ommen", "Dalfsen", "Raalte"];
    private static readonly string[] Laws = ["Wmo2015", "Jeugdwet", "Participatiewet", "Wpg", "Wgs", "Leerplichtwet", "Wbo"];

    // ---- writer --------------------------------------------------------------------------------

    private sealed class Writer(SplitMix64 rng)
    {
        private readonly StringBuilder _sb = new();
        public int TotalLines { get; private set; }

        public string TakeChunk()
        {
            var text = _sb.ToString();
            _sb.Clear();
            return text;
        }

        private void L(string line = "")
        {
            _sb.Append(line).Append('\n');
            TotalLines++;
        }

        private T Pick<T>(IReadOnlyList<T> items) => items[rng.Next(items.Count)];

        private string Prose(int min, int max)
        {
            var count = min + rng.Next(max - min + 1);
            var first = rng.Next(Sentences.Length);
            return string.Join(" ", Enumerable.Range(0, count).Select(i => Sentences[(first + i) % Sentences.Length]));
        }

        // Strings: only \" and \\ are escapes; the prose contains neither.
        private string Quote(string text) => "\"" + text + "\"";

        // ---- prologue ----

        public void Prologue()
        {
            L("// Gegenereerd beleidskader voor benchmarks (KaderGenerator). Niet met de hand bewerken:");
            L("// de inhoud is deterministisch en volgt de vorm van de voorbeelden in examples/.");
            L("//");
            L("// Opbouw per hoofdstuk: thema, ambitie, kaderstelling, indicatoren, doelen met nulmeting,");
            L("// tussendoelen en streefwaarde, een spanning, maatregelen, risico's, feiten, een begroting met");
            L("// geneste posten die optellen, en tabellen met afgeleide rijen (som, verschil, cumulatief).");
            L();
            L("kader Benchmarkkader \"Beleidskader Sociaal Domein 2017-2020\" {");
            L("  gemeente: \"Benchmarkstad\"");
            L("  periode: 2017 t/m 2020");
            L("  vastgesteld: 28-06-2016 door raad");
            L("  wetten: Wmo2015, Jeugdwet, Participatiewet, Wpg, Wgs, Leerplichtwet, Wbo");
            L("  vervangt: SamenVoorElkaar");
            L("  document: \"Beleidsplan Sociaal Domein 2017-2020 'Samen sterk in de kernen'\"");
            L("  status: vastgesteld");
            L("  tolerantie: 5%              // standaardmarge voor de monitor");
            L("  sectie: §1, §1.1");
            L("}");
            L();
            L("document SamenVoorElkaar \"Beleidsplan: 'Samen, voor elkaar'\" {");
            L("  versie: \"1.0\"");
            L("  vastgesteld: 25-09-2014 door raad");
            L("}");
            L();
            L("document Regiovisie \"Regiovisie Jeugdhulp IJsselland\" { datum: 2015-11-12 }");
            L();
            L("wet Wbo \"Wet stelsel openbare bibliotheekvoorzieningen\"");
            L();
        }

        // ---- one chapter ----

        public void Chapter(int c)
        {
            var (stem, name) = Themes[(c - 1) % Themes.Length];
            var s = stem + c.ToString(CultureInfo.InvariantCulture);
            var thema = "Thema" + s;
            var ambitie = "Ambitie" + s;

            L($"// ── §{c} {name} {new string('─', Math.Max(4, 90 - name.Length))}");
            L($"// {Pick(Sentences)}");
            L($"// {Pick(Sentences)}");
            L();
            L($"thema {thema} {Quote(name)} {{ nummer: {c} }}");
            L();
            L($"ambitie {ambitie} {Quote("Alle inwoners kunnen meedoen: " + name.ToLowerInvariant())} {{");
            L("  meetbaar: nee");
            L("  reden: \"richtinggevend perspectief, de stip op de horizon\"");
            L($"  thema: {thema}");
            L($"  sectie: §{c}.1");
            L("}");
            L();
            L($"kaderstelling Kader{s} {Quote("Kader " + c + ". " + name)} {{ nummer: {c}  sectie: §{c}.1  toelichting: {Quote(Prose(1, 2))} }}");
            L();

            // indicatoren
            var indicators = new List<(string Id, int Kind, bool LowerIsBetter)>();
            var indicatorCount = 4 + rng.Next(2);
            L($"// Indicatoren bij §{c}.2. Bron en frequentie volgen de tekst van het plan.");
            for (var k = 0; k < indicatorCount; k++)
            {
                var id = Prefixes[k % Prefixes.Length] + s + (k >= Prefixes.Length ? "B" : "");
                var (unit, kind) = Pick(Units);
                var lower = rng.Next(2) == 0;
                indicators.Add((id, kind, lower));
                L();
                L($"indicator {id} {Quote(Prefixes[k % Prefixes.Length] + " " + name.ToLowerInvariant() + " (" + Pick(PostNames).ToLowerInvariant() + ")")} {{");
                L($"  eenheid: {unit}");
                L($"  bron: {Quote(Pick(Sources))}");
                L($"  frequentie: {Pick(Frequencies)}");
                L($"  polariteit: {(lower ? "lager is beter" : "hoger is beter")}");
                L($"  categorie: {Pick(Categories)}");
                if (rng.Next(3) > 0) L($"  definitie: {Quote(Prose(1, 2))}");
                L($"  sectie: §{c}.2");
                L("}");
            }
            if (c % 2 == 1) ComputedIndicator(c, s);
            L();

            // doelen: one hoofddoel, subdoelen per indicator
            var hoofddoel = "Hoofddoel" + s;
            L($"// ── Doelen (§{c}.3) {new string('─', 70)}");
            L();
            L($"doel {hoofddoel} {Quote("De " + name.ToLowerInvariant() + " in de gemeente verbetert")} {{");
            L($"  nummer: \"{(char)('a' + (c - 1) % 26)}\"");
            L($"  draagt bij aan: {ambitie}, Kader{s}");
            L("  meetbaar: nee");
            L("  reden: \"Dit hoofddoel omvat talloze aspecten en is in zijn totaliteit slecht meetbaar.\"");
            L($"  toelichting: {Quote(Prose(2, 4))}");
            L($"  sectie: §{c}.3");
            L("}");
            var goals = new List<string>();
            for (var k = 0; k < indicators.Count; k++)
            {
                var (indicatorId, kind, lower) = indicators[k];
                var goal = GoalVerbs[k % GoalVerbs.Length] + s + (k >= GoalVerbs.Length ? "B" : "");
                goals.Add(goal);
                L();
                if (rng.Next(4) == 0) L($"// bron: het plan noemt dit doel twee keer, met verschillende woorden; de titel volgt §{c}.3.");
                L($"doel {goal} {Quote(GoalVerbs[k % GoalVerbs.Length] + " resultaat op " + name.ToLowerInvariant() + ", gemeten met " + indicatorId)} {{");
                L($"  nummer: {c * 10 + k}");
                L($"  draagt bij aan: {hoofddoel}");
                L($"  thema: {thema}");
                L($"  wet: {Pick(Laws)}");
                L($"  indicator: {indicatorId}");
                if (rng.Next(5) == 0)
                {
                    L($"  nulmeting: {Measure(kind, 50)} in 2015");
                    L($"  richting: {(lower ? "afname" : "toename")}");
                    L("  vergelijk met: \"de resultaten in de ons omliggende gemeenten\"");
                }
                else
                {
                    var baseline = 20 + rng.Next(60);
                    var step = 1 + rng.Next(4);
                    var sign = lower ? -1 : 1;
                    var cmp = lower ? "maximaal" : "minimaal";
                    L($"  nulmeting: {Measure(kind, baseline)} in 2015");
                    L($"  tussendoel: {cmp} {Measure(kind, baseline + sign * step)} in 2017");
                    L($"  tussendoel: {(lower ? "<=" : ">=")} {Measure(kind, baseline + sign * 2 * step)} in 2018");
                    L($"  streefwaarde: {cmp} {Measure(kind, baseline + sign * 4 * step)} in 2020");
                    if (rng.Next(3) == 0) L($"  tolerantie: {2 + rng.Next(8)}%");
                }
                L($"  sectie: §{c}.3");
                if (rng.Next(2) == 0) L($"  toelichting: {Quote(Prose(1, 3))}");
                L("}");
            }
            L();
            L($"spanning Spanning{s} \"Lagere kosten mogen de kwaliteit van de ondersteuning niet drukken\" {{");
            L($"  tussen: {goals[0]}, {goals[1]}");
            L($"  toelichting: {Quote(Prose(1, 2))}");
            L("}");
            L();

            // maatregelen
            L($"// ── Maatregelen (§{c}.4) {new string('─', 66)}");
            string[] measureNames = ["Aanpak", "Pilot", "Programma"];
            var measureCount = 2 + rng.Next(2);
            for (var k = 0; k < measureCount; k++)
            {
                L();
                L($"maatregel {measureNames[k]}{s} {Quote(measureNames[k] + " " + name.ToLowerInvariant() + " in de kernen en wijken")} {{");
                L($"  eigenaar: {Pick(Organisations)}");
                L($"  draagt bij aan: {goals[rng.Next(goals.Count)]}");
                L($"  termijn: {2017 + rng.Next(2)} t/m {2019 + rng.Next(2)}");
                L($"  budget: € {Int(25_000 * (1 + rng.Next(40)))}");
                L($"  status: {Quote(rng.Next(2) == 0 ? "in voorbereiding" : "in uitvoering")}");
                L($"  thema: {thema}");
                L($"  sectie: §{c}.4");
                L("}");
            }
            L();

            // risico's
            for (var k = 1; k <= 2; k++)
            {
                var amount = rng.Next(3) == 0 ? $"€ {Dec(1 + rng.Next(50))} mln" : $"€ {Int(10_000 * (5 + rng.Next(200)))}";
                L($"risico R{c}{k:00} \"Het risico dat de vraag naar {Pick(PostNames).ToLowerInvariant()} hoger is dan begroot\" {{");
                L("  gevolg: \"Budgetoverschrijding\"");
                L($"  gebied: {Quote(rng.Next(2) == 0 ? "Financieel" : "Maatschappelijk")}");
                L($"  categorie: {Quote(rng.Next(2) == 0 ? "Extern" : "Intern")}");
                L($"  kans: {1 + rng.Next(5)}");
                L($"  impact: {1 + rng.Next(5)}");
                L($"  bedrag: {amount}");
                L($"  beheersmaatregel: {Quote(Pick(Sentences))}");
                L($"  wet: {Pick(Laws)}");
                L("}");
                L();
            }

            // feiten
            for (var k = 0; k < 3; k++)
            {
                var (indicatorId, kind, _) = indicators[k];
                L($"feit Feit{s}N{k} {Quote(Prose(1, 1))} {{");
                L($"  waarde: {Measure(kind, 20 + rng.Next(60))}");
                L($"  bron: {Quote(Pick(Sources))}");
                L($"  peildatum: {(rng.Next(2) == 0 ? "2015" : "31-12-2015")}");
                L($"  indicator: {indicatorId}");
                L("}");
                L();
            }

            if (c % 3 == 0)
            {
                L($"besluit Besluit{s} {Quote("Het college stelt de uitvoeringsregels voor " + name.ToLowerInvariant() + " vast")} {{");
                L("  soort: bestuursopdracht");
                L($"  datum: {1 + rng.Next(28):00}-{1 + rng.Next(12):00}-2016");
                L("  door: college");
                L($"  onderwerp: {Quote(name)}");
                L("  document: SamenVoorElkaar");
                L($"  thema: {thema}");
                L("}");
                L();
                L($"uitgangspunt Uitgangspunt{s} {Quote("Zelf, met het eigen netwerk en dan buiten het eigen netwerk")} {{");
                L($"  nummer: {c / 3}");
                L("  soort: principe             // principe | kernwaarde | inrichtingsprincipe | uitgangspunt");
                L($"  toelichting: {Quote(Prose(1, 2))}");
                L("}");
                L();
            }

            Budget(c, s);
            Table(c, s);
            if (c % 2 == 0) CountTable(c, s);
            else ChangeTable(c, s);
        }

        // ---- formulas (issue 14): a computed indicator, a change table, claims, a figure tied to cells ----

        private void ComputedIndicator(int c, string s)
        {
            L();
            L($"indicator Gebruikers{s} \"Aantal gebruikers van voorzieningen, {Themes[(c - 1) % Themes.Length].Name.ToLowerInvariant()}\" {{");
            L("  eenheid: aantal \"gebruikers\"");
            L($"  bron: {Quote(Pick(Sources))}");
            L("  polariteit: neutraal");
            L($"  sectie: §{c}.2");
            L("}");
            L();
            L($"indicator Inwoners{s} \"Aantal inwoners van 18 jaar en ouder\" {{");
            L("  eenheid: aantal \"inwoners\"");
            L("  bron: \"CBS Statline\"");
            L("  polariteit: neutraal");
            L($"  sectie: §{c}.2");
            L("}");
            L();
            L($"indicator GebruikPer10000{s} \"Gebruikers per 10.000 inwoners van 18 jaar en ouder\" {{");
            L("  eenheid: per 10.000 \"inwoners\"");
            L($"  polariteit: {(rng.Next(2) == 0 ? "lager is beter" : "neutraal")}");
            L("  bron: \"berekend uit eigen registratie en CBS Statline\"");
            L($"  formule: Gebruikers{s} / Inwoners{s} * 10.000");
            L($"  sectie: §{c}.2");
            L("}");
        }

        /// <summary>A table whose third column is the relative change of the first two, rounded as printed (PL4012 finds nothing).</summary>
        private void ChangeTable(int c, string s)
        {
            L($"// Bijlage B{c}: ontwikkeling van de werkloosheid; de laatste kolom is de relatieve verandering.");
            L($"tabel Werkloosheid{s} \"Ontwikkeling werkloze beroepsbevolking\" {{");
            L($"  sectie: §B{c}");
            L("  bron: \"UWV\"");
            L("  kolommen: \"jul-10\", \"aug-15\", \"verschil in procenten\"");
            L("  formule: [3] = verandering([1], [2])");
            for (var k = 0; k < 4; k++)
            {
                var before = 500 + rng.Next(20_000);
                var after = before + rng.Next(before) - before / 4;
                // whole percent, rounded half away from zero; a value on the half is nudged off it so no rounding rule is in doubt
                if ((after - before) * 200L % before == 0 && (after - before) * 200L / before % 2 != 0) after++;
                var percent = Math.Round((decimal)(after - before) * 100 / before, MidpointRounding.AwayFromZero);
                L($"  rij {Quote(Pick(GemeenteNames) + (k + 1).ToString(CultureInfo.InvariantCulture))}: {Int(before)}, {Int(after)}, {Int((long)percent)}%");
            }
            L("}");
            L();
        }

        // ---- begroting with nested posts whose amounts add up ----

        private const int Years = 4; // jaren: 2017 t/m 2020

        private void Budget(int c, string s)
        {
            L($"// ── Begroting (§{c}.5): bedragen in hele euro's, gecontroleerd: de posten tellen op. ─────────");
            L($"begroting Begroting{s} \"Programma {c} {Themes[(c - 1) % Themes.Length].Name}\" {{");
            L("  jaren: 2017 t/m 2020");
            L($"  sectie: §{c}.5");
            var total = new long[Years];
            var topCount = 3 + rng.Next(2);
            for (var k = 1; k <= topCount; k++)
            {
                var amounts = Post(depth: 1, $"P{c}_{k}", $"{c}.{k} {Pick(PostNames)}");
                for (var y = 0; y < Years; y++) total[y] += amounts[y];
            }
            var revenue = LeafAmounts(50_000, 400_000).Select(a => -a).ToArray();
            L($"  post \"Eigen bijdragen\": {Money(revenue)} {{ soort: opbrengst }}");
            for (var y = 0; y < Years; y++) total[y] += revenue[y];
            L($"  totaal: {Money(total)}");
            L("}");
            L();
        }

        private long[] Post(int depth, string? id, string title)
        {
            var indent = new string(' ', 2 * depth);
            var childCount = depth >= 3 ? 0 : depth == 1 ? 2 + rng.Next(3) : (rng.Next(3) == 0 ? 2 : 0);
            if (childCount == 0)
            {
                var leaf = LeafAmounts(20_000, 900_000);
                var block = rng.Next(6) == 0 ? $" {{ wet: {Pick(Laws)} }}" : "";
                L($"{indent}post {(id is null ? "" : id + " ")}{Quote(title)}: {Money(leaf)}{block}");
                return leaf;
            }

            // The parent's amounts are the sum of its children: write the children first, then move
            // their text behind the parent line (their lines are already counted).
            var start = _sb.Length;
            var sums = new long[Years];
            for (var k = 1; k <= childCount; k++)
            {
                var amounts = Post(depth + 1, null, Pick(PostNames) + (depth > 1 ? " (deel " + k + ")" : ""));
                for (var y = 0; y < Years; y++) sums[y] += amounts[y];
            }
            var children = _sb.ToString(start, _sb.Length - start);
            _sb.Length = start;
            L($"{indent}post {(id is null ? "" : id + " ")}{Quote(title)}: {Money(sums)} {{");
            _sb.Append(children);
            L($"{indent}}}");
            return sums;
        }

        private long[] LeafAmounts(int min, int max)
        {
            var first = (long)(min + rng.Next(max - min));
            var amounts = new long[Years];
            for (var y = 0; y < Years; y++)
                amounts[y] = first + first * (rng.Next(7) - 2) / 100 * y; // -2% … +4% per year
            return amounts;
        }

        // ---- tabel with som/verschil/cumulatief rows ----

        private void Table(int c, string s)
        {
            const int columns = 6; // 2015 … 2020
            var rowNames = new[] { "Wmo", "Jeugd", "Participatie" };
            var rows = rowNames.Select(_ =>
            {
                var row = new long[columns];
                long value = 2_000 + rng.Next(9_000);  // thousands of euros, falling a little every year
                for (var i = 0; i < columns; i++, value -= rng.Next(400)) row[i] = value * 1_000;
                return row;
            }).ToArray();
            var totaal = Enumerable.Range(0, columns).Select(i => rows.Sum(r => r[i])).ToArray();
            var daling = Enumerable.Range(0, columns).Select(i => i == 0 ? 0 : totaal[i] - totaal[i - 1]).ToArray();

            L($"// ── Tabel (§{c}.6) ───────────────────────────────────────────────────────────────────────────");
            L("// Gecontroleerd: de drie onderdelen tellen op tot TOTAAL; de daling is het verschil met het");
            L("// voorgaande jaar en de cumulatieve daling is de lopende som daarvan.");
            L($"tabel Uitkering{s} \"Algemene Uitkering, onderdeel {Themes[(c - 1) % Themes.Length].Name.ToLowerInvariant()}\" {{");
            L($"  sectie: §{c}.6");
            L("  eenheid: euro");
            L($"  toelichting: {Quote(Prose(1, 2))}");
            L("  kolommen: 2015, 2016, 2017, 2018, 2019, 2020");
            for (var r = 0; r < rows.Length; r++)
                L($"  rij Au{rowNames[r]}{s} \"{rowNames[r]} nieuwe taken\": {Money(rows[r])}");
            L($"  rij AuTotaal{s} \"TOTAAL\": {Money(totaal)} {{");
            L($"    som van: {string.Join(", ", rowNames.Select(n => "Au" + n + s))}");
            L("  }");
            L($"  rij AuDaling{s} \"daling ten opzichte van voorgaand jaar\": -, {Money(daling.Skip(1))} {{");
            L($"    verschil van: AuTotaal{s}");
            L("  }");
            long running = 0;
            var cumulative = daling.Skip(1).Select(d => running += d).ToArray();
            L($"  rij \"cumulatieve daling\": -, {Money(cumulative)} {{");
            L($"    cumulatief van: AuDaling{s}");
            L("  }");
            var saldo = Enumerable.Range(0, columns).Select(i => rows[1][i] + rows[2][i]).ToArray();
            L($"  rij AuOverig{s} \"Jeugd en participatie samen\": {Money(saldo)} {{");
            L($"    formule: AuJeugd{s} + AuParticipatie{s}");
            L("  }");
            L("}");
            L();
            L($"// bron: \"De uitkering daalt in elk jaar van de periode, maar blijft boven nul.\"");
            L($"bewering Daalt{s} \"De uitkering voor {Themes[(c - 1) % Themes.Length].Name.ToLowerInvariant()} blijft in elk jaar boven nul.\" {{");
            L($"  formule: elk(AuTotaal{s} vanaf 2016) > 0 en AuTotaal{s}[2020] <= AuTotaal{s}[2015]");
            L($"  sectie: §{c}.6");
            L("}");
            L();
            L($"feit Korting{s} \"De uitkering daalt in 2016 ten opzichte van 2015.\" {{");
            L($"  waarde: € {Int(totaal[0] - totaal[1])}");
            L("  peildatum: 2016");
            L($"  gelijk aan: Uitkering{s}.AuTotaal{s}[2015] - Uitkering{s}.AuTotaal{s}[2016]");
            L($"  sectie: §{c}.6");
            L("}");
            L();
        }

        private void CountTable(int c, string s)
        {
            L($"tabel Clienten{s} \"Aantal cliënten per voorziening, peildatum 31 december\" {{");
            L($"  sectie: §B{c}");
            L("  eenheid: aantal \"cliënten\"");
            L("  peildatum: 31-12-2016");
            L("  kolommen: 2014, 2015, 2016");
            for (var k = 0; k < 4; k++)
            {
                var n = 100 + rng.Next(3_000);
                L($"  rij {Quote(Pick(PostNames))}: {Int(n)}, {Int(n + rng.Next(200) - 80)}, {Int(n + rng.Next(300) - 100)}");
            }
            L("}");
            L();
        }

        // ---- literal formatting (Dutch: '.' groups thousands, ',' is the decimal comma) ----

        private string Measure(int kind, int baseline) => kind switch
        {
            0 => $"{Math.Clamp(baseline, 1, 99)}%",
            1 => Int(baseline * 37),
            2 => Dec(50 + baseline / 2),  // rapportcijfer 5,2 … 9,7, monotone in the baseline
            _ => "€ " + Int(baseline * 250),
        };

        private static string Money(IEnumerable<long> amounts) => string.Join(", ", amounts.Select(a => "€ " + Int(a)));

        internal static string Int(long value)
        {
            var digits = Math.Abs(value).ToString(CultureInfo.InvariantCulture);
            var sb = new StringBuilder(digits.Length + digits.Length / 3 + 1);
            if (value < 0) sb.Append('-');
            for (var i = 0; i < digits.Length; i++)
            {
                if (i > 0 && (digits.Length - i) % 3 == 0) sb.Append('.');
                sb.Append(digits[i]);
            }
            return sb.ToString();
        }

        /// <summary>tenths / 10 with a decimal comma: Dec(71) = "7,1".</summary>
        private static string Dec(int tenths) =>
            tenths % 10 == 0 ? Int(tenths / 10) : Int(tenths / 10) + "," + (tenths % 10).ToString(CultureInfo.InvariantCulture);
    }
}

/// <summary>
/// SplitMix64: tiny, fast and identical on every runtime (System.Random's seeded sequence is not a
/// contract), so generated benchmark inputs are the same byte for byte everywhere.
/// </summary>
public sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    /// <summary>A number in [0, maxExclusive).</summary>
    public int Next(int maxExclusive)
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (int)(z % (ulong)maxExclusive);
    }
}
