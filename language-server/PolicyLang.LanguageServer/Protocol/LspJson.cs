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

    /// <summary>Reads parameters into a type; a mismatch or a missing member that may not be null is an InvalidParams error, not a crash.</summary>
    public static T Read<T>(JsonElement? parameters) where T : class
    {
        if (parameters is not { } element || element.ValueKind == JsonValueKind.Null)
            throw new LspException(ErrorCodes.InvalidParams, "Parameters are missing.");
        try
        {
            var value = element.Deserialize<T>(Options) ?? throw new LspException(ErrorCodes.InvalidParams, "Parameters are missing.");
            if (RequiredMembers.FindMissing(value) is { } missing)
                throw new LspException(ErrorCodes.InvalidParams, $"Invalid parameters: '{missing}' is missing or null.");
            return value;
        }
        catch (JsonException e)
        {
            throw new LspException(ErrorCodes.InvalidParams, "Invalid parameters: " + e.Message);
        }
    }
}
