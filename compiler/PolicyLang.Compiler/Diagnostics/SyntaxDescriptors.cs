using static PolicyLang.Diagnostics.DiagnosticSeverity;

namespace PolicyLang.Diagnostics;

/// <summary>The PL1xxx diagnostics: what the lexer and the parser report (made through <see cref="DiagnosticBuilder"/>).</summary>
public static class SyntaxDescriptors
{
    public static readonly DiagnosticDescriptor UnterminatedString = new("PL1001", Error,
        "Tekst niet afgesloten", "Unterminated string",
        "Tekst is niet afgesloten: het afsluitende \" ontbreekt voor het einde van de regel.",
        "Unterminated string: the closing \" is missing before the end of the line.");

    public static readonly DiagnosticDescriptor InvalidNumber = new("PL1002", Error,
        "Ongeldig getal", "Invalid number",
        "'{0}' is geen geldig getal. Groepeer duizendtallen met '.' of '_' in groepen van drie cijfers en gebruik een komma als decimaalteken (7,1).",
        "'{0}' is not a valid number. Group thousands with '.' or '_' in groups of three digits and use a comma as the decimal separator (7,1).");

    public static readonly DiagnosticDescriptor UnexpectedCharacter = new("PL1003", Error,
        "Onverwacht teken", "Unexpected character",
        "Onverwacht teken '{0}'.",
        "Unexpected character '{0}'.");

    public static readonly DiagnosticDescriptor UnexpectedToken = new("PL1004", Error,
        "Onverwacht symbool", "Unexpected token",
        "'{0}' staat hier niet op zijn plaats; verwacht werd een element (zoals doel of indicator) of een veld (naam: waarde).",
        "'{0}' is out of place; expected an element (such as doel or indicator) or a field (name: value).");

    /// <summary>{1}: the "did you mean" sentence, or nothing.</summary>
    public static readonly DiagnosticDescriptor UnknownElementKind = new("PL1005", Error,
        "Onbekend soort element", "Unknown element kind",
        "Onbekend soort element '{0}'.{1}",
        "Unknown element kind '{0}'.{1}");

    public static readonly DiagnosticDescriptor ExpectedToken = new("PL1006", Error,
        "Symbool verwacht", "Expected token",
        "'{0}' verwacht, maar '{1}' gevonden.",
        "Expected '{0}' but found '{1}'.");

    public static readonly DiagnosticDescriptor UnclosedBlock = new("PL1007", Error,
        "Blok niet gesloten", "Unclosed block",
        "Het blok van '{0}' is niet gesloten: een '}}' ontbreekt.",
        "The block of '{0}' is not closed: a '}}' is missing.");

    public static readonly DiagnosticDescriptor MissingValue = new("PL1008", Error,
        "Waarde ontbreekt", "Missing value",
        "Waarde verwacht voor '{0}'.",
        "Expected a value for '{0}'.");

    public static readonly DiagnosticDescriptor EmptySection = new("PL1009", Error,
        "Lege sectieverwijzing", "Empty section reference",
        "Een sectieverwijzing heeft een nummer nodig, zoals §4.1.",
        "A section reference needs a number, such as §4.1.");

    /// <summary>{0}: the whole Dutch message, {1}: the English one, both made by <see cref="DiagnosticBuilder.ElementNotAllowedHere"/> (its place text is translated there).</summary>
    public static readonly DiagnosticDescriptor ElementNotAllowedHere = new("PL1010", Error,
        "Element niet toegestaan op deze plaats", "Element not allowed here",
        "{0}",
        "{1}");

    public static readonly DiagnosticDescriptor FieldOutsideElement = new("PL1011", Error,
        "Veld buiten een element", "Field outside an element",
        "Het veld '{0}' staat buiten een element; zet het tussen de {{ }} van een element.",
        "The field '{0}' stands outside an element; put it between the {{ }} of an element.");

    public static readonly DiagnosticDescriptor NestingTooDeep = new("PL1012", Error,
        "Te diep genest", "Nesting too deep",
        "Posten zijn hier dieper dan {0} niveaus genest; de rest van dit blok wordt overgeslagen.",
        "Posts are nested deeper than {0} levels here; the rest of this block is skipped.");

    /// <summary>{0}: the token found, {1}: what was expected (FormulaExpectations).</summary>
    public static readonly DiagnosticDescriptor FormulaUnexpectedToken = new("PL1062", Error,
        "Fout in formule", "Error in formula",
        "In de formule staat '{0}' waar {1} verwacht werd.",
        "The formula has '{0}' where {1} was expected.");

    /// <summary>{0}: what was expected.</summary>
    public static readonly DiagnosticDescriptor FormulaIncomplete = new("PL1063", Error,
        "Formule onvolledig", "Incomplete formula",
        "De formule houdt op waar {0} verwacht werd.",
        "The formula stops where {0} was expected.");

    public static readonly DiagnosticDescriptor TooManySyntaxErrors = new("PL1013", Error,
        "Te veel syntaxfouten", "Too many syntax errors",
        "Dit bestand heeft meer dan {0} syntaxfouten: alleen de eerste {0} zijn gemeld en het bestand wordt verder niet gecontroleerd. Herstel eerst de eerste fouten.",
        "This file has more than {0} syntax errors: only the first {0} are reported and the file is not checked further. Fix the first errors first.");
}
