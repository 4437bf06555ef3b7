namespace PolicyLang.Text;

/// <summary>A zero-based line and UTF-16 character offset within that line (the LSP convention).</summary>
public readonly record struct LinePosition(int Line, int Character)
{
    /// <summary>One-based "line,column" as MSBuild and CI systems print it.</summary>
    public override string ToString() => $"{Line + 1},{Character + 1}";
}
