using System.Text.Json;
using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.LanguageServer.Features;
using PolicyLang.LanguageServer.Protocol;
using PolicyLang.Syntax;

namespace PolicyLang.LanguageServer.Handlers;

/// <summary>
/// textDocument/inlayHint: the year before each amount of a post, the computed per-year sum of a
/// post's (or begroting's) posts beside it, and the indicator's unit beside a doel's nulmeting,
/// tussendoel and streefwaarde (and a feit's waarde), and after every formula its value as the checker
/// computes it (<see cref="Analysis.Rules.Formulas.FormulaValueText"/>, the evaluator of PL4011–PL4014
/// that the hover shows too, so a hint never disagrees with a finding).
/// </summary>
public sealed class InlayHintHandler : IRequestHandler
{
    private const int ParameterKind = 2;

    /// <summary>A hint stays one short line; the tooltip (and the hover) have the whole text.</summary>
    private const int MaxFormulaHint = 60;

    public string Method => "textDocument/inlayHint";

    public object? Handle(RequestContext context, JsonElement? parameters, CancellationToken cancellationToken)
    {
        var request = LspJson.Read<RangeParams>(parameters);
        if (context.Find(request.TextDocument.Uri) is not var (folder, file)) return Array.Empty<InlayHint>();
        var coordinates = new EditorCoordinates(folder);
        var start = Positions.ToOffset(file.Text, request.Range.Start);
        var end = Positions.ToOffset(file.Text, request.Range.End);
        var hints = new List<InlayHint>();
        var taal = context.Taal;

        var model = folder.Model;
        foreach (var element in model.Elements)
        {
            if (!coordinates.IsIn(element.Tree, file) || element.Syntax is not { } syntax) continue;
            var text = element.Tree!.Text;
            if (coordinates.ToFileOffset(text, syntax.Span.End) < start || coordinates.ToFileOffset(text, syntax.Span.Start) > end) continue;
            cancellationToken.ThrowIfCancellationRequested();
            Position At(int offset) => coordinates.ToPosition(text, offset);
            switch (element.Kind)
            {
                case ElementKind.Post:
                    var years = BudgetMath.YearsOf(element);
                    var amounts = element.HeaderValues.OfType<QuantityValue>().ToList();
                    for (var i = 0; i < amounts.Count && i < years.Count; i++)
                        hints.Add(new InlayHint(At(amounts[i].Span.Start), $"{years[i]}:", ParameterKind, false, true));
                    if (BudgetMath.ChildSums(element) is { } sums) hints.Add(SumHint(At(HeaderEnd(syntax)), sums, years, taal));
                    break;
                case ElementKind.Begroting:
                    if (BudgetMath.ChildSums(element) is { } totals) hints.Add(SumHint(At(HeaderEnd(syntax)), totals, BudgetMath.YearsOf(element), taal));
                    break;
                case ElementKind.Doel:
                    if (model.Targets(element, FieldNames.Indicator).FirstOrDefault()?.Field(FieldNames.Eenheid) is { } unit)
                        foreach (var name in new[] { FieldNames.Nulmeting, FieldNames.Tussendoel, FieldNames.Streefwaarde })
                            foreach (var field in element.AllFields(name))
                                foreach (var value in field.Syntax.Values.Items.Where(v => !v.IsEmpty))
                                    hints.Add(UnitHint(At(value.Span.End), unit));
                    break;
                case ElementKind.Feit:
                    if (model.Targets(element, FieldNames.Indicator).FirstOrDefault()?.Field(FieldNames.Eenheid) is { } feitUnit && element.Field(FieldNames.Waarde) is { } waarde)
                        foreach (var value in waarde.Syntax.Values.Items.Where(v => !v.IsEmpty))
                            hints.Add(UnitHint(At(value.Span.End), feitUnit));
                    break;
            }
        }
        foreach (var formula in model.Formulas)
        {
            if (formula.Owner.Tree is not { } tree || !coordinates.IsIn(tree, file) || formula.Owner.Kind == ElementKind.Indicator) continue;
            var at = coordinates.ToFileOffset(tree.Text, formula.Value.Span.End);
            if (at < start || at > end || Analysis.Rules.Formulas.FormulaValueText.Describe(formula) is not var (nl, en)) continue;
            cancellationToken.ThrowIfCancellationRequested();
            var full = Messages.Get(taal, nl, en);
            hints.Add(new InlayHint(coordinates.ToPosition(tree.Text, formula.Value.Span.End), full.Length > MaxFormulaHint ? full[..MaxFormulaHint] + "…" : full, null, true, false)
            {
                Tooltip = MarkupContent.Markdown($"**{formula.Field}**: {full}"),
            });
        }
        return hints.Where(h => Positions.ToOffset(file.Text, h.Position) is var o && o >= start && o <= end).ToArray();
    }

    /// <summary>After the title and amounts, before the block: where a sum reads as "this line adds up to".</summary>
    private static int HeaderEnd(ElementSyntax syntax) =>
        syntax.Values?.Span is { Length: > 0 } values ? values.End
        : syntax.Titles.Length > 0 ? syntax.Titles[^1].End
        : (syntax.Identifier ?? syntax.Keyword).End;

    private static InlayHint SumHint(Position at, IReadOnlyList<decimal> sums, IReadOnlyList<int> years, PolicyLang.Diagnostics.Taal taal) =>
        new(at, "Σ " + string.Join(", ", sums.Select(s => new Quantity(s, QuantityKind.Money).ToString())), null, true, false)
        {
            Tooltip = MarkupContent.Markdown(Messages.Get(taal, "Som van de posten hieronder: ", "Sum of the posts below: ") + BudgetMath.Describe(sums, years)),
        };

    private static InlayHint UnitHint(Position at, BoundField unit) =>
        new(at, string.Join(", ", unit.Syntax.Values.Items.Select(v => v.DisplayText)), null, true, false);
}
