using PolicyLang.Binding;
using PolicyLang.Binding.Values;

namespace PolicyLang.Analysis.Rules.Budget;

/// <summary>
/// Field look-ups without LINQ: the arithmetic rules ask a few fields of every post and row, and
/// the iterator allocations of <see cref="ElementSymbol.Value{T}"/> showed in the benchmark.
/// </summary>
internal static class Fields
{
    public static BoundField? Find(ElementSymbol element, string name)
    {
        var fields = element.Fields;
        for (var i = 0; i < fields.Count; i++)
            if (fields[i].Name == name) return fields[i];
        return null;
    }

    public static T? Value<T>(ElementSymbol element, string name) where T : BoundValue
    {
        var fields = element.Fields;
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Name != name) continue;
            foreach (var value in fields[i].Values)
                if (value is T typed) return typed;
        }
        return null;
    }
}
