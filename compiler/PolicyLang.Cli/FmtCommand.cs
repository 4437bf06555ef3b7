using PolicyLang.Diagnostics;
using PolicyLang.Formatting;
using PolicyLang.Syntax;

namespace PolicyLang.Cli;

/// <summary>
/// policylang fmt: formats .beleid files in place with the same formatter as the language server.
/// With --check nothing is written: the files that would change are listed and the exit code is 1.
/// </summary>
public static class FmtCommand
{
    public static int Run(IReadOnlyList<string> paths, bool check, Taal taal, TextWriter output)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var argument in paths)
        {
            var full = Path.GetFullPath(argument);
            if (Directory.Exists(full))
                files.UnionWith(Directory.EnumerateFiles(full, "*" + SourceLoader.Extension, SearchOption.AllDirectories));
            else if (File.Exists(full) && full.EndsWith(SourceLoader.Extension, StringComparison.OrdinalIgnoreCase))
                files.Add(full);
            else if (File.Exists(full))
                throw new UserError($"'{argument}' is geen {SourceLoader.Extension}-bestand", $"'{argument}' is not a {SourceLoader.Extension} file");
            else
                throw new UserError($"'{argument}' bestaat niet", $"'{argument}' does not exist");
        }

        var changed = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var formatted = Formatter.Format(SyntaxTree.Parse(text, file));
            if (formatted == text) continue;
            changed++;
            var display = Path.GetRelativePath(Directory.GetCurrentDirectory(), file);
            if (check)
                output.WriteLine(taal == Taal.En ? $"{display}: not formatted" : $"{display}: niet opgemaakt");
            else
            {
                File.WriteAllText(file, formatted);
                output.WriteLine(taal == Taal.En ? $"{display}: formatted" : $"{display}: opgemaakt");
            }
        }

        output.WriteLine(taal == Taal.En
            ? $"{files.Count} file(s), {changed} {(check ? "not formatted" : "formatted")}."
            : $"{files.Count} bestand(en), {changed} {(check ? "niet opgemaakt" : "opgemaakt")}.");
        return check && changed > 0 ? 1 : 0;
    }
}
