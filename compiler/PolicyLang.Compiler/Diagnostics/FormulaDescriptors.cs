using static PolicyLang.Diagnostics.DiagnosticSeverity;

namespace PolicyLang.Diagnostics;

/// <summary>PL2071–PL2076: what the formula binder (Binding/Formulas) reports about names, units and types.</summary>
public static class FormulaDescriptors
{
    /// <summary>{0}: the name, {1}: the "did you mean" sentence or nothing.</summary>
    public static readonly DiagnosticDescriptor UnknownName = new("PL2071", Error,
        "Onbekende naam in formule", "Unknown name in formula",
        "De formule noemt '{0}', maar dat is geen rij, tabel, feit, indicator of post.{1}",
        "The formula names '{0}', but that is no row, table, fact, indicator or post.{1}");

    /// <summary>{0}: the operator, {1}: left unit, {2}: right unit.</summary>
    public static readonly DiagnosticDescriptor UnitMismatch = new("PL2072", Error,
        "Eenheden passen niet", "Units do not match",
        "'{0}' van {1} en {2} kan niet: de eenheden passen niet bij elkaar.",
        "'{0}' of {1} and {2} is not possible: the units do not match.");

    /// <summary>{0}: the operator, {1}: what it needs.</summary>
    public static readonly DiagnosticDescriptor WrongOperand = new("PL2073", Error,
        "Verkeerd soort waarde in formule", "Wrong kind of value in formula",
        "'{0}' werkt op {1}.",
        "'{0}' works on {1}.");

    /// <summary>{0}: the field, {1}: what it needs, {2}: what the formula gives.</summary>
    public static readonly DiagnosticDescriptor WrongResult = new("PL2074", Error,
        "Formule past niet bij het veld", "Formula does not fit its field",
        "'{0}' vraagt {1}, maar de formule geeft {2}.",
        "'{0}' needs {1}, but the formula gives {2}.");

    /// <summary>{0}: the function, {1}: what it takes.</summary>
    public static readonly DiagnosticDescriptor WrongArguments = new("PL2075", Error,
        "Verkeerde argumenten", "Wrong arguments",
        "'{0}' neemt {1}.",
        "'{0}' takes {1}.");

    /// <summary>{0}: the column as written, {1}: the element, {2}: how many columns it has.</summary>
    public static readonly DiagnosticDescriptor UnknownColumn = new("PL2076", Error,
        "Onbekende kolom", "Unknown column",
        "'{1}' heeft geen kolom '{0}' (wel {2} kolommen).",
        "'{1}' has no column '{0}' (it has {2} columns).");
}
