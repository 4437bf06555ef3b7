using System.Text.Json;
using PolicyLang.Binding.Vocabulary;
using PolicyLang.Runtime;

namespace PolicyLang.Cli.Reports;

/// <summary>
/// The report as JSON (docs/report.schema.json), for dashboards and CI: the same content as the
/// HTML and Markdown reports (titles, figures with units, reasons, explanations, programmes,
/// budgets) plus the raw figures. Status and colour are stable English words; texts are in the
/// report's language, the runtime's reason in both.
/// </summary>
public static class JsonRenderer
{
    public static void Write(Stream stream, ReportModel m)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("taal", m.English ? "en" : "nl");
        w.WriteString("kader", m.KaderId);
        w.WriteString("titel", m.Title);
        w.WriteStartArray("gemeenten");
        foreach (var g in m.Gemeenten) w.WriteStringValue(g);
        w.WriteEndArray();
        w.WriteNumber("peiljaar", m.Peiljaar);
        w.WriteString("metingen", m.MeasurementsName);
        Counts(w, "samenvatting", m.Counts);
        Counts(w, "samenvattingHoofddoelen", m.ParentCounts);
        w.WriteStartArray("aandacht");
        foreach (var c in m.Attention) w.WriteStringValue(c.Id);
        w.WriteEndArray();
        w.WriteStartArray("bevindingen");
        foreach (var f in m.Findings)
        {
            w.WriteStartObject();
            w.WriteString("doel", f.GoalId);
            w.WriteString("melding", f.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("programmas");
        foreach (var p in m.Programmes) Programme(w, p);
        w.WriteEndArray();
        w.WriteStartArray("doelen");
        foreach (var c in m.Cards) Card(w, c, m.English);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Counts(Utf8JsonWriter w, string name, IReadOnlyList<ColourCount> counts)
    {
        w.WriteStartObject(name);
        foreach (var c in counts) w.WriteNumber(c.Colour.Label(), c.Count);
        w.WriteEndObject();
    }

    private static void Programme(Utf8JsonWriter w, Programme p)
    {
        w.WriteStartObject();
        w.WriteString("id", p.Id);
        w.WriteString("titel", p.Title);
        w.WriteStartArray("doelen");
        foreach (var id in p.GoalIds) w.WriteStringValue(id);
        w.WriteEndArray();
        w.WriteStartArray("maatregelen");
        foreach (var x in p.Maatregelen)
        {
            w.WriteStartObject();
            if (x.Id is not null) w.WriteString("id", x.Id);
            w.WriteString("titel", x.Title);
            if (x.Owner is not null) w.WriteString("eigenaar", x.Owner);
            if (x.State is not null) w.WriteString("status", x.State);
            if (x.Term is not null) w.WriteString("termijn", x.Term);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("begroting");
        foreach (var line in p.Budget)
        {
            w.WriteStartObject();
            w.WriteString("begroting", line.Begroting);
            w.WriteString("post", line.Title);
            w.WriteStartArray("bedragen");
            foreach (var a in line.Amounts)
            {
                w.WriteStartObject();
                w.WriteNumber("jaar", a.Year);
                w.WriteNumber("begroot", a.Value);
                w.WriteString("tekst", a.Text);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            if (line.PostId is not null) w.WriteString("id", line.PostId);
            // Begroot and realisatie per year side by side (decision 0022).
            w.WriteStartArray("jaren");
            foreach (var y in line.Years)
            {
                w.WriteStartObject();
                w.WriteNumber("jaar", y.Year);
                if (y.Budgeted is { } b) w.WriteNumber("begroot", b.Value);
                if (y.Realised is { } r)
                {
                    w.WriteStartObject("realisatie");
                    if (r.Value is { } v) w.WriteNumber("bedrag", v);
                    if (r.Missing is { } why) w.WriteString("ontbreekt", why);
                    w.WriteString("tekst", r.Text);
                    w.WriteBoolean("voorlopig", r.Provisional);
                    w.WriteBoolean("illustratief", r.Illustrative);
                    w.WriteEndObject();
                }
                if (y.Difference is { } d) w.WriteNumber("verschil", d);
                if (y.DifferenceText is { } dt) w.WriteString("verschilTekst", dt);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteBoolean("heeftRealisatie", p.HasRealisation);
        w.WriteString("begrotingNoot", p.BudgetNote);
        w.WriteEndObject();
    }

    private static void Card(Utf8JsonWriter w, GoalCard c, bool english)
    {
        w.WriteStartObject();
        w.WriteString("id", c.Id);
        w.WriteString("soort", c.Kind);
        w.WriteString("titel", c.Title);
        w.WriteString("bron", c.Source);
        w.WriteStartArray("draagtBijAan");
        foreach (var p in c.Parents) w.WriteStringValue(p);
        w.WriteEndArray();
        if (c.Indicator is { } indicator) w.WriteString("indicator", indicator);
        if (c.UnitLabel is { } unit) w.WriteString("eenheid", unit);
        if (c.RollUp is { } rollUp)
        {
            Counts(w, "onderliggend", c.RollUpCounts);
            w.WriteString("onderliggendTekst", rollUp);
        }
        if (c.Outcome is { } o)
        {
            w.WriteString("status", o.Status.ToString());
            w.WriteString("kleur", o.Colour.ToString());
            w.WriteString("label", c.StatusLabel);
            w.WriteString("samenvatting", c.Reason);
            w.WriteString("reden", o.Reason.Nl);
            w.WriteString("reason", o.Reason.En);
            w.WriteBoolean("viaSubdoelen", c.FromSubgoals);
            w.WriteBoolean("toelichtingOntbreekt", c.LacksExplanation);
            w.WriteStartArray("toelichtingen");
            foreach (var e in c.Explanations)
            {
                w.WriteStartObject();
                w.WriteString("periode", e.Period);
                w.WriteString("tekst", e.Text);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("cijfers");
            foreach (var f in c.Figures)
            {
                w.WriteStartObject();
                w.WriteString("soort", f.Key);
                w.WriteString("label", f.Label);
                w.WriteString("tekst", f.Text);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            if (o.Latest is { } l)
            {
                w.WriteStartObject("laatste");
                w.WriteString("periode", l.Period.ToString());
                w.WriteNumber("waarde", l.Value);
                w.WriteBoolean("voorlopig", l.Provisional);
                w.WriteBoolean("illustratief", l.Illustrative);
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
            if (o.Expected is { } e2) w.WriteNumber("verwacht", e2);
            if (o.Norm?.EffectiveTarget is { } target)
            {
                w.WriteStartObject("streefwaarde");
                if (ValueWords.Comparators.EntryOf(target.Comparator) is { } comparator) w.WriteString("vergelijking", english ? comparator.English : comparator.Dutch);
                w.WriteNumber("waarde", target.Value);
                if (target.Upper is { } upper) w.WriteNumber("bovengrens", upper);
                if (target.Year is { } year) w.WriteNumber("jaar", year);
                w.WriteEndObject();
            }
            if (o.JudgedYear is { } judged) w.WriteNumber("beoordeeldOp", judged);
            if (o.Projection is { } p) { w.WriteNumber("projectie", p); w.WriteNumber("projectieJaar", o.ProjectionYear ?? 0); w.WriteBoolean("projectieZeker", o.ProjectionCertain); }
            w.WriteNumber("metingen", o.Used);
        }
        if (c.Chart is { } chart)
        {
            w.WriteStartArray("grafiek");
            foreach (var row in ChartTable.Rows(chart, english))
            {
                w.WriteStartObject();
                w.WriteString("periode", row.Period);
                w.WriteString("gemeten", row.Measured);
                w.WriteString("norm", row.Norm);
                if (chart.Comparisons.Count > 0) w.WriteString("vergelijking", row.Comparison);
                w.WriteString("soort", row.Kind);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }
}
