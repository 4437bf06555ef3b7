using static PolicyLang.Diagnostics.DiagnosticSeverity;

namespace PolicyLang.Diagnostics;

/// <summary>
/// The PL6xxx diagnostics: problems in policylang.json and in suppression comments (made through
/// <see cref="DiagnosticBuilder"/>).
/// </summary>
public static class ConfigurationDescriptors
{
    public static readonly DiagnosticDescriptor InvalidConfigJson = new("PL6001", Error,
        "Ongeldige JSON", "Invalid JSON",
        "policylang.json is geen geldige JSON: {0}",
        "policylang.json is not valid JSON: {0}");

    /// <summary>{1}: the "did you mean" sentence, or nothing.</summary>
    public static readonly DiagnosticDescriptor UnknownConfigKey = new("PL6002", Warning,
        "Onbekende instelling", "Unknown setting",
        "Onbekende instelling '{0}' in policylang.json.{1}",
        "Unknown setting '{0}' in policylang.json.{1}");

    /// <summary>{1}: the "did you mean" sentence, or nothing.</summary>
    public static readonly DiagnosticDescriptor UnknownRuleCode = new("PL6003", Warning,
        "Onbekende regelcode", "Unknown rule code",
        "'{0}' is geen code van een analyseregel.{1}",
        "'{0}' is not the code of an analysis rule.{1}");

    public static readonly DiagnosticDescriptor InvalidRuleLevel = new("PL6004", Warning,
        "Ongeldig niveau", "Invalid level",
        "'{0}' is geen niveau; kies uit \"uit\", \"info\", \"waarschuwing\" of \"fout\".",
        "'{0}' is not a level; choose \"off\", \"info\", \"warning\" or \"error\".");

    public static readonly DiagnosticDescriptor CompilerDiagnosticNotConfigurable = new("PL6005", Warning,
        "Compilermelding niet instelbaar", "Compiler diagnostic not configurable",
        "{0} is een compilermelding (taal of verwijzing), geen analyseregel; het niveau ervan ligt vast.",
        "{0} is a compiler diagnostic (language or reference), not an analysis rule; its level is fixed.");

    /// <summary>{1}: what the value must be.</summary>
    public static readonly DiagnosticDescriptor InvalidConfigValue = new("PL6006", Warning,
        "Ongeldige waarde in policylang.json", "Invalid value in policylang.json",
        "De waarde van '{0}' in policylang.json moet {1} zijn.",
        "The value of '{0}' in policylang.json must be {1}.");

    public static readonly DiagnosticDescriptor CannotSuppressCompilerDiagnostic = new("PL6007", Warning,
        "Compilermelding niet te onderdrukken", "Compiler diagnostic cannot be suppressed",
        "{0} is een compilermelding en kan niet onderdrukt worden; los de oorzaak op.",
        "{0} is a compiler diagnostic and cannot be suppressed; fix its cause.");

    /// <summary>{1}: the "did you mean" sentence, or nothing.</summary>
    public static readonly DiagnosticDescriptor UnknownSuppressedCode = new("PL6008", Warning,
        "Onbekende code in onderdrukking", "Unknown code in suppression",
        "'{0}' is geen code van een analyseregel; deze onderdrukking doet niets.{1}",
        "'{0}' is not the code of an analysis rule; this suppression does nothing.{1}");
}
