using System.Text;
using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Syntax;

namespace PolicyLang.Tests.Examples;

/// <summary>
/// A person-readable summary of one example folder: the elements per file with their links and
/// table shapes, and every diagnostic beside the line it points at.
/// </summary>
internal static class BaselineWriter
{
    public static string Write(string folderName, Compilation compilation)
    {
        var model = compilation.Model;
        var builder = new StringBuilder();
        builder.AppendLine($"# examples/{folderName}: regenerate with UPDATE_BASELINES=1 scripts/test");
        var counts = model.Elements.GroupBy(e => e.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key.Word()} {g.Count()}");
        builder.AppendLine($"elements: {string.Join(", ", counts)}");
        builder.AppendLine($"references: {model.References.Length}, unresolved: {model.References.Count(r => r.Target is null)}");

        foreach (var tree in compilation.Trees)
        {
            builder.AppendLine();
            builder.AppendLine($"== {Path.GetFileName(tree.Path)} ({tree.Text.LineCount} lines, {tree.Root.DescendantTokens().Count} tokens, round-trips: {tree.Root.ToFullString() == tree.Text.Text})");
            foreach (var element in model.Elements.Where(e => e.Tree == tree && e.Parent is null))
                builder.AppendLine(Describe(element));
            foreach (var diagnostic in compilation.Diagnostics.Where(d => d.Location.Path == tree.Path))
                builder.AppendLine($"  ! line {diagnostic.Location.Start.Line + 1}: {diagnostic.Code} {diagnostic.MessageNl}");
        }
        return builder.ToString();
    }

    private static string Describe(ElementSymbol element)
    {
        var line = element.Syntax!.Keyword.Source.GetLinePosition(element.Syntax.Keyword.Start).Line + 1;
        var text = new StringBuilder($"{line,5}  {element.Kind.Word()} {element.Id ?? "-"} \"{Shorten(element.Title)}\"");
        var links = element.Fields.SelectMany(f => f.Values.OfType<ReferenceValue>().Select(r => $"{f.Name} {r.Name}")).ToList();
        if (links.Count > 0) text.Append("  → " + string.Join(", ", links));
        if (element.Value<MeasurementValue>("nulmeting") is { } baseline) text.Append($"  [nulmeting {baseline.Quantity} in {baseline.Year}]");
        if (element.Value<TargetValue>("streefwaarde") is { } target) text.Append($"  [streefwaarde {target.Comparator} {target.Quantity}{(target.Year is { } y ? " in " + y : "")}]");
        if (element.Value<WordValue>("richting") is { } direction) text.Append($"  [richting {direction.Word}]");
        if (element.Children.Count > 0)
        {
            var nested = element.DescendantsAndSelf().Skip(1).ToList();
            var widths = nested.Select(c => c.HeaderValues.Length).Distinct().Order();
            text.Append($"  ({nested.Count} {(element.Kind == ElementKind.Tabel ? "rijen" : "posten")}, waarden per regel: {string.Join("/", widths)})");
        }
        return text.ToString();
    }

    private static string Shorten(string title) => title.Length > 70 ? title[..70] + "…" : title;
}
