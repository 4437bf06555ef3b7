using System.Collections.Immutable;
using PolicyLang.Binding;
using PolicyLang.Diagnostics;

namespace PolicyLang.Analysis.Rules.Completeness;

/// <summary>
/// PL3027 (issue 15 item 4): a part declared without its members: a tabel without rijen, a
/// begroting without posten. (A thema nothing names is not judged: encodings use a thema for a
/// heading that groups nothing, such as Steenwijkerland's kans in §3.1; docs/findings.md.) A document sometimes prints the heading of a table and leaves it empty; the
/// encoding keeps the heading, and the reader should know it is empty. A syntax error inside the
/// element may have swallowed its members: such an element is the parser's finding, not this one.
/// </summary>
public sealed class EmptyPartRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3027", DiagnosticSeverity.Warning,
        "Leeg onderdeel", "Empty part",
        "{0} '{1}' heeft geen {2}: het onderdeel is aangekondigd maar leeg.",
        "{0} '{1}' has no {2}: the part is declared but empty.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Een tabel zonder rijen of een begroting zonder posten.";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var element in context.Model.Elements)
        {
            if (element.Syntax is null || Budget.BudgetView.HasSyntaxErrors(element)) continue;
            Phrase? members = element.Kind switch
            {
                ElementKind.Tabel when !element.Children.Any(c => c.Kind == ElementKind.Rij) => ("rijen", "rows"),
                ElementKind.Begroting when !element.Children.Any(c => c.Kind == ElementKind.Post) => ("posten", "lines"),
                _ => null,
            };
            if (members is { } what)
                context.Report(Descriptor.Create(At(element), Capital(element.Kind.Word()), element.DisplayName, what));
        }
    }

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
