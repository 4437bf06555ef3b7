using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace PolicyLang.Cli.Caching;

/// <summary>
/// Built monitors by content hash, so <c>policylang monitor</c> (and <c>test</c>) skip Roslyn when
/// nothing that goes into the assembly changed. The build is deterministic (same sources, same
/// bytes), so the key is exact: the folder's name (it names the embedded documents), every
/// <c>.beleid</c> file's name and text, <c>policylang.json</c> (it can turn a warning into an error),
/// the identity of the compiler assemblies (their MVIDs change with every code change, because they
/// are built deterministically) and the bytes of the reference assemblies monitors compile against.
/// The cache lives outside the repository (docs/ci.md): <c>$POLICYLANG_CACHE</c>, else the user's
/// cache folder. A damaged or unwritable cache is never an error: it only costs a rebuild.
/// </summary>
public static class MonitorCache
{
    public const string EnvironmentVariable = "POLICYLANG_CACHE";

    /// <summary>The folder that holds cached monitors.</summary>
    public static string Directory()
    {
        var overridden = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(overridden)) return Path.GetFullPath(overridden);
        string root;
        if (OperatingSystem.IsWindows())
            root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        else if (OperatingSystem.IsMacOS())
            root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "Library", "Caches");
        else
            root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
                ? xdg
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "policylang", "monitors");
    }

    /// <summary>The hex SHA-256 of everything that determines the monitor built from this folder.</summary>
    public static string KeyOf(string folder)
    {
        var full = Path.GetFullPath(folder);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string label, ReadOnlySpan<byte> bytes)
        {
            // Length-prefixed fields, so no two different inputs concatenate to the same stream.
            hash.AppendData(Encoding.UTF8.GetBytes(label));
            Span<byte> length = stackalloc byte[8];
            BitConverter.TryWriteBytes(length, (long)bytes.Length);
            hash.AppendData(length);
            hash.AppendData(bytes);
        }

        foreach (var assembly in CompilerAssemblies())
        {
            Add("assembly", Encoding.UTF8.GetBytes(assembly.GetName().FullName));
            Add("mvid", assembly.ManifestModule.ModuleVersionId.ToByteArray());
            foreach (var reference in assembly.GetReferencedAssemblies().OrderBy(r => r.FullName, StringComparer.Ordinal))
                Add("references", Encoding.UTF8.GetBytes(reference.FullName));
        }
        foreach (var reference in ReferenceFiles())
        {
            Add("ref", Encoding.UTF8.GetBytes(Path.GetFileName(reference)));
            Add("ref-bytes", File.ReadAllBytes(reference));
        }
        Add("folder", Encoding.UTF8.GetBytes(Path.GetFileName(full.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))));
        foreach (var file in System.IO.Directory.EnumerateFiles(full, "*" + SourceLoader.Extension, SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal))
        {
            Add("file", Encoding.UTF8.GetBytes(Path.GetFileName(file)));
            Add("text", File.ReadAllBytes(file));
        }
        var options = Path.Combine(full, "policylang.json");
        if (File.Exists(options)) Add("options", File.ReadAllBytes(options));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The cached assembly for this key, or null (absent or unreadable).</summary>
    public static byte[]? TryRead(string key)
    {
        try
        {
            var path = PathOf(key);
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Stores a built assembly; written to a temporary file and moved, so a parallel run never reads half a file.</summary>
    public static void TryWrite(string key, byte[] assembly)
    {
        try
        {
            var path = PathOf(key);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllBytes(temporary, assembly);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The cache only saves time; failing to fill it is not the user's problem.
        }
    }

    public static string PathOf(string key) => Path.Combine(Directory(), key + ".dll");

    private static IEnumerable<Assembly> CompilerAssemblies() =>
        [typeof(Compilation).Assembly, typeof(Emit.MonitorBuild).Assembly, typeof(Runtime.KaderMonitor).Assembly];

    /// <summary>The shipped refs/ the emitter compiles against (or none: then it uses the runtime's, named by the runtime version below).</summary>
    private static IEnumerable<string> ReferenceFiles()
    {
        var refs = Path.Combine(AppContext.BaseDirectory, "refs");
        var files = System.IO.Directory.Exists(refs)
            ? System.IO.Directory.EnumerateFiles(refs, "*.dll").Order(StringComparer.Ordinal).ToList()
            : [];
        return files.Count > 0 ? files : [typeof(object).Assembly.Location];
    }
}
