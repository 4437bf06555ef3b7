using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicyLang.LanguageServer.Protocol;

/// <summary>The serializer settings of every message: camelCase names, nulls left out.</summary>
public static class LspJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Reads parameters into a type; a mismatch is an InvalidParams error, not a crash.</summary>
    public static T Read<T>(JsonElement? parameters) where T : class
    {
        if (parameters is not { } element || element.ValueKind == JsonValueKind.Null)
            throw new LspException(ErrorCodes.InvalidParams, "Parameters are missing.");
        try
        {
            return element.Deserialize<T>(Options) ?? throw new LspException(ErrorCodes.InvalidParams, "Parameters are missing.");
        }
        catch (JsonException e)
        {
            throw new LspException(ErrorCodes.InvalidParams, "Invalid parameters: " + e.Message);
        }
    }
}
