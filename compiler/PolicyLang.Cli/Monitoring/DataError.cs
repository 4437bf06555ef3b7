namespace PolicyLang.Cli.Monitoring;

/// <summary>A problem in a measurement file, at its line (1-based). Printed as "pad(regel): fout: bericht".</summary>
public sealed record DataError(string Path, int Line, string Nl, string En)
{
    public string Format(bool english) => $"{Path}({Line}): {(english ? "error" : "fout")}: {(english ? En : Nl)}";
}
