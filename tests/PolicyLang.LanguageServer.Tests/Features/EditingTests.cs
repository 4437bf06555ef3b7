using System.Text.Json;
using PolicyLang.Binding.Vocabulary;
using PolicyLang.Formatting;
using PolicyLang.Syntax;
using Xunit;
using static PolicyLang.LanguageServer.Tests.Features.Fixture;

namespace PolicyLang.LanguageServer.Tests.Features;

public sealed class EditingTests
{
    private static async Task<TestClient> Opened(string text, bool snippets = false)
    {
        var (client, _) = await TestClient.StartAsync(FileSystem(withBegroting: true), snippets: snippets);
        client.Open(DoelenUri, text);
        await client.WaitForDiagnostics(DoelenUri);
        return client;
    }

    private static async Task<List<string>> Complete(TestClient client, int line, int character) =>
        [.. Labels(await client.RequestAsync("textDocument/completion", Position(DoelenUri, line, character)))];

    [Fact]
    public async Task Completion_offers_keywords_at_the_top_level()
    {
        await using var client = await Opened(Doelen + "\n");
        var labels = await Complete(client, 17, 0);
        Assert.Contains("doel", labels);
        Assert.Contains("indicator", labels);
        Assert.DoesNotContain("post", labels); // only inside a begroting
    }

    [Fact]
    public async Task Completion_offers_the_fields_of_the_element_kind_without_those_already_given()
    {
        await using var client = await Opened(Doelen.Replace("  streefwaarde: maximaal 370 in 2020\n", "  streefwaarde: maximaal 370 in 2020\n  tu\n"));
        var labels = await Complete(client, 16, 4);
        Assert.Contains("tussendoel", labels);
        Assert.Contains("richting", labels);
        Assert.DoesNotContain("nulmeting", labels);   // already there, not repeatable
        Assert.DoesNotContain("eenheid", labels);     // an indicator field
    }

    [Fact]
    public async Task Completion_in_a_reference_field_offers_ids_of_the_right_kind_only()
    {
        await using var client = await Opened(Doelen.Replace("  indicator: Bijstand", "  indicator: "));
        var labels = await Complete(client, 13, 13);
        Assert.Equal(["Bijstand"], labels);

        await using var second = await Opened(Doelen.Replace("  draagt bij aan: Meedoen", "  draagt bij aan: "));
        var contributes = await Complete(second, 11, 18);
        Assert.Contains("Meedoen", contributes);
        Assert.DoesNotContain("Bijstand", contributes);
        Assert.DoesNotContain("MinderBijstand", contributes); // not itself
    }

    [Fact]
    public async Task Completion_inside_a_formula_offers_what_it_can_name_and_the_formula_words()
    {
        await using var client = await Opened(Doelen + "\nbewering B \"b\" {\n  formule: \n}\n");
        var labels = await Complete(client, 19, 11);
        Assert.Contains("Bijstand", labels);          // an indicator
        Assert.DoesNotContain("Meedoen", labels);     // an ambitie holds no figure
        Assert.Contains("verandering", labels);
        Assert.Contains("elk", labels);
    }

    [Fact]
    public async Task Hover_on_a_formula_shows_its_value_as_the_checker_computes_it()
    {
        var text = Doelen + "\ntabel T \"t\" {\n  kolommen: 2016, 2017\n  rij A \"a\": € 10, € 10\n  rij B \"b\": € 7, € 8\n}\nfeit F \"f\" {\n  waarde: € 3\n  gelijk aan: T.A[2017] - T.B[2017]\n}\n";
        await using var client = await Opened(text);
        var hover = await client.RequestAsync("textDocument/hover", Position(DoelenUri, 25, 15));
        Assert.Contains("= € 2", hover.GetProperty("contents").GetProperty("value").GetString());
    }

    [Fact]
    public async Task Inlay_hints_show_a_formulas_value_as_the_checker_computes_it_and_a_failing_claim()
    {
        var text = Doelen + "\ntabel T \"t\" {\n  kolommen: 2016, 2017\n  rij A \"a\": € 10, € 10\n  rij B \"b\": € 7, € 8\n}\nfeit F \"f\" {\n  waarde: € 3\n  gelijk aan: T.A[2017] - T.B[2017]\n}\n"
            + "bewering C \"Alle cellen van A zijn meer dan 10\" {\n  formule: elk(T.A) > € 10\n}\n";
        await using var client = await Opened(text);
        var hints = (await client.RequestAsync("textDocument/inlayHint", new
        {
            textDocument = new { uri = DoelenUri }, range = new { start = new { line = 17, character = 0 }, end = new { line = 40, character = 0 } },
        })).EnumerateArray().Select(h => (Line: h.GetProperty("position").GetProperty("line").GetInt32(), Char: h.GetProperty("position").GetProperty("character").GetInt32(), Label: h.GetProperty("label").GetString())).ToList();
        Assert.Contains((25, 35, "= € 2"), hints);                    // after 'gelijk aan: T.A[2017] - T.B[2017]', the same value PL4014 compares
        Assert.Contains(hints, h => h.Line == 28 && h.Label == "klopt niet met de cijfers");
    }

