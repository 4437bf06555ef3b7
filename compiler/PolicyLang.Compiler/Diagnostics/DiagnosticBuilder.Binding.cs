using System.Collections.Immutable;
using PolicyLang.Text;

namespace PolicyLang.Diagnostics;

// PL2xxx: binding and values (descriptors in BindingDescriptors).
public static partial class DiagnosticBuilder
{
    /// <summary>With a suggestion, the fix puts it in place of the name.</summary>
    public static Diagnostic UndefinedReference(Location at, string name, string? suggestion) =>
        WithReplacement(BindingDescriptors.UndefinedReference.Create(at, name, DidYouMean(suggestion)), at, suggestion);

    public static Diagnostic DuplicateId(Location at, string id, Location? other) =>
        BindingDescriptors.DuplicateId.Create(at, id).WithRelated(other, "eerdere definitie", "earlier definition");

    public static Diagnostic IdOfBuiltinWet(Location at, string id, string wetTitle) => BindingDescriptors.IdOfBuiltinWet.Create(at, id, wetTitle);

    public static Diagnostic WrongKind(Location at, string name, string actualKind, string expectedKindsNl, string expectedKindsEn, Location? target) =>
        BindingDescriptors.WrongKind.Create(at, name, new Phrase(actualKind, A(actualKind)), new Phrase(expectedKindsNl, A(expectedKindsEn)))
            .WithRelated(target, "hier gedefinieerd", "defined here");

    public static Diagnostic HierarchyCycle(Location at, string path) => BindingDescriptors.HierarchyCycle.Create(at, path);

    /// <summary>With a suggestion, the fix puts it in place of the field name.</summary>
    public static Diagnostic UnknownField(Location at, string field, string kind, string? suggestion) =>
        WithReplacement(BindingDescriptors.UnknownField.Create(at, field, KindAtSentenceStart(kind), DidYouMean(suggestion)), at, suggestion);

    public static Diagnostic DuplicateField(Location at, string field, Location? other) =>
        BindingDescriptors.DuplicateField.Create(at, field).WithRelated(other, "eerste keer", "first occurrence");

    public static Diagnostic InvalidValue(Location at, string field, string expectedNl, string expectedEn, string found) =>
        BindingDescriptors.InvalidValue.Create(at, found, field, new Phrase(expectedNl, expectedEn));

    public static Diagnostic MissingId(Location at, string kind) => BindingDescriptors.MissingId.Create(at, kind, Capitalize(A(kind)));

    /// <summary>At the id; the fix writes an empty title after it (not preferred: the author still has to fill it in).</summary>
    public static Diagnostic MissingTitle(Location at, string kind, string id) =>
        BindingDescriptors.MissingTitle.Create(at, Capitalize(kind), id) with
        {
            Fixes = [new CodeFix("Voeg een titel toe", "Add a title", [new TextEdit(at.Source, new TextSpan(at.Span.End, 0), " \"\"")]) { IsPreferred = false }],
        };

    public static Diagnostic TooManyValues(Location at, string field) => BindingDescriptors.TooManyValues.Create(at, field);

    public static Diagnostic InvalidDate(Location at, string text) => BindingDescriptors.InvalidDate.Create(at, text);

    public static Diagnostic YearOutOfRange(Location at, string text) => BindingDescriptors.YearOutOfRange.Create(at, text);

    public static Diagnostic InvertedRange(Location at, int from, int to) => BindingDescriptors.InvertedRange.Create(at, from, to);

    public static Diagnostic MoneyTooPrecise(Location at, string text) => BindingDescriptors.MoneyTooPrecise.Create(at, text);
    public static Diagnostic NumberTooLarge(Location at, string text) => BindingDescriptors.NumberTooLarge.Create(at, text);

    public static Diagnostic MultipleKaders(Location at, Location other) =>
        BindingDescriptors.MultipleKaders.Create(at).WithRelated(other, "eerste kader", "first kader");

    public static Diagnostic NoKader(Location at) => BindingDescriptors.NoKader.Create(at);

    public static Diagnostic ValuesNotAllowed(Location at, string kind) => BindingDescriptors.ValuesNotAllowed.Create(at, KindAtSentenceStart(kind));

    /// <summary>The fixes add the missing fields (the binder makes them: they need the element's syntax).</summary>
    public static Diagnostic MissingRequiredField(Location at, string kind, string field, ImmutableArray<CodeFix> fixes) =>
        BindingDescriptors.MissingRequiredField.Create(at, KindAtSentenceStart(kind), field) with { Fixes = fixes };

    public static Diagnostic TooFewReferences(Location at, string field, int minimum) => BindingDescriptors.TooFewReferences.Create(at, field, minimum);

    private static Diagnostic WithReplacement(Diagnostic diagnostic, Location at, string? suggestion) =>
        suggestion is null ? diagnostic : diagnostic.WithFix($"Vervang door '{suggestion}'", $"Replace with '{suggestion}'", new TextEdit(at.Source, at.Span, suggestion));
}
