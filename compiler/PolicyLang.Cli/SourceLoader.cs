using PolicyLang.Analysis;
using PolicyLang.Syntax;
using PolicyLang.Text;

namespace PolicyLang.Cli;

/// <summary>One folder's compilation, and which of its files the user asked about (null: all).</summary>
public sealed record CompilationUnitSet(string Folder, Compilation Compilation, IReadOnlySet<string>? OnlyFiles);

/// <summary>
/// The CLI's file access: turns the paths on the command line into compilations. A folder
/// argument checks every folder below it that holds .beleid files (each one compilation); a
/// file argument compiles its whole folder but reports only that file.
/// </summary>
public static class SourceLoader
{
    public const string Extension = ".beleid";

    public static IReadOnlyList<CompilationUnitSet> Load(IEnumerable<string> arguments)
    {
        var folders = new SortedDictionary<string, HashSet<string>?>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            var full = Path.GetFullPath(argument);
            if (Directory.Exists(full))
            {
                var beleidFolders = Directory.EnumerateFiles(full, "*" + Extension, SearchOption.AllDirectories)
                    .Select(f => Path.GetDirectoryName(f)!)
                    .Distinct()
                    .ToList();
                if (beleidFolders.Count == 0) throw new UserError($"geen {Extension}-bestanden gevonden in '{argument}'", $"no {Extension} files found in '{argument}'");
                foreach (var folder in beleidFolders) folders[folder] = null;
            }
            else if (File.Exists(full))
            {
                if (!full.EndsWith(Extension, StringComparison.OrdinalIgnoreCase))
                    throw new UserError($"'{argument}' is geen {Extension}-bestand", $"'{argument}' is not a {Extension} file");
                var folder = Path.GetDirectoryName(full)!;
                if (!folders.TryGetValue(folder, out var only))
                    folders[folder] = [full];
                else
                    only?.Add(full); // null means the whole folder is already requested
            }
            else
            {
                throw new UserError($"'{argument}' bestaat niet", $"'{argument}' does not exist");
            }
        }

        return folders.Select(pair => new CompilationUnitSet(pair.Key, LoadFolder(pair.Key), pair.Value)).ToList();
    }

    public static Compilation LoadFolder(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*" + Extension, SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal);
        return Compilation.Create(files.Select(file => SyntaxTree.Parse(Read(file), file)), LoadOptions(folder));
    }

    /// <summary>The folder's policylang.json, if there is one; the defaults otherwise.</summary>
    public static AnalysisOptions LoadOptions(string folder)
    {
        var file = Path.Combine(folder, AnalysisOptions.FileName);
        return File.Exists(file) ? AnalysisOptionsReader.Read(new SourceText(Read(file), file)) : AnalysisOptions.Default;
    }

    private static string Read(string file)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"'{file}' kan niet gelezen worden: {e.Message}", $"'{file}' cannot be read: {e.Message}");
        }
    }
}

/// <summary>A usage or I/O problem: printed as one line, exit code 2.</summary>
public sealed class UserError(string nl, string en) : Exception(en)
{
    public string Nl { get; } = nl;
    public string En { get; } = en;
}
