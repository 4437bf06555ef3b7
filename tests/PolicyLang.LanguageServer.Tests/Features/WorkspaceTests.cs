using Microsoft.Extensions.Logging;
using PolicyLang.LanguageServer.Logging;
using Xunit;
using static PolicyLang.LanguageServer.Tests.Features.Fixture;

namespace PolicyLang.LanguageServer.Tests.Features;

public sealed class WorkspaceTests
{
    [Fact]
    public async Task A_sibling_file_changed_on_disk_is_reread_when_the_client_reports_it()
    {
        var fs = FileSystem();
        var (client, _) = await TestClient.StartAsync(fs);
        await using var _c = client;
        client.Open(DoelenUri, Doelen);
        await client.WaitForDiagnostics(DoelenUri, d => d.Length == 0);

        fs.Files[IndicatorenPath] = Indicatoren.Replace("indicator Bijstand", "indicator Uitkering");
        client.Notify("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = IndicatorenUri, type = 2 } } });
        var diagnostics = await client.WaitForDiagnostics(DoelenUri, d => d.Any(x => x.GetProperty("code").GetString() == "PL2001"));
        Assert.Contains(diagnostics, d => d.GetProperty("message").GetString()!.Contains("Bijstand"));
    }

    [Fact]
    public async Task Watchers_are_registered_when_the_client_supports_dynamic_registration()
    {
        var client = TestClient.ForServer(FileSystem(), out _);
        await using var _c = client;
        await client.RequestAsync("initialize", new { capabilities = new { workspace = new { didChangeWatchedFiles = new { dynamicRegistration = true } } } });
        client.Notify("initialized", new { });
        await client.RequestAsync("workspace/symbol", new { query = "" }); // a round trip: the registration was sent before the answer
        var registration = client.Notifications.Single(n => n.Method == "client/registerCapability");
        Assert.Contains("**/*.beleid", registration.Params.GetRawText());
    }

    [Fact]
    public async Task Changing_the_language_setting_republishes_the_messages_in_that_language()
    {
        var (client, _) = await TestClient.StartAsync(FileSystem());
        await using var _c = client;
        client.Open(DoelenUri, Doelen.Replace("indicator: Bijstand", "indicator: Bijstnd"));
        var dutch = await client.WaitForDiagnostics(DoelenUri, d => d.Length == 1);
        Assert.Contains("niet gedefinieerd", dutch[0].GetProperty("message").GetString());
        client.Notify("workspace/didChangeConfiguration", new { settings = new { policylang = new { taal = "en", debounce = 0 } } });
        await client.WaitForDiagnostics(DoelenUri, d => d.Length == 1 && d[0].GetProperty("message").GetString()!.Contains("is not defined"));
    }

    [Fact]
    public async Task The_client_sets_the_log_level()
    {
        var levels = new LogLevelSwitch(LogLevel.Information);
        var client = TestClient.ForServer(FileSystem(), out _, levels);
        await using var _c = client;
        await client.RequestAsync("initialize", new { capabilities = new { }, initializationOptions = new { logLevel = "error" } });
        Assert.Equal(LogLevel.Error, levels.Level);
        client.Notify("initialized", new { });
        client.Notify("$/setTrace", new { value = "verbose" });
        await client.RequestAsync("workspace/symbol", new { query = "" });
        Assert.Equal(LogLevel.Debug, levels.Level);
    }
}
