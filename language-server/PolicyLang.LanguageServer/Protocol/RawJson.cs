using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicyLang.LanguageServer.Protocol;

/// <summary>
/// A JSON value serialised already (UTF-8), written into a message as it is: lets a payload that
/// was serialised once to compare it with the last one sent go out without a second serialisation.
/// </summary>
[JsonConverter(typeof(RawJsonConverter))]
public sealed class RawJson(byte[] utf8)
{
    public byte[] Utf8 { get; } = utf8;

    public bool SameAs(RawJson? other) => other is not null && Utf8.AsSpan().SequenceEqual(other.Utf8);

    private sealed class RawJsonConverter : JsonConverter<RawJson>
    {
        public override RawJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            return new RawJson(JsonSerializer.SerializeToUtf8Bytes(document.RootElement));
        }

        public override void Write(Utf8JsonWriter writer, RawJson value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.Utf8, skipInputValidation: true);
    }
}
