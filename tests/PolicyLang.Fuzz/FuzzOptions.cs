namespace PolicyLang.Fuzz;

/// <summary>What one fuzz run does. The same options give the same inputs (everything comes from <see cref="Seed"/>).</summary>
public sealed record FuzzOptions(int Seed, int Inputs, int EditSequences, string ExamplesDirectory)
{
    /// <summary>The CI size: small enough for well under a minute, large enough to find what the issue listed.</summary>
    public static FuzzOptions Small(string examplesDirectory, int seed = 1) => new(seed, 20_000, 1_000, examplesDirectory);

    /// <summary>Largest generated nesting depth or repetition; the large run raises it to find non-linear behaviour.</summary>
    public int MaxRepetition { get; init; } = 1_000;

    /// <summary>How many re-checks the minimiser may spend on one failure class.</summary>
    public int MinimiserBudget { get; init; } = 400;
}
