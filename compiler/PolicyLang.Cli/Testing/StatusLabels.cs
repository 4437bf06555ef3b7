using PolicyLang.Runtime;

namespace PolicyLang.Cli.Testing;

/// <summary>
/// The status words a test may expect: every label the runtime gives a status, in Dutch and
/// English (GoalStatusText.Label), so a status the runtime adds is accepted without a change here.
/// </summary>
public static class StatusLabels
{
    public static GoalStatus? Parse(string label)
    {
        var normalised = string.Join(' ', label.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        foreach (var status in Enum.GetValues<GoalStatus>())
            if (string.Equals(status.Label(), normalised, StringComparison.OrdinalIgnoreCase)
                || string.Equals(status.Label(english: true), normalised, StringComparison.OrdinalIgnoreCase))
                return status;
        return null;
    }

    public static string All(bool english) => string.Join(", ", Enum.GetValues<GoalStatus>().Select(s => s.Label(english)));
}
