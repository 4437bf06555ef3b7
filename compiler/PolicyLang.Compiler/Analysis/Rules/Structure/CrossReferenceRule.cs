using System.Collections.Immutable;
using PolicyLang.Binding;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Structure;

/// <summary>
/// PL3025: a <c>zie ook</c> that points at its own element, or at a name no element has (the
/// binder leaves those unresolved without an error: a dangling cross-reference is the source
/// document's mistake, which the encoding keeps). A <c>zie ook</c> is never a contribution.
/// </summary>
public sealed class CrossReferenceRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3025", DiagnosticSeverity.Warning,
        "Verwijzing naar niets of naar zichzelf", "Cross-reference to nothing or to itself",
        "'{0}' verwijst met 'zie ook' naar {1}.{2}",
        "'{0}' refers with 'zie ook' to {1}.{2}");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Een 'zie ook' naar het element zelf of naar een element dat niet bestaat.";

    public override void Analyze(AnalysisContext context)
    {
        Spelling.Index? names = null;
        foreach (var site in context.Model.References)
        {
            if (site.Field != FieldNames.ZieOok) continue;
            var at = new Location(site.Tree.Text, site.Span);
            if (site.Target is null)
            {
                names ??= new Spelling.Index(context.Model.AllSymbols.Where(s => s.Id is not null).Select(s => s.Id!));
                var what = new Phrase($"'{site.Name}', maar dat bestaat niet", $"'{site.Name}', which does not exist");
                context.Report(Descriptor.Create(at, site.Owner.DisplayName, what, DiagnosticBuilder.DidYouMean(names.Closest(site.Name))));
            }
            else if (ReferenceEquals(site.Target, site.Owner))
                context.Report(Descriptor.Create(at, site.Owner.DisplayName, new Phrase("zichzelf", "itself"), ""));
        }
    }
}
