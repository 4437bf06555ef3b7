using System.Runtime.CompilerServices;
using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Budget;

/// <summary>
/// What the PL4xxx rules read, computed once per analysis run (keyed weakly on its context) and
/// then immutable: the begrotingen with their figures, the tables, the derived table rows, and
/// the cells of those rows and of the rows they derive from. Reading figures once keeps the rules
/// together linear and cheap (docs/performance.md). Per run rather than per model, so a
/// benchmark of the rules measures the reading too and nothing outlives the run.
/// </summary>
internal sealed class ArithmeticFacts
{
    public static readonly string[] DerivationFields = [FieldNames.SomVan, FieldNames.VerschilVan, FieldNames.CumulatiefVan, FieldNames.AandeelVan];

    private static readonly ConditionalWeakTable<AnalysisContext, ArithmeticFacts> Cache = [];

    private readonly Dictionary<ElementSymbol, IReadOnlyList<Cell>?> _cells = [];
    private readonly Dictionary<ElementSymbol, bool> _tableReadable = [];

    private ArithmeticFacts(SemanticModel model)
    {
        Model = model;
        var budgets = new List<BudgetView>();
        var derived = new List<ElementSymbol>();
        var tables = new List<ElementSymbol>();
        foreach (var element in model.Elements)
        {
            if (element.Kind == ElementKind.Begroting && element.Tree is not null && !BudgetView.HasSyntaxErrors(element))
                budgets.Add(new BudgetView(element));
            else if (element.Kind == ElementKind.Tabel && element.Tree is not null && !BudgetView.HasSyntaxErrors(element))
                tables.Add(element);
            else if (element.Kind == ElementKind.Rij && IsDerived(element))
            {
                derived.Add(element);
                Read(element);
                foreach (var field in element.Fields)
                    foreach (var value in field.Values)
                        if (value is ReferenceValue reference && model.TargetOf(reference) is { Kind: ElementKind.Rij } target) Read(target);
            }
        }
        Budgets = budgets;
        DerivedRows = derived;
        Tables = tables;
    }

    public static ArithmeticFacts Of(AnalysisContext context) => Cache.GetValue(context, c => new ArithmeticFacts(c.Model));

    /// <summary>The model the facts were read from: what the derivation fields' references resolve to.</summary>
    public SemanticModel Model { get; }

    public IReadOnlyList<BudgetView> Budgets { get; }

    /// <summary>The tables without syntax errors inside, in source order.</summary>
    public IReadOnlyList<ElementSymbol> Tables { get; }

    /// <summary>Rows with som van, verschil van, cumulatief van or aandeel van, in source order.</summary>
    public IReadOnlyList<ElementSymbol> DerivedRows { get; }

    /// <summary>The cells of a derived row or of a row it names; null when the row cannot be read.</summary>
    public IReadOnlyList<Cell>? Cells(ElementSymbol row) => _cells.GetValueOrDefault(row);

    private static bool IsDerived(ElementSymbol row)
    {
        foreach (var field in row.Fields)
            if (Array.IndexOf(DerivationFields, field.Name) >= 0) return true;
        return false;
    }

    private void Read(ElementSymbol row)
    {
        if (_cells.ContainsKey(row)) return;
        var table = row.Parent;
        var readable = table is null || (_tableReadable.TryGetValue(table, out var known) ? known : _tableReadable[table] = !BudgetView.HasSyntaxErrors(table));
        _cells[row] = readable ? TableRows.ReadCells(row) : null;
    }
}
