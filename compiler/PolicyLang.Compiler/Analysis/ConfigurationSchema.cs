using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PolicyLang.Analysis;

/// <summary>
/// The JSON schema of policylang.json (docs/policylang.schema.json), made from what the reader
/// accepts: a level per rule of <see cref="AnalysisRules.All"/> (described by
/// <see cref="AnalysisRule.Description"/>), the level words of <see cref="AnalysisOptionsReader"/>
/// and the list of vague words. A test keeps the committed file equal to this.
/// </summary>
public static class ConfigurationSchema
{
    public static string Generate()
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(stream, options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
            json.WriteString("title", AnalysisOptions.FileName);
            json.WriteString("description", "Configuratie van de PolicyLang-analyse, naast de .beleid-bestanden van een kader. / Configuration of the PolicyLang analysis, beside the .beleid files of a kader.");
            json.WriteString("type", "object");
            json.WriteBoolean("additionalProperties", false);
            json.WriteStartObject("properties");

            json.WriteStartObject("$schema");
            json.WriteString("type", "string");
            json.WriteEndObject();

            json.WriteStartObject("regels");
            json.WriteString("description", "Niveau per analyseregel (PL3xxx, PL4xxx, PL5xxx). / Level per analysis rule.");
            json.WriteString("type", "object");
            json.WriteBoolean("additionalProperties", false);
            json.WriteStartObject("properties");
            foreach (var rule in AnalysisRules.All)
            {
                json.WriteStartObject(rule.Code);
                json.WriteString("$ref", "#/definitions/niveau");
                json.WriteString("description", rule.Description);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
            Alias(json, "rules", "regels");

            json.WriteStartObject("vageWoorden");
            json.WriteString("description", "Woorden die een doeltitel zonder indicator vaag maken (PL5002); vervangt de standaardlijst. / Words that make a goal title without an indicator vague; replaces the default list.");
            json.WriteString("type", "array");
            json.WriteStartObject("items");
            json.WriteString("type", "string");
            json.WriteNumber("minLength", 1);
            json.WriteEndObject();
            json.WriteEndObject();
            Alias(json, "vagueWords", "vageWoorden");

            json.WriteEndObject();
            json.WriteStartObject("definitions");
            json.WriteStartObject("niveau");
            json.WriteString("type", "string");
            json.WriteStartArray("enum");
            foreach (var (word, _) in AnalysisOptionsReader.LevelNames) json.WriteStringValue(word);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Alias(Utf8JsonWriter json, string english, string dutch)
    {
        json.WriteStartObject(english);
        json.WriteString("description", $"English alias of '{dutch}'.");
        json.WriteString("$ref", $"#/properties/{dutch}");
        json.WriteEndObject();
    }
}