    [Fact]
    public async Task Semantic_tokens_in_a_formula_mark_functions_keywords_names_and_operators()
    {
        var text = Doelen + "\ntabel T \"t\" {\n  kolommen: 2016, 2017\n  rij A \"a\": € 10, € 11\n  formule: [2] = som([1]) + € 1\n}\nbewering C \"c\" {\n  formule: niet (elk(T.A) > € 10)\n}\n";
        await using var client = await Opened(text);
        var data = (await client.RequestAsync("textDocument/semanticTokens/full", new { textDocument = new { uri = DoelenUri } }))
            .GetProperty("data").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        var tokens = new List<(int Line, int Char, int Type)>();
        int line = 0, character = 0;
        for (var i = 0; i < data.Length; i += 5)
        {
            line += data[i];
            character = data[i] == 0 ? character + data[i + 1] : data[i + 1];
            tokens.Add((line, character, data[i + 3]));
        }
        var legend = PolicyLang.LanguageServer.Features.SemanticTokenLegend.Types;
        string TypeAt(int l, int c) => legend[tokens.Single(t => t.Line == l && t.Char == c).Type];
        // line 21: '  formule: [2] = som([1]) + € 1'
        Assert.Equal("operator", TypeAt(21, 11));   // [
        Assert.Equal("number", TypeAt(21, 12));     // 2
        Assert.Equal("function", TypeAt(21, 17));   // som
        Assert.Equal("operator", TypeAt(21, 20));   // (
        Assert.Equal("operator", TypeAt(21, 26));   // +
        // line 24: '  formule: niet (elk(T.A) > € 10)'
        Assert.Equal("keyword", TypeAt(24, 11));    // niet
        Assert.Equal("keyword", TypeAt(24, 17));    // elk
        Assert.Equal("variable", TypeAt(24, 21));   // T
        Assert.Equal("operator", TypeAt(24, 22));   // .
        Assert.Equal("property", TypeAt(24, 2));    // formule: still a field name
    }

    [Fact]
    public async Task Completion_offers_wetten_units_and_bronnen()
    {
        await using var client = await Opened(Doelen.Replace("  wet: Participatiewet", "  wet: "));
        var wetten = await Complete(client, 12, 7);
        Assert.Contains("Participatiewet", wetten);
        Assert.Contains("Jeugdwet", wetten);
        Assert.DoesNotContain("Meedoen", wetten);

        var indicator = "indicator Nieuw \"n\" {\n  eenheid: \n  bron: \n}\n";
        var uri = DoelenUri.Replace("doelen", "nieuw");
        client.Open(uri, indicator);
        var units = Labels(await client.RequestAsync("textDocument/completion", Position(uri, 1, 11))).ToList();
        Assert.Contains("percentage van", units);
        Assert.Contains("rapportcijfer", units);
        var bronnen = Labels(await client.RequestAsync("textDocument/completion", Position(uri, 2, 8))).ToList();
        Assert.Contains("\"CBS Statline\"", bronnen); // the bron the sibling indicator already uses
    }

    [Fact]
    public async Task Completion_offers_every_unit_and_answer_of_the_vocabulary()
    {
        await using var client = await Opened(Doelen);
        var uri = DoelenUri.Replace("doelen", "nieuw");
        client.Open(uri, "indicator Nieuw \"n\" {\n  eenheid: \n}\ndoel D \"d\" {\n  meetbaar: \n}\n");
        var units = Labels(await client.RequestAsync("textDocument/completion", Position(uri, 1, 11))).ToList();
        Assert.All(ValueWords.Units.Words, unit => Assert.Contains(unit, units));
        Assert.Contains("maanden", units); // once missing from the editor's own list
        var answers = Labels(await client.RequestAsync("textDocument/completion", Position(uri, 4, 12))).ToList();
        Assert.Equal(["ja", "nee"], answers.Where(a => ValueWords.YesNo.Words.Contains(a)));
    }

