using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;
using PolicyLang.LanguageServer.Protocol;
using PolicyLang.LanguageServer.Workspace;
using PolicyLang.Syntax;
using TextEdit = PolicyLang.LanguageServer.Protocol.TextEdit;

namespace PolicyLang.LanguageServer.Features;

/// <summary>
/// "Correct the total": where a begroting's <c>totaal</c>, or a post's own amounts, differ from the
/// sum of the posts below it, a quick fix writes the computed sums. Offered from the figures
/// themselves, so it works whether or not a budget rule has reported the difference.
/// </summary>
public static class TotalFixes
{
    public static IEnumerable<CodeAction> For(FolderSnapshot folder, SourceFile file, int start, int end, Taal taal)
    {
        foreach (var element in folder.Compilation.Model.Elements)
        {
            if (!ReferenceEquals(element.Tree, file.Tree) || element.Syntax is not { } syntax) continue;
            if (element.Kind is not (ElementKind.Begroting or ElementKind.Post)) continue;
            if (BudgetMath.ChildSums(element) is not { } sums) continue;

            ValueListSyntax? written = null;
            IReadOnlyList<decimal> declared = [];
            if (element.Kind == ElementKind.Begroting && element.Field("totaal") is { } totaal)
            {
                written = totaal.Syntax.Values;
                declared = [.. totaal.Values.OfType<QuantityValue>().Select(q => q.Quantity.Value)];
            }
            else if (element.Kind == ElementKind.Post && syntax.Values is { } values)
            {
                written = values;
                declared = BudgetMath.Amounts(element);
            }
            if (written is null || written.Span.Length == 0 || written.Span.End < start || written.Span.Start > end) continue;
            if (declared.Count == sums.Count && declared.SequenceEqual(sums)) continue;

            var text = string.Join(", ", sums.Select(s => new Quantity(s, QuantityKind.Money).ToString()));
            var title = element.Kind == ElementKind.Begroting
                ? Messages.Get(taal, $"Corrigeer het totaal naar de som van de posten ({text})", $"Correct the total to the sum of the posts ({text})")
                : Messages.Get(taal, $"Corrigeer de bedragen naar de som van de onderliggende posten ({text})", $"Correct the amounts to the sum of the posts below ({text})");
            var edit = new WorkspaceEdit(new Dictionary<string, TextEdit[]>
            {
                [file.Uri] = [new TextEdit(Positions.ToRange(file.Text, written.Span), text)],
            });
            yield return new CodeAction(title, "quickfix", null, edit, null);
        }
    }
}
