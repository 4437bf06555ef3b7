using PolicyLang.Binding.Values;
using PolicyLang.Binding.Vocabulary;
using PolicyLang.Diagnostics;

namespace PolicyLang.Analysis.Goals;

/// <summary>Targets and measurements written back the way a policy writer writes them, for messages.</summary>
public static class GoalText
{
    public static string Of(TargetValue target)
    {
        var comparator = ValueWords.Comparators.EntryOf(target.Comparator) is { } written ? written.Dutch + " " : "";
        var value = target.Upper is { } upper ? $"{target.Quantity} en {upper}" : target.Quantity.ToString();
        // A relative target says what it was written as: "maximaal 348,5 (15% minder dan de nulmeting) in 2020".
        var relative = target.Relative is { } r ? $" ({r.Written})" : "";
        return comparator + value + relative + (target.Year is { } year ? " in " + year : "");
    }

    public static string Of(MeasurementValue measurement) =>
        measurement.Period is { } at ? $"{measurement.Quantity} in {at}" : measurement.Quantity.ToString();

    /// <summary>The Dutch verb for a direction: +1 stijgen, -1 dalen, 0 gelijk blijven.</summary>
    public static string Verb(int direction) => direction switch { > 0 => "stijgen", < 0 => "dalen", _ => "gelijk blijven" };

    /// <summary>Where a doel pushes an indicator: "laten stijgen" is pushing it "up".</summary>
    public static Phrase Push(int direction) => new(Verb(direction), direction switch { > 0 => "up", < 0 => "down", _ => "to stay level" });
}