    [Fact]
    public async Task Completion_in_a_target_offers_the_band_and_the_targets_relative_to_the_nulmeting()
    {
        await using var client = await Opened(Doelen.Replace("  streefwaarde: maximaal 370 in 2020", "  streefwaarde: "));
        var labels = await Complete(client, 15, 16);
        Assert.Contains("tussen", labels);
        Assert.Contains("gelijk of hoger dan de nulmeting", labels);
        Assert.Contains("afname van", labels);
        Assert.DoesNotContain("minder dan", labels); // follows an amount
    }

    [Fact]
    public async Task Hover_on_a_value_word_shows_its_meaning_from_the_vocabulary()
    {
        await using var client = await Opened(Doelen);
        var nl = (await client.RequestAsync("textDocument/hover", Position(DoelenUri, 15, 17))).GetProperty("contents").GetProperty("value").GetString()!;
        Assert.Equal("**maximaal** (vergelijking), ook geschreven als `<=`", nl);
    }

    [Fact]
    public async Task Hover_on_a_missing_value_code_in_a_table_cell_names_it()
    {
        const string tabel = "tabel T \"t\" {\n  kolommen: 2018, 2019\n  rij \"a\": n.v.t., nb\n}\n";
        await using var client = await Opened(tabel);
        async Task<string> HoverAt(int character) => (await client.RequestAsync("textDocument/hover", Position(DoelenUri, 2, character)))
            .GetProperty("contents").GetProperty("value").GetString()!;
        Assert.Equal("**n.v.t.** (ontbrekende waarde), ook geschreven als `nvt`", await HoverAt(11));
        Assert.Equal("**nb** (ontbrekende waarde), ook geschreven als `n.b.`, `onbekend`", await HoverAt(19));
        var (english, _) = await TestClient.StartAsync(FileSystem(withBegroting: true), taal: "en");
        await using (english)
        {
            english.Open(DoelenUri, tabel);
            await english.WaitForDiagnostics(DoelenUri);
            var en = (await english.RequestAsync("textDocument/hover", Position(DoelenUri, 2, 19))).GetProperty("contents").GetProperty("value").GetString()!;
            Assert.StartsWith("**nb** (missing value): not known", en);
        }
    }

    [Fact]
    public async Task Completion_inside_a_comment_or_string_offers_nothing()
    {
        await using var client = await Opened("// doel \n" + Doelen);
        Assert.Empty(await Complete(client, 0, 7));
        Assert.Empty(await Complete(client, 11, 25)); // inside the doel's title
    }

    [Fact]
    public async Task Hover_on_a_doel_shows_indicator_unit_nulmeting_streefwaarde_and_bron()
    {
        await using var client = await Opened(Doelen);
        var hover = await client.RequestAsync("textDocument/hover", Position(DoelenUri, 10, 8));
        var text = hover.GetProperty("contents").GetProperty("value").GetString()!;
        Assert.Contains("Minder inwoners in de bijstand", text);
        Assert.Contains("Personen met een bijstandsuitkering", text);
        Assert.Contains("per 10.000 \"inwoners 18 jaar en ouder\"", text);
        Assert.Contains("nulmeting: 410 in 2015", text);
        Assert.Contains("streefwaarde: maximaal 370 in 2020", text);
        Assert.Contains("CBS Statline", text);
    }

    [Fact]
    public async Task Hover_on_a_begroting_shows_the_computed_totals_and_on_a_field_its_meaning()
    {
        await using var client = await Opened(Doelen);
        client.Open(BegrotingUri, Begroting);
        var hover = (await client.RequestAsync("textDocument/hover", Position(BegrotingUri, 0, 12))).GetProperty("contents").GetProperty("value").GetString()!;
        Assert.Contains("2017: € 250 · 2018: € 340", hover); // 300 - 50, 400 - 60
        var field = (await client.RequestAsync("textDocument/hover", Position(DoelenUri, 14, 4))).GetProperty("contents").GetProperty("value").GetString()!;
        Assert.Contains("nulmeting", field);
        Assert.Contains("waarde in jaar", field);
    }

