using System.Text.Json;
using PolicyLang.LanguageServer.Workspace;

namespace PolicyLang.LanguageServer.Tests.Features;

/// <summary>A small two-file kader in memory: doelen.beleid (opened by tests) and indicatoren.beleid beside it.</summary>
internal static class Fixture
{
    public const string Folder = "/kaders/demo";
    public static readonly string DoelenPath = Folder + "/doelen.beleid";
    public static readonly string IndicatorenPath = Folder + "/indicatoren.beleid";
    public static readonly string BegrotingPath = Folder + "/begroting.beleid";
    public static readonly string OptionsPath = Folder + "/policylang.json";

    public static string DoelenUri => DocumentUris.FromPath(DoelenPath);
    public static string IndicatorenUri => DocumentUris.FromPath(IndicatorenPath);
    public static string BegrotingUri => DocumentUris.FromPath(BegrotingPath);
    public static string OptionsUri => DocumentUris.FromPath(OptionsPath);

    public const string Doelen =
        "kader Demo \"Beleidsplan Demo 2017-2020\" {\n" +       // 0
        "  gemeente: \"Demostad\"\n" +                           // 1
        "  periode: 2017 t/m 2020\n" +                           // 2
        "  wetten: Participatiewet\n" +                          // 3
        "}\n" +                                                  // 4
        "\n" +                                                   // 5
        "ambitie Meedoen \"Alle inwoners doen mee\" {\n" +        // 6
        "  meetbaar: nee\n" +                                    // 7
        "}\n" +                                                  // 8
        "\n" +                                                   // 9
        "doel MinderBijstand \"Minder inwoners in de bijstand\" {\n" + // 10
        "  draagt bij aan: Meedoen\n" +                          // 11
        "  wet: Participatiewet\n" +                             // 12
        "  indicator: Bijstand\n" +                              // 13
        "  nulmeting: 410 in 2015\n" +                           // 14
        "  streefwaarde: maximaal 370 in 2020\n" +               // 15
        "}\n";                                                   // 16

    public const string Indicatoren =
        "indicator Bijstand \"Personen met een bijstandsuitkering\" {\n" + // 0
        "  eenheid: per 10.000 \"inwoners 18 jaar en ouder\"\n" +           // 1
        "  bron: \"CBS Statline\"\n" +                                      // 2
        "  polariteit: lager is beter\n" +                                  // 3
        "}\n";

    public const string Begroting =
        "begroting Programma6 \"Programma 6 Sociaal Domein\" {\n" +        // 0
        "  jaren: 2017 t/m 2018\n" +                                        // 1
        "  post P66 \"Maatwerk\": € 300, € 400 {\n" +                       // 2
        "    post \"Rolstoelen\": € 100, € 150\n" +                         // 3
        "    post \"Vervoer\": € 200, € 250\n" +                            // 4
        "  }\n" +                                                           // 5
        "  post \"Eigen bijdragen\": € -50, € -60 { soort: opbrengst }\n" + // 6
        "  totaal: € 250, € 340\n" +                                        // 7
        "}\n";

    /// <summary>Two doelen pushing opposite ways (costs down, satisfaction level): rule PL3019 without a spanning.</summary>
    public const string Tension =
        "\nindicator KostenPerClient \"Kosten per cliënt Wmo\" { eenheid: euro per \"cliënt\" bron: \"eigen administratie\" categorie: kosten polariteit: lager is beter }\n" +
        "indicator Tevredenheid \"Tevredenheid over de toegang\" { eenheid: rapportcijfer bron: \"onderzoek\" categorie: kwaliteit polariteit: hoger is beter }\n" +
        "doel LagereKosten \"De kosten per cliënt dalen\" { draagt bij aan: Meedoen indicator: KostenPerClient nulmeting: € 4.100 in 2015 richting: afname }\n" +
        "doel TevredenToegang \"De tevredenheid blijft minimaal gelijk\" { draagt bij aan: Meedoen indicator: Tevredenheid nulmeting: 7,1 in 2015 richting: behoud }\n";

    public static InMemoryFileSystem FileSystem(bool withBegroting = false)
    {
        var fs = new InMemoryFileSystem();
        fs.Files[DoelenPath] = Doelen;
        fs.Files[IndicatorenPath] = Indicatoren;
        if (withBegroting) fs.Files[BegrotingPath] = Begroting;
        return fs;
    }

    public static object Position(string uri, int line, int character) =>
        new { textDocument = new { uri }, position = new { line, character } };

    public static IEnumerable<string> Labels(JsonElement completion) =>
        completion.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("label").GetString()!);

    /// <summary>Applies LSP text edits (non-overlapping) to a text.</summary>
    public static string Apply(string text, IEnumerable<JsonElement> edits)
    {
        var source = new PolicyLang.Text.SourceText(text);
        var spans = edits.Select(e =>
        {
            var range = e.GetProperty("range");
            int Offset(JsonElement p) => source.GetOffset(new PolicyLang.Text.LinePosition(p.GetProperty("line").GetInt32(), p.GetProperty("character").GetInt32()));
            return (Start: Offset(range.GetProperty("start")), End: Offset(range.GetProperty("end")), Text: e.GetProperty("newText").GetString()!);
        }).OrderByDescending(e => e.Start).ToList();
        foreach (var (start, end, newText) in spans) text = text[..start] + newText + text[end..];
        return text;
    }
}
