using System.Text.Json;
using Xunit;
using static PolicyLang.LanguageServer.Tests.Features.Fixture;

namespace PolicyLang.LanguageServer.Tests.Features;

public sealed class DiagnosticsTests
{
    [Fact]
    public async Task Opening_a_document_publishes_its_diagnostics_and_an_incremental_fix_clears_them()
    {
        var (client, _) = await TestClient.StartAsync(FileSystem());
        await using var _c = client;
        var broken = Doelen.Replace("indicator: Bijstand", "indicator: Bijstnd");
        client.Open(DoelenUri, broken);
        var diagnostics = await client.WaitForDiagnostics(DoelenUri, d => d.Length > 0, version: 1);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("PL2001", diagnostic.GetProperty("code").GetString());
        Assert.Contains("Bijstand", diagnostic.GetProperty("message").GetString()); // the Dutch suggestion
        Assert.Equal(13, diagnostic.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());

        // Incremental change: insert the missing 'a' at line 13, character 18 ("  indicator: Bijst|nd").
        client.Change(DoelenUri, 2, 13, 18, 13, 18, "a");
        await client.WaitForDiagnostics(DoelenUri, d => d.Length == 0, version: 2);
    }

    [Fact]
    public async Task Diagnostics_of_a_closed_sibling_file_are_published_and_follow_edits_of_the_open_one()
    {
        var fs = FileSystem();
        fs.Files[IndicatorenPath] = Indicatoren.Replace("polariteit: lager is beter", "polariteit: lager is beter\n  frequentie: soms");
        var (client, _) = await TestClient.StartAsync(fs);
        await using var _c = client;
        client.Open(DoelenUri, Doelen);
        var sibling = await client.WaitForDiagnostics(IndicatorenUri, d => d.Length > 0);
        Assert.Equal("PL2007", sibling.Single().GetProperty("code").GetString());

        // A whole-line replacement in the open file: its own diagnostics follow the edit.
        client.Change(DoelenUri, 2, 13, 2, 13, 21, "indicator: Onbekend");
        var own = await client.WaitForDiagnostics(DoelenUri, d => d.Length == 1, version: 2);
        Assert.Equal("PL2001", own[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task English_messages_when_the_client_asks_for_english()
    {
        var (client, _) = await TestClient.StartAsync(FileSystem(), taal: "en");
        await using var _c = client;
        client.Open(DoelenUri, Doelen.Replace("indicator: Bijstand", "indicator: Bijstnd"));
        var diagnostics = await client.WaitForDiagnostics(DoelenUri, d => d.Length > 0);
        Assert.Contains("is not defined", diagnostics[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Editing_policylang_json_reanalyses_the_folder()
    {
        var (client, _) = await TestClient.StartAsync(FileSystem());
        await using var _c = client;
        client.Open(DoelenUri, Doelen);
        await client.WaitForDiagnostics(DoelenUri, d => d.Length == 0);
        client.Open(OptionsUri, "{ \"regels\": ");
        var config = await client.WaitForDiagnostics(OptionsUri, d => d.Length > 0);
        Assert.Equal("PL6001", config[0].GetProperty("code").GetString());
        client.Notify("textDocument/didChange", new
        {
            textDocument = new { uri = OptionsUri, version = 2 },
            contentChanges = new[] { new { text = "{ \"vageWoorden\": [\"voldoende\"] }" } },
        });
        await client.WaitForDiagnostics(OptionsUri, d => d.Length == 0);
    }

    [Fact]
    public async Task Pull_diagnostics_answer_from_the_latest_snapshot()
    {
        var (client, _) = await TestClient.StartAsync(FileSystem(), pull: true);
        await using var _c = client;
        client.Open(DoelenUri, Doelen.Replace("wet: Participatiewet", "wet: Participatiewett"));
        var report = await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = DoelenUri } });
        Assert.Equal("full", report.GetProperty("kind").GetString());
        Assert.Contains(report.GetProperty("items").EnumerateArray(), d => d.GetProperty("code").GetString() == "PL2001");
        // In pull mode nothing is pushed for the document.
        await Task.Delay(50);
        Assert.DoesNotContain(client.Notifications, n => n.Method == "textDocument/publishDiagnostics");
    }

    [Fact]
    public async Task Closing_the_last_document_of_a_folder_clears_its_diagnostics()
    {
        var (client, _) = await TestClient.StartAsync(FileSystem());
        await using var _c = client;
        client.Open(DoelenUri, Doelen.Replace("indicator: Bijstand", "indicator: Bijstnd"));
        await client.WaitForDiagnostics(DoelenUri, d => d.Length == 1);
        client.Notify("textDocument/didClose", new { textDocument = new { uri = DoelenUri } });
        await client.WaitForDiagnostics(DoelenUri, d => d.Length == 0);
    }
}
