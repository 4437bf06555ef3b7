using PolicyLang.Diagnostics;

namespace PolicyLang.Syntax.Formulas;

/// <summary>
/// The labels of the formula grammar and how a syntax error says them. A label is either a key
/// below (a kind of thing: "een getal" / "a number") or a literal token or word ("(", "en"), which
/// reads the same in both languages.
/// </summary>
internal static class FormulaExpectations
{
    public const string Name = "#name";
    public const string Reference = "#reference";
    public const string Column = "#column";
    public const string Number = "#number";
    public const string Scale = "#scale";
    public const string Function = "#function";
    public const string Comparator = "#comparator";
    public const string Operand = "#operand";
    public const string End = "#end";

    private static readonly Dictionary<string, (string Nl, string En)> Texts = new(StringComparer.Ordinal)
    {
        [Name] = ("een naam", "a name"),
        [Reference] = ("een verwijzing (Tabel.Rij[2015])", "a reference (Tabel.Rij[2015])"),
        [Column] = ("een kolom (jaartal, nummer of kop)", "a column (year, number or header)"),
        [Number] = ("een getal", "a number"),
        [Scale] = ("mln of mld", "mln or mld"),
        [Function] = ("een functie", "a function"),
        [Comparator] = ("een vergelijking (<, <=, >, >=, =)", "a comparison (<, <=, >, >=, =)"),
        [Operand] = ("een getal, verwijzing, functie of '('", "a number, reference, function or '('"),
        [End] = ("het einde van de formule", "the end of the formula"),
    };

    /// <summary>The expected things as one phrase: "een getal, ')' of '+'" / "a number, ')' or '+'".</summary>
    public static Phrase Describe(IEnumerable<string> labels)
    {
        var distinct = labels.Distinct().ToList();
        // "an operand" already names numbers, references and functions: do not list them again.
        if (distinct.Contains(Operand)) distinct.RemoveAll(l => l is Name or Reference or Number or Function);
        var nl = distinct.Select(l => Texts.TryGetValue(l, out var t) ? t.Nl : $"'{l}'").ToList();
        var en = distinct.Select(l => Texts.TryGetValue(l, out var t) ? t.En : $"'{l}'").ToList();
        return new Phrase(Join(nl, "of"), Join(en, "or"));
    }

    private static string Join(List<string> items, string or) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + $" {or} " + items[^1],
    };
}
