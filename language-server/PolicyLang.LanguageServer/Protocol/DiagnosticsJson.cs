using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicyLang.LanguageServer.Protocol;

/// <summary>
/// Compile-time serialisation of the diagnostics list, the largest message the server sends and
/// the one it sends on every keystroke; the same settings as <see cref="LspJson.Options"/>.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(LspDiagnostic[]))]
internal sealed partial class DiagnosticsJson : JsonSerializerContext;
