using System.Buffers;
using System.Collections.Immutable;
using PolicyLang.Binding;
using PolicyLang.Binding.Schema;
using PolicyLang.Binding.Values;
using PolicyLang.Binding.Vocabulary;
using PolicyLang.Diagnostics;
using PolicyLang.Runtime;
using PolicyLang.Syntax;
using PolicyLang.Text;

namespace PolicyLang.Analysis.Rules.Completeness;

/// <summary>
/// PL3026 (issue 15 item 4): a title, cell or value that is a placeholder the document left
/// (<c>????</c>, <c>…</c>, <c>PM</c>, <c>XX</c>, <c>nader te bepalen</c>: <see cref="ValueWords.ReadPlaceholder"/>).
/// A text counts only where a whole segment is the placeholder: the whole value, or a part between
/// separators ("Financieel - ..."; "; ", " - ", ": ", "|", a line break). An ellipsis inside a
/// sentence ("schulden... dat soort dingen", "Project Vele handen…") is an elision of a quotation,
/// not a gap. One diagnostic per placeholder, at it. Not reported: a nulmeting written as unknown
/// (PL3060 says it), <c>XX</c> in a label field such as <c>nummer</c> (the Roman numeral 20), and a
/// row's cell equal to the row's own title (the label column repeated in the cells: one gap of the
/// document, one finding).
/// </summary>
public sealed class PlaceholderRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3026", DiagnosticSeverity.Warning,
        "Plaatshouder in plaats van inhoud", "Placeholder instead of content",
        "Plaatshouder '{0}' in {1} van {2}: het document heeft hier nog niets ingevuld.",
        "Placeholder '{0}' in {1} of {2}: the document has not filled this in yet.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Plaatshouders (????, …, PM, XX, nader te bepalen) in titels, cellen en waarden.";

    private static readonly string[] Separators = [";", " - ", " – ", ": ", "|", "\n"];
    /// <summary>The characters a separator starts with: every other character is passed over at once.</summary>
    private static readonly SearchValues<char> SeparatorStarts = SearchValues.Create([.. Separators.Select(s => s[0]).Distinct()]);
    /// <summary>A character of every separator that is not a space: a text with none of them is one segment (found by a vectorised search).</summary>
    private static readonly SearchValues<char> SeparatorMarks = SearchValues.Create([.. Separators.Select(s => s.Trim() is { Length: > 0 } t ? t[0] : s[0]).Distinct()]);

    public override void Analyze(AnalysisContext context)
    {
        foreach (var element in context.Model.Elements)
        {
            if (element.Syntax is not { } syntax || element.Tree is null) continue;
            if (syntax.Titles.Length > 0 && !syntax.Titles[0].IsMissing)
            {
                var span = TextSpan.FromBounds(syntax.Titles[0].Span.Start, syntax.Titles[^1].Span.End);
                ReportText(context, element, span, element.Title, Place.Title, allowDummy: true);
            }
            for (var i = 0; i < element.HeaderValues.Length; i++)
            {
                var value = element.HeaderValues[i];
                if (value is TextValue cell && element.Kind == ElementKind.Rij && cell.Text == element.Title) continue;
                Report(context, element, value, Place.Cell(i + 1), allowDummy: true);
            }
            var fields = element.Fields;
            for (var f = 0; f < fields.Count; f++)
            {
                var field = fields[f];
                if (field.Name == FieldNames.Nulmeting) continue; // an unknown baseline is PL3060's
                bool? label = null; // looked up only for a value that could be a placeholder
                foreach (var value in field.Values)
                {
                    if (!MayReport(value)) continue;
                    label ??= ElementSchemas.For(element.Kind)?.Fields.GetValueOrDefault(field.Name)?.Type == FieldType.Label;
                    Report(context, element, value, Place.Field(field.Name), allowDummy: !label.Value);
                }
            }
        }
    }

    /// <summary>Where in the element a placeholder is; its words are made only for a finding.</summary>
    private readonly record struct Place(string? FieldName, int CellNumber)
    {
        public static Place Title => new(null, 0);
        public static Place Cell(int number) => new(null, number);
        public static Place Field(string name) => new(name, 0);

        public Phrase ToPhrase() =>
            FieldName is not null ? ($"veld '{FieldName}'", $"field '{FieldName}'")
            : CellNumber > 0 ? ($"cel {CellNumber}", $"cell {CellNumber}")
            : ("de titel", "the title");
    }

    private static Phrase Owner(ElementSymbol element)
    {
        var name = $"{element.Kind.Word()} '{element.DisplayName}'";
        return element.Id is null && element.Parent is { } parent
            ? ($"{name} in {parent.Kind.Word()} '{parent.DisplayName}'", $"{name} in {parent.Kind.Word()} '{parent.DisplayName}'")
            : name;
    }

    private static bool MayReport(BoundValue value) => value is TextValue or WordValue or EmptyValue { Reason: MissingReason.ToBeDetermined };

    private static void Report(AnalysisContext context, ElementSymbol element, BoundValue value, Place place, bool allowDummy)
    {
        switch (value)
        {
            case TextValue text:
                ReportText(context, element, text.Span, text.Text, place, allowDummy);
                break;
            case WordValue word:
                ReportText(context, element, word.Span, word.Word, place, allowDummy);
                break;
            case EmptyValue { Reason: MissingReason.ToBeDetermined } tbd:
                context.Report(Descriptor.Create(At(element, tbd.Span), element.Tree!.Text.ToString(tbd.Span), place.ToPhrase(), Owner(element)));
                break;
        }
    }

    /// <summary>
    /// Each whole segment of the text that is a placeholder, at its place in the string when the
    /// string is written plainly. The segments are the trimmed, non-empty parts of the text between
    /// separators, found in one pass; only a segment that could be a placeholder is looked up.
    /// </summary>
    private static void ReportText(AnalysisContext context, ElementSymbol element, TextSpan span, string text, Place place, bool allowDummy)
    {
        if (text.Length == 0) return;
        if (text.AsSpan().IndexOfAny(SeparatorMarks) < 0)
        {
            // No separator: the whole text, trimmed, is the only segment (most titles and sentences).
            var (s0, e0) = (0, text.Length);
            while (s0 < e0 && char.IsWhiteSpace(text[s0])) s0++;
            while (e0 > s0 && char.IsWhiteSpace(text[e0 - 1])) e0--;
            if (e0 > s0 && ValueWords.CouldBePlaceholder(text.AsSpan(s0, e0 - s0))) ReportSegment(context, element, span, text, s0, e0 - s0, place, allowDummy);
            return;
        }
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var width = i == text.Length ? 0 : SeparatorAt(text, i);
            if (width == 0 && i < text.Length) continue;
            var (s, e) = (start, i);
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s && ValueWords.CouldBePlaceholder(text.AsSpan(s, e - s))) ReportSegment(context, element, span, text, s, e - s, place, allowDummy);
            if (i == text.Length) return;
            start = i + width;
            i = start - 1;
        }
    }

    private static void ReportSegment(AnalysisContext context, ElementSymbol element, TextSpan span, string text, int start, int length, Place place, bool allowDummy)
    {
        var segment = text.Substring(start, length);
        if (ValueWords.ReadPlaceholder(segment) is not { } placeholder) return;
        if (placeholder.Meaning == Placeholder.Dummy && !allowDummy) return;
        var source = element.Tree!.Text.Text.AsSpan(span.Start, span.Length);
        // A single string without escapes: segment offsets map straight onto the source.
        var plain = source.Length == text.Length + 2 && source[0] == '"' && source.Slice(1, text.Length).SequenceEqual(text);
        var exact = source.SequenceEqual(text);
        var at = plain ? new TextSpan(span.Start + 1 + start, length)
            : exact ? new TextSpan(span.Start + start, length)
            : span;
        context.Report(Descriptor.Create(At(element, at), segment, place.ToPhrase(), Owner(element)));
    }

    /// <summary>The length of the separator that starts at <paramref name="i"/>, or 0.</summary>
    private static int SeparatorAt(string text, int i)
    {
        if (!SeparatorStarts.Contains(text[i])) return 0;
        foreach (var separator in Separators)
            if (string.CompareOrdinal(text, i, separator, 0, separator.Length) == 0 && i + separator.Length <= text.Length) return separator.Length;
        return 0;
    }
}