    [Fact]
    public async Task Formatting_returns_the_formatter_output_and_is_idempotent()
    {
        var messy = "doel   X \"x\"{\n      draagt bij aan :Meedoen\n\n\n\n  nulmeting: 1 in 2015   \n}";
        await using var client = await Opened(Doelen + messy);
        var edits = (await client.RequestAsync("textDocument/formatting", new { textDocument = new { uri = DoelenUri }, options = new { tabSize = 2, insertSpaces = true } })).EnumerateArray().ToList();
        var formatted = Apply(Doelen + messy, edits);
        Assert.Equal(Formatter.Format(SyntaxTree.Parse(Doelen + messy)), formatted);
        Assert.EndsWith("doel X \"x\" {\n  draagt bij aan: Meedoen\n\n  nulmeting: 1 in 2015\n}\n", formatted);

        client.Change(DoelenUri, 2, 0, 0, 1000, 0, formatted);
        var again = await client.RequestAsync("textDocument/formatting", new { textDocument = new { uri = DoelenUri }, options = new { tabSize = 2, insertSpaces = true } });
        Assert.Equal(0, again.GetArrayLength());
    }

    [Fact]
    public async Task Code_action_adds_a_missing_required_field_and_the_diagnostic_goes_away()
    {
        var text = Doelen + "spanning S \"Kosten tegen kwaliteit\" {\n  toelichting: \"x\"\n}\n";
        await using var client = await Opened(text);
        var diagnostics = await client.WaitForDiagnostics(DoelenUri, d => d.Any(x => x.GetProperty("code").GetString() == "PL2018"));
        var actions = (await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = DoelenUri },
            range = diagnostics.First(d => d.GetProperty("code").GetString() == "PL2018").GetProperty("range"),
            context = new { diagnostics = Array.Empty<object>() },
        })).EnumerateArray().ToList();
        var add = actions.Single(a => a.GetProperty("title").GetString() == "Voeg het veld 'tussen' toe");
        var fixedText = Apply(text, add.GetProperty("edit").GetProperty("changes").GetProperty(DoelenUri).EnumerateArray());
        Assert.Contains("  toelichting: \"x\"\n  tussen: \n}", fixedText);
    }

    [Fact]
    public async Task Code_action_replaces_an_undefined_reference_with_the_suggestion()
    {
        var text = Doelen.Replace("draagt bij aan: Meedoen", "draagt bij aan: Meedoeen");
        await using var client = await Opened(text);
        var diagnostics = await client.WaitForDiagnostics(DoelenUri, d => d.Any(x => x.GetProperty("code").GetString() == "PL2001"));
        var undefined = diagnostics.Single(x => x.GetProperty("code").GetString() == "PL2001");
        var actions = (await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = DoelenUri }, range = undefined.GetProperty("range"), context = new { diagnostics },
        })).EnumerateArray().ToList();
        var replace = actions.Single(a => a.GetProperty("title").GetString() == "Vervang door 'Meedoen'");
        Assert.Equal(Doelen, Apply(text, replace.GetProperty("edit").GetProperty("changes").GetProperty(DoelenUri).EnumerateArray()));
    }

    [Fact]
    public async Task Code_actions_apply_a_rule_fix_and_suppress_an_analysis_warning()
    {
        // Kader names Wmo2015, no doel serves it: PL3017, a warning of the analysis.
        var text = Doelen.Replace("wetten: Participatiewet", "wetten: Participatiewet, Wmo2015");
        await using var client = await Opened(text);
        var diagnostics = await client.WaitForDiagnostics(DoelenUri, d => d.Any(x => x.GetProperty("code").GetString() == "PL3017"));
        var warning = diagnostics.Single(x => x.GetProperty("code").GetString() == "PL3017");
        var actions = (await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = DoelenUri }, range = warning.GetProperty("range"), context = new { diagnostics },
        })).EnumerateArray().ToList();
        var suppress = actions.Single(a => a.GetProperty("title").GetString() == "Onderdruk PL3017 op deze regel");
        var suppressed = Apply(text, suppress.GetProperty("edit").GetProperty("changes").GetProperty(DoelenUri).EnumerateArray());
        Assert.Contains("  // policylang-disable-next-line PL3017\n  wetten: Participatiewet, Wmo2015", suppressed);
        client.Change(DoelenUri, 2, 0, 0, 1000, 0, suppressed);
        await client.WaitForDiagnostics(DoelenUri, d => d.All(x => x.GetProperty("code").GetString() != "PL3017"), version: 2);
    }

    [Fact]
    public async Task A_fix_carried_by_an_analysis_diagnostic_becomes_a_quick_fix()
    {
        // Two doelen pushing opposite ways on related indicators without a spanning: PL3019 carries a fix.
        var text = Doelen + Tension;
        await using var client = await Opened(text);
        var diagnostics = await client.WaitForDiagnostics(DoelenUri, d => d.Any(x => x.GetProperty("code").GetString() == "PL3019"));
        var tension = diagnostics.First(x => x.GetProperty("code").GetString() == "PL3019");
        var actions = (await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = DoelenUri }, range = tension.GetProperty("range"), context = new { diagnostics },
        })).EnumerateArray().ToList();
        var declare = actions.Single(a => a.GetProperty("title").GetString() == "Verklaar de spanning tussen beide doelen");
        var declared = Apply(text, declare.GetProperty("edit").GetProperty("changes").GetProperty(DoelenUri).EnumerateArray());
        client.Change(DoelenUri, 2, 0, 0, 1000, 0, declared);
        await client.WaitForDiagnostics(DoelenUri, d => d.All(x => x.GetProperty("code").GetString() != "PL3019"), version: 2);
    }

    [Fact]
    public async Task Code_action_corrects_a_total_with_the_budget_rules_fix()
    {
        await using var client = await Opened(Doelen);
        var wrong = Begroting.Replace("totaal: € 250, € 340", "totaal: € 250, € 999");
        client.Open(BegrotingUri, wrong);
        var diagnostics = await client.WaitForDiagnostics(BegrotingUri, d => d.Any(x => x.GetProperty("code").GetString() == "PL4002"));
        var total = diagnostics.Single(x => x.GetProperty("code").GetString() == "PL4002");
        var actions = (await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = BegrotingUri }, range = total.GetProperty("range"), context = new { diagnostics },
        })).EnumerateArray().ToList();
        var correct = actions.Single(a => a.GetProperty("title").GetString() == "Corrigeer naar € 340");
        Assert.True(correct.GetProperty("isPreferred").GetBoolean());
        var fixedText = Apply(wrong, correct.GetProperty("edit").GetProperty("changes").GetProperty(BegrotingUri).EnumerateArray());
        Assert.Equal(Begroting, fixedText);
        client.Change(BegrotingUri, 2, 0, 0, 1000, 0, fixedText);
        await client.WaitForDiagnostics(BegrotingUri, d => d.All(x => x.GetProperty("code").GetString() != "PL4002"), version: 2);
    }

    [Fact]
    public async Task Inlay_hints_show_years_before_amounts_and_computed_sums_beside_posts()
    {
        await using var client = await Opened(Doelen);
        client.Open(BegrotingUri, Begroting);
        var hints = (await client.RequestAsync("textDocument/inlayHint", new
        {
            textDocument = new { uri = BegrotingUri }, range = new { start = new { line = 0, character = 0 }, end = new { line = 9, character = 0 } },
        })).EnumerateArray().Select(h => (Line: h.GetProperty("position").GetProperty("line").GetInt32(), Label: h.GetProperty("label").GetString())).ToList();
        Assert.Contains((2, "2017:"), hints);
        Assert.Contains((2, "2018:"), hints);
        Assert.Contains((2, "Σ € 300, € 400"), hints);   // the two posts of P66
        Assert.Contains((0, "Σ € 250, € 340"), hints);   // the begroting's top-level posts

        var units = (await client.RequestAsync("textDocument/inlayHint", new
        {
            textDocument = new { uri = DoelenUri }, range = new { start = new { line = 0, character = 0 }, end = new { line = 17, character = 0 } },
        })).EnumerateArray().Select(h => h.GetProperty("label").GetString()).ToList();
        Assert.Equal(2, units.Count(l => l == "per 10.000 \"inwoners 18 jaar en ouder\""));
    }

    [Fact]
    public async Task Signature_help_shows_the_form_of_a_value_and_the_year_of_a_post_amount()
    {
        await using var client = await Opened(Doelen);
        var help = await client.RequestAsync("textDocument/signatureHelp", Position(DoelenUri, 15, 16));
        Assert.Contains("waarde in jaar", help.GetProperty("signatures")[0].GetProperty("label").GetString());

        client.Open(BegrotingUri, Begroting);
        // line 3: '    post "Rolstoelen": € 100, € 150' — the caret in the second amount.
        var post = await client.RequestAsync("textDocument/signatureHelp", Position(BegrotingUri, 3, 33));
        Assert.Equal(1, post.GetProperty("activeParameter").GetInt32());
        Assert.Equal("€ 2018", post.GetProperty("signatures")[0].GetProperty("parameters")[1].GetProperty("label").GetString());
    }
}
