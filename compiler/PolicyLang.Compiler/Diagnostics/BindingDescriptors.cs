using static PolicyLang.Diagnostics.DiagnosticSeverity;

namespace PolicyLang.Diagnostics;

/// <summary>The PL2xxx diagnostics: ids, references, fields and their values (made through <see cref="DiagnosticBuilder"/>).</summary>
public static class BindingDescriptors
{
    /// <summary>{1}: the "did you mean" sentence, or nothing.</summary>
    public static readonly DiagnosticDescriptor UndefinedReference = new("PL2001", Error,
        "Niet gedefinieerd", "Undefined reference",
        "'{0}' is niet gedefinieerd.{1}",
        "'{0}' is not defined.{1}");

    public static readonly DiagnosticDescriptor DuplicateId = new("PL2002", Error,
        "Naam dubbel gebruikt", "Duplicate id",
        "De naam '{0}' is al gebruikt voor een ander element.",
        "The name '{0}' is already used for another element.");

    /// <summary>{1}: the kind it is, {2}: the kinds expected (English with an article).</summary>
    public static readonly DiagnosticDescriptor WrongKind = new("PL2003", Error,
        "Verkeerd soort element", "Wrong kind of element",
        "'{0}' is een {1}, maar hier wordt een {2} verwacht.",
        "'{0}' is {1}, but {2} is expected here.");

    public static readonly DiagnosticDescriptor HierarchyCycle = new("PL2004", Error,
        "Kringverwijzing in de doelenboom", "Hierarchy cycle",
        "'draagt bij aan' vormt een kringverwijzing: {0}.",
        "'draagt bij aan' forms a cycle: {0}.");

    /// <summary>{1}: the element kind (English capitalised, with an article), {2}: the "did you mean" sentence, or nothing.</summary>
    public static readonly DiagnosticDescriptor UnknownField = new("PL2005", Error,
        "Onbekend veld", "Unknown field",
        "Een {1} kent geen veld '{0}'.{2}",
        "{1} has no field '{0}'.{2}");

    public static readonly DiagnosticDescriptor DuplicateField = new("PL2006", Error,
        "Veld dubbel", "Duplicate field",
        "Het veld '{0}' staat hier al eerder.",
        "The field '{0}' was already given.");

    /// <summary>{0}: the value as written, {1}: the field, {2}: what the field takes.</summary>
    public static readonly DiagnosticDescriptor InvalidValue = new("PL2007", Error,
        "Ongeldige waarde", "Invalid value",
        "'{0}' is geen geldige waarde voor '{1}': verwacht {2}.",
        "'{0}' is not a valid value for '{1}': expected {2}.");

    /// <summary>{0}: the element kind, {1}: the same in English, capitalised with an article.</summary>
    public static readonly DiagnosticDescriptor MissingId = new("PL2008", Error,
        "Naam ontbreekt", "Missing id",
        "Een {0} heeft een naam nodig (bijvoorbeeld: {0} MijnNaam \"titel\"), zodat ernaar verwezen kan worden.",
        "{1} needs a name (for example: {0} MyName \"title\") so it can be referred to.");

    public static readonly DiagnosticDescriptor MissingTitle = new("PL2009", Warning,
        "Titel ontbreekt", "Missing title",
        "{0} '{1}' heeft geen titel; neem de letterlijke tekst uit het beleidsdocument op.",
        "{0} '{1}' has no title; include the verbatim text of the policy document.");

    public static readonly DiagnosticDescriptor TooManyValues = new("PL2010", Error,
        "Te veel waarden", "Too many values",
        "'{0}' heeft één waarde, maar er staan er meer.",
        "'{0}' takes one value, but several are given.");

    public static readonly DiagnosticDescriptor InvalidDate = new("PL2011", Error,
        "Ongeldige datum", "Invalid date",
        "'{0}' is geen bestaande datum.",
        "'{0}' is not a valid date.");

    public static readonly DiagnosticDescriptor YearOutOfRange = new("PL2012", Error,
        "Onwaarschijnlijk jaartal", "Year out of range",
        "'{0}' is geen plausibel jaartal (verwacht 1900 t/m 2100).",
        "'{0}' is not a plausible year (expected 1900 to 2100).");

    public static readonly DiagnosticDescriptor InvertedRange = new("PL2013", Error,
        "Periode loopt achteruit", "Inverted range",
        "De periode {0} t/m {1} loopt achteruit.",
        "The range {0} t/m {1} runs backwards.");

    public static readonly DiagnosticDescriptor MoneyTooPrecise = new("PL2014", Error,
        "Bedrag te nauwkeurig", "Amount too precise",
        "'{0}': bedragen zijn hele euro's of centen (hoogstens twee decimalen).",
        "'{0}': amounts are whole euros or cents (at most two decimals).");

    public static readonly DiagnosticDescriptor MultipleKaders = new("PL2015", Error,
        "Meer dan één kader", "More than one kader",
        "Een map bevat één kader; dit is het tweede.",
        "A folder holds one kader; this is the second.");

    public static readonly DiagnosticDescriptor NoKader = new("PL2016", Warning,
        "Geen kader", "No kader",
        "Deze map bevat geen 'kader'-element; de elementen horen bij geen enkel beleidskader.",
        "This folder has no 'kader' element; its elements belong to no policy framework.");

    /// <summary>{0}: the element kind (English capitalised, with an article).</summary>
    public static readonly DiagnosticDescriptor ValuesNotAllowed = new("PL2017", Error,
        "Geen waarden na de titel", "Values not allowed",
        "Een {0} heeft geen waarden na de titel; alleen een post of rij heeft die. Zet velden tussen {{ }}.",
        "{0} takes no values after its title; only a post or rij does. Put fields between {{ }}.");

    /// <summary>{0}: the element kind (English capitalised, with an article), {1}: the field.</summary>
    public static readonly DiagnosticDescriptor MissingRequiredField = new("PL2018", Error,
        "Verplicht veld ontbreekt", "Missing required field",
        "Een {0} heeft het veld '{1}' nodig.",
        "{0} needs the field '{1}'.");

    public static readonly DiagnosticDescriptor TooFewReferences = new("PL2019", Error,
        "Te weinig verwijzingen", "Too few references",
        "'{0}' noemt ten minste {1} elementen.",
        "'{0}' names at least {1} elements.");

    public static readonly DiagnosticDescriptor NumberTooLarge = new("PL2020", Error,
        "Getal te groot", "Number too large",
        "'{0}' is te groot: een getal of bedrag is hoogstens 10^20 (honderd triljoen).",
        "'{0}' is too large: a number or amount is at most 10^20 (a hundred quintillion).");

    /// <summary>{0}: the id, {1}: the built-in wet's title.</summary>
    public static readonly DiagnosticDescriptor IdOfBuiltinWet = new("PL2021", Error,
        "Naam van een ingebouwde wet", "Name of a built-in wet",
        "De naam '{0}' is al de naam van de ingebouwde wet '{1}'. Geef dit element een andere naam; een verwijzing naar '{0}' wijst nu naar dit element, behalve waar een wet verwacht wordt.",
        "The name '{0}' is already the name of the built-in wet '{1}'. Give this element another name; a reference to '{0}' now points at this element, except where a wet is expected.");
}
