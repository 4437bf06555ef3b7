using System.Text.Json;
using PolicyLang.Binding.Vocabulary;
using PolicyLang.Runtime;

namespace PolicyLang.Cli.Monitoring;

/// <summary>The monitoring result as JSON, for dashboards and CI. Status and colour are stable English words; labels and reasons in both languages.</summary>
public static class JsonReport
{
    public static void Write(Stream stream, MonitorReport report)
    {
        var r = report.Result;
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("kader", r.Kader.Id);
        w.WriteString("titel", r.Kader.Title);
        w.WriteStartArray("gemeenten");
        foreach (var g in r.Kader.Gemeenten) w.WriteStringValue(g);
        w.WriteEndArray();
        w.WriteNumber("peiljaar", r.Peiljaar);
        w.WriteString("metingen", report.MeasurementsName);
        w.WriteStartObject("samenvatting");
        foreach (var colour in Enum.GetValues<Colour>()) w.WriteNumber(colour.Label(), r.Summary.Of(colour));
        w.WriteEndObject();
        w.WriteStartObject("samenvattingHoofddoelen");
        foreach (var colour in Enum.GetValues<Colour>()) w.WriteNumber(colour.Label(), r.ParentSummary.Of(colour));
        w.WriteEndObject();
        w.WriteStartArray("doelen");
        foreach (var goal in r.Goals)
        {
            w.WriteStartObject();
            w.WriteString("id", goal.Id);
            w.WriteString("soort", goal.Kind.ToString().ToLowerInvariant());
            w.WriteString("titel", goal.Title);
            w.WriteString("bron", goal.Source);
            w.WriteStartArray("draagtBijAan");
            foreach (var p in goal.Parents) w.WriteStringValue(p);
            w.WriteEndArray();
            if (goal.Indicator is { } indicator) w.WriteString("indicator", indicator);
            if (r.OutcomeOf(goal.Id) is { } o)
            {
                w.WriteString("status", o.Status.ToString());
                w.WriteString("kleur", o.Colour.ToString());
                w.WriteString("label", o.Status.Label(report.English));
                w.WriteString("reden", o.Reason.Nl);
                w.WriteString("reason", o.Reason.En);
                if (o.Latest is { } l)
                {
                    w.WriteStartObject("laatste");
                    w.WriteString("periode", l.Period.ToString());
                    w.WriteNumber("waarde", l.Value);
                    w.WriteBoolean("voorlopig", l.Provisional);
                    w.WriteEndObject();
                }
                if (o.LatestMissing is { } gap)
                {
                    // The doel's latest period is declared missing: which, and why (the runtime's reason, both languages).
                    w.WriteStartObject("laatsteOntbreekt");
                    w.WriteString("periode", gap.Period.ToString());
                    w.WriteString("reden", gap.Reason.ToString());
                    w.WriteString("omschrijving", gap.Reason.Describe().Nl);
                    w.WriteString("description", gap.Reason.Describe().En);
                    w.WriteEndObject();
                }
                if (o.Expected is { } e) w.WriteNumber("verwacht", e);
                if (o.Norm?.EffectiveTarget is { } target)
                {
                    // The norm the doel is judged against, as the policy writes it (comparator word from the vocabulary).
                    w.WriteStartObject("streefwaarde");
                    if (ValueWords.Comparators.EntryOf(target.Comparator) is { } comparator) w.WriteString("vergelijking", report.English ? comparator.English : comparator.Dutch);
                    w.WriteNumber("waarde", target.Value);
                    if (target.Year is { } year) w.WriteNumber("jaar", year);
                    w.WriteEndObject();
                }
                if (o.JudgedYear is { } judged) w.WriteNumber("beoordeeldOp", judged);
                if (o.Projection is { } p) { w.WriteNumber("projectie", p); w.WriteNumber("projectieJaar", o.ProjectionYear ?? 0); w.WriteBoolean("projectieZeker", o.ProjectionCertain); }
                w.WriteNumber("metingen", o.Used);
            }
            var rollUp = r.RollUp(goal.Id);
            if (rollUp.Total > 0)
            {
                w.WriteStartObject("onderliggend");
                foreach (var colour in Enum.GetValues<Colour>()) w.WriteNumber(colour.Label(), rollUp.Of(colour));
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
