namespace PolicyLang.Cli.Monitoring;

/// <summary>A problem in a measurement file, at its line (1-based). Printed as "pad(regel): fout: bericht" (or "waarschuwing").</summary>
public sealed record DataError(string Path, int Line, string Nl, string En)
{
    /// <summary>A warning does not stop the monitor: the value was read, but perhaps not as meant.</summary>
    public bool IsWarning { get; init; }

    public string Format(bool english) =>
        $"{Path}({Line}): {(IsWarning ? (english ? "warning" : "waarschuwing") : (english ? "error" : "fout"))}: {(english ? En : Nl)}";
}
