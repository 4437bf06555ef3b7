using PolicyLang.Text;

namespace PolicyLang.Emit;

/// <summary>A .beleid file as the generated code's #line directives name it.</summary>
public sealed record MappedDocument(string LineFileName, SourceText Source);

/// <summary>The C# the emitter wrote for one kader, and the .beleid documents it maps back to.</summary>
public sealed record GeneratedMonitor(
    string KaderId,
    string AssemblyName,
    string ClassName,
    string FileName,
    string Code,
    IReadOnlyList<MappedDocument> Documents);
