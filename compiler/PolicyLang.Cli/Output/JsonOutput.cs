using System.Text.Json;

namespace PolicyLang.Cli.Output;

/// <summary>Writes one indented UTF-8 JSON document to a text writer (shared by the JSON and SARIF reporters).</summary>
internal static class JsonOutput
{
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true })) write(json);
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
