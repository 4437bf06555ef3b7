namespace PolicyLang.LanguageServer.Workspace;

/// <summary>The server's only access to the disk: the files of a folder that are not open in the editor.</summary>
public interface IFileSystem
{
    IEnumerable<string> BeleidFiles(string folder);

    /// <summary>The file's text, or null when it does not exist or cannot be read.</summary>
    string? ReadText(string path);
}

public sealed class PhysicalFileSystem : IFileSystem
{
    public IEnumerable<string> BeleidFiles(string folder)
    {
        try
        {
            return Directory.Exists(folder)
                ? Directory.EnumerateFiles(folder, "*.beleid", SearchOption.TopDirectoryOnly).Select(Path.GetFullPath).ToList()
                : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    public string? ReadText(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
