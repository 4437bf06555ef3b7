using PolicyLang.Syntax;
using PolicyLang.Text;

namespace PolicyLang.LanguageServer.Workspace;

/// <summary>
/// One file of a folder as the workspace knows it: an open document (with the editor's version)
/// or a file on disk. Immutable; the tree is parsed once, on first use, by whichever thread needs it.
/// </summary>
public sealed class SourceFile
{
    private readonly Lazy<SyntaxTree> _tree;

    public SourceFile(string path, string uri, int? version, string text)
    {
        Path = path;
        Uri = uri;
        Version = version;
        Text = new SourceText(text, path);
        _tree = new Lazy<SyntaxTree>(() => SyntaxTree.Parse(Text), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Path { get; }
    public string Uri { get; }

    /// <summary>The editor's version for open documents; null for files read from disk.</summary>
    public int? Version { get; }
    public bool IsOpen => Version is not null;
    public SourceText Text { get; }

    /// <summary>
    /// The whole file's tree, for formatting only: everything else reads the folder's analysis,
    /// whose trees are the file's chunks (<see cref="FolderSnapshot.Analysis"/>).
    /// </summary>
    public SyntaxTree Tree => _tree.Value;
    public bool IsParsed => _tree.IsValueCreated;
}
