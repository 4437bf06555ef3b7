namespace PolicyLang.Binding.Vocabulary;

public enum Frequency { Yearly, HalfYearly, Quarterly, Monthly, Biennial, Quadrennial, Once }
public enum IndicatorCategory { Costs, Quality, Access, Participation, Health, Safety, Finances, Usage }
public enum KaderStatus { Draft, Adopted }
/// <summary>Balance: a saldo, resultaat or verschil line, negative by nature when the lasten exceed the baten.</summary>
public enum LineKind { Expense, Revenue, Balance }
public enum PrincipleKind { Principle, CoreValue, DesignPrinciple, StartingPoint }
/// <summary>What an uitgangspunt puts first: the budget (a ceiling) or the support (the finances follow). Issue 15 item 6.</summary>
public enum PrincipleLead { Budget, Support }
public enum DecisionKind { Decision, Assignment, Motion, Amendment, Regulation }

/// <summary>The choice lists of ElementSchemas (choices are case-insensitive: the binder keeps the Dutch form).</summary>
public static partial class ValueWords
{
    public static readonly WordTable<Frequency> Frequencies = new("frequency", "frequentie", caseSensitive: false,
        new(Frequency.Yearly, "jaarlijks", "yearly"),
        new(Frequency.HalfYearly, "halfjaarlijks", "half-yearly"),
        new(Frequency.Quarterly, "kwartaal", "quarterly"),
        new(Frequency.Monthly, "maandelijks", "monthly"),
        new(Frequency.Biennial, "tweejaarlijks", "every two years"),
        new(Frequency.Quadrennial, "vierjaarlijks", "every four years"),
        new(Frequency.Once, "eenmalig", "once"));

    /// <summary>An indicator's categorie (what the tension analysis compares).</summary>
    public static readonly WordTable<IndicatorCategory> IndicatorCategories = new("indicator category", "categorie van een indicator", caseSensitive: false,
        new(IndicatorCategory.Costs, "kosten", "costs"),
        new(IndicatorCategory.Quality, "kwaliteit", "quality"),
        new(IndicatorCategory.Access, "toegang", "access"),
        new(IndicatorCategory.Participation, "participatie", "participation"),
        new(IndicatorCategory.Health, "gezondheid", "health"),
        new(IndicatorCategory.Safety, "veiligheid", "safety"),
        new(IndicatorCategory.Finances, "financien", "finances"),
        new(IndicatorCategory.Usage, "gebruik", "usage"));

    /// <summary>A kader's status.</summary>
    public static readonly WordTable<KaderStatus> KaderStatuses = new("kader status", "status van een kader", caseSensitive: false,
        new(KaderStatus.Draft, "concept", "draft"),
        new(KaderStatus.Adopted, "vastgesteld", "adopted"));

    /// <summary>The soort of a post or rij.</summary>
    public static readonly WordTable<LineKind> LineKinds = new("line kind", "soort post of rij", caseSensitive: false,
        new(LineKind.Expense, "uitgave", "expense"),
        new(LineKind.Revenue, "opbrengst", "revenue"),
        new(LineKind.Balance, "saldo", "balance") { Synonyms = ["resultaat", "verschil"] });

    /// <summary>The soort of an uitgangspunt.</summary>
    public static readonly WordTable<PrincipleKind> PrincipleKinds = new("principle kind", "soort uitgangspunt", caseSensitive: false,
        new(PrincipleKind.Principle, "principe", "principle"),
        new(PrincipleKind.CoreValue, "kernwaarde", "core value"),
        new(PrincipleKind.DesignPrinciple, "inrichtingsprincipe", "design principle"),
        new(PrincipleKind.StartingPoint, "uitgangspunt", "starting point"));

    /// <summary>The voorrang of an uitgangspunt: which of the two it makes leading. Budget against support is a conflict (PL3031).</summary>
    public static readonly WordTable<PrincipleLead> PrincipleLeads = new("principle lead", "voorrang van een uitgangspunt", caseSensitive: false,
        new(PrincipleLead.Budget, "budget", "budget"),
        new(PrincipleLead.Support, "ondersteuning", "support"));

    /// <summary>The soort of a besluit.</summary>
    public static readonly WordTable<DecisionKind> DecisionKinds = new("decision kind", "soort besluit", caseSensitive: false,
        new(DecisionKind.Decision, "besluit", "decision"),
        new(DecisionKind.Assignment, "bestuursopdracht", "administrative assignment"),
        new(DecisionKind.Motion, "motie", "motion"),
        new(DecisionKind.Amendment, "amendement", "amendment"),
        new(DecisionKind.Regulation, "verordening", "regulation"));
}
