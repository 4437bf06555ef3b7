using System.CommandLine;
using PolicyLang.Cli;
using PolicyLang.Diagnostics;

// Exit codes: 0 = no errors, 1 = the sources have errors, 2 = usage or I/O problem (one line, no stack trace).
Console.OutputEncoding = System.Text.Encoding.UTF8;

var taalOption = new Option<string>("--taal") { Description = "Taal van meldingen: nl (standaard) of en", DefaultValueFactory = _ => "nl" };
taalOption.AcceptOnlyFromAmong("nl", "en");

var pathsArgument = new Argument<string[]>("paden") { Description = "Bestanden of mappen met .beleid-bestanden", Arity = ArgumentArity.OneOrMore };
var formatOption = new Option<string>("--format") { Description = "Uitvoer: text (standaard), json of sarif", DefaultValueFactory = _ => "text" };
formatOption.AcceptOnlyFromAmong("text", "json", "sarif");

var check = new Command("check", "Controleer beleidskaders en toon de meldingen") { pathsArgument, formatOption, taalOption };
check.SetAction(result => Guard(result.GetValue(taalOption), taal =>
    CheckCommand.Run(result.GetValue(pathsArgument) ?? [], result.GetValue(formatOption) ?? "text", taal, Console.Out)));

// --- fmt: the same formatter as the language server ---
var fmtPaths = new Argument<string[]>("paden") { Description = "Bestanden of mappen met .beleid-bestanden", Arity = ArgumentArity.OneOrMore };
var fmtCheck = new Option<bool>("--check") { Description = "Niets schrijven; exitcode 1 als een bestand niet opgemaakt is" };
var fmtTaal = new Option<string>("--taal") { Description = "Taal van meldingen: nl (standaard) of en", DefaultValueFactory = _ => "nl" };
fmtTaal.AcceptOnlyFromAmong("nl", "en");
var fmt = new Command("fmt", "Maak .beleid-bestanden op (inspringen, spaties, lege regels)") { fmtPaths, fmtCheck, fmtTaal };
fmt.SetAction(result => Guard(result.GetValue(fmtTaal), taal =>
    FmtCommand.Run(result.GetValue(fmtPaths) ?? [], result.GetValue(fmtCheck), taal, Console.Out)));

// --- build and monitor (back end, issue 4) ----------------------------------------------------
var folderArgument = new Argument<string>("map") { Description = "Map met de .beleid-bestanden van één kader" };
var outputOption = new Option<string>("--output", "-o") { Description = "Map voor de monitor-.dll en -.pdb", DefaultValueFactory = _ => "." };
var csharpOption = new Option<bool>("--csharp") { Description = "Schrijf ook de gegenereerde C# (ter inzage)" };
var meldingenOption = new Option<bool>("--meldingen") { Description = "Toon ook de waarschuwingen en meldingen als het kader gebouwd wordt (voor MSBuild en CI-logs)" };
var build = new Command("build", "Compileer een kader tot een monitor-assembly (.dll + .pdb)") { folderArgument, outputOption, csharpOption, meldingenOption, taalOption };
build.SetAction(result => Guard(result.GetValue(taalOption), taal =>
    BuildCommand.Run(result.GetValue(folderArgument)!, result.GetValue(outputOption)!, result.GetValue(csharpOption), taal, Console.Out, result.GetValue(meldingenOption))));

var sourceArgument = new Argument<string>("bron") { Description = "Map met een kader, of een gebouwde monitor-.dll" };
var metingenOption = new Option<string>("--metingen") { Description = "Metingen als CSV of JSON (indicator, periode, waarde[, gemeente, bron, status])", Required = true };
var peiljaarOption = new Option<int?>("--peiljaar") { Description = "Beoordeel met de metingen tot en met dit jaar (standaard: het laatste jaar in de metingen)" };
var rapportOption = new Option<string?>("--rapport") { Description = "Schrijf het stoplichtrapport: HTML, of Markdown (.md) of JSON (.json) naar de extensie" };
var jsonOption = new Option<string?>("--json") { Description = "Schrijf het resultaat als JSON" };
var markdownOption = new Option<string?>("--markdown") { Description = "Schrijf het rapport als Markdown" };
var faalOption = new Option<string?>("--faal-bij") { Description = "Exitcode 3 als een doel deze kleur (of erger) heeft: rood of oranje; of met toelichting: als een rood of oranje doel geen toelichting heeft" };
faalOption.AcceptOnlyFromAmong("rood", "oranje", MonitorCommand.FailOnExplanation);
var gemeenteOption = new Option<string?>("--gemeente") { Description = "Neem alleen metingen van deze gemeente (bij een gezamenlijk kader)" };
var monitor = new Command("monitor", "Draai de monitor op metingen en toon per doel het stoplicht")
    { sourceArgument, metingenOption, peiljaarOption, rapportOption, jsonOption, markdownOption, faalOption, gemeenteOption, taalOption };
monitor.SetAction(result => Guard(result.GetValue(taalOption), taal => MonitorCommand.Run(new MonitorOptions(
    result.GetValue(sourceArgument)!, result.GetValue(metingenOption)!, result.GetValue(peiljaarOption),
    result.GetValue(rapportOption), result.GetValue(jsonOption), result.GetValue(markdownOption),
    result.GetValue(faalOption), result.GetValue(gemeenteOption), taal), Console.Out, Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings
    {
        // Plain text when the output goes to a file or a CI log; colours on a terminal.
        Ansi = Console.IsOutputRedirected ? Spectre.Console.AnsiSupport.No : Spectre.Console.AnsiSupport.Detect,
        ColorSystem = Console.IsOutputRedirected ? Spectre.Console.ColorSystemSupport.NoColors : Spectre.Console.ColorSystemSupport.Detect,
    }))));
// --- end build and monitor ----------------------------------------------------------------------

// --- test: pin the monitor's judgement (docs/monitoring.md §10) ---
var testPaths = new Argument<string[]>("mappen") { Description = "Kadermappen met .beleidtest-bestanden (in de map of in tests/)", Arity = ArgumentArity.OneOrMore };
var testTaal = new Option<string>("--taal") { Description = "Taal van meldingen: nl (standaard) of en", DefaultValueFactory = _ => "nl" };
testTaal.AcceptOnlyFromAmong("nl", "en");
var test = new Command("test", "Toets de monitor: geven deze metingen de verwachte status per doel?") { testPaths, testTaal };
test.SetAction(result => Guard(result.GetValue(testTaal), taal => TestCommand.Run(result.GetValue(testPaths) ?? [], taal, Console.Out)));


var root = new RootCommand("PolicyLang: beleidskaders controleren, compileren en monitoren") { check, fmt, build, monitor, test };

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    Console.Error.WriteLine("policylang: " + parsed.Errors[0].Message.Split('\n')[0].Trim());
    return 2;
}
return parsed.Invoke();

static int Guard(string? taalText, Func<Taal, int> action)
{
    var taal = taalText == "en" ? Taal.En : Taal.Nl;
    try
    {
        return action(taal);
    }
    catch (UserError e)
    {
        Console.Error.WriteLine("policylang: " + (taal == Taal.En ? e.En : e.Nl));
        return 2;
    }
    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
    {
        Console.Error.WriteLine("policylang: " + e.Message);
        return 2;
    }
}
