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

var root = new RootCommand("PolicyLang: beleidskaders controleren, compileren en monitoren") { check, fmt };

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
