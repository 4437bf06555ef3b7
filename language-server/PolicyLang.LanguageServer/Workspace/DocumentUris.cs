namespace PolicyLang.LanguageServer.Workspace;

/// <summary>
/// Converts between LSP document URIs and file paths. Only <c>file:</c> URIs have a folder (and
/// so siblings); any other scheme (<c>untitled:</c>) is a compilation of its own, keyed by the URI.
/// </summary>
public static class DocumentUris
{
    public const string UntitledFolderPrefix = "untitled-folder:";

    public static bool IsFile(string uri) => uri.StartsWith("file:", StringComparison.OrdinalIgnoreCase);

    /// <summary>The local path of a file URI; the URI itself for other schemes.</summary>
    public static string ToPath(string uri)
    {
        if (!IsFile(uri)) return uri;
        try
        {
            return Path.GetFullPath(new Uri(uri).LocalPath);
        }
        catch (Exception e) when (e is UriFormatException or ArgumentException or NotSupportedException)
        {
            return uri;
        }
    }

    public static string FromPath(string path) =>
        Path.IsPathRooted(path) ? new Uri(path).AbsoluteUri : path;

    /// <summary>The folder whose files form one compilation with this path.</summary>
    public static string FolderOf(string path) =>
        Path.IsPathRooted(path) ? Path.GetDirectoryName(path) ?? path : UntitledFolderPrefix + path;

    public static bool IsBeleid(string path) => path.EndsWith(".beleid", StringComparison.OrdinalIgnoreCase);

    public static bool IsOptionsFile(string path) =>
        string.Equals(Path.GetFileName(path), PolicyLang.Analysis.AnalysisOptions.FileName, StringComparison.OrdinalIgnoreCase);
}
