using PolicyLang.Cli;
using PolicyLang.Diagnostics;
using Xunit;

namespace PolicyLang.Tests.Formatting;

public sealed class FmtCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("policylang-fmt-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Check_reports_unformatted_files_without_writing_and_fmt_writes_them()
    {
        var messy = Path.Combine(_dir, "a.beleid");
        var clean = Path.Combine(_dir, "b.beleid");
        File.WriteAllText(messy, "thema T \"t\"{\nnummer :1\n}");
        File.WriteAllText(clean, "thema U \"u\" {\n  nummer: 2\n}\n");

        var output = new StringWriter();
        Assert.Equal(1, FmtCommand.Run([_dir], check: true, Taal.Nl, output));
        Assert.Contains("a.beleid: niet opgemaakt", output.ToString());
        Assert.DoesNotContain("b.beleid", output.ToString());
        Assert.Equal("thema T \"t\"{\nnummer :1\n}", File.ReadAllText(messy));

        Assert.Equal(0, FmtCommand.Run([_dir], check: false, Taal.En, new StringWriter()));
        Assert.Equal("thema T \"t\" {\n  nummer: 1\n}\n", File.ReadAllText(messy));
        Assert.Equal(0, FmtCommand.Run([_dir], check: true, Taal.Nl, new StringWriter()));
    }

    [Fact]
    public void A_missing_path_is_a_usage_error()
    {
        Assert.Throws<UserError>(() => FmtCommand.Run([Path.Combine(_dir, "nope")], check: true, Taal.Nl, new StringWriter()));
    }

    /// <summary>Issue 20: "{\n" x 50,000 died with OutOfMemory (4.3 GB); x 10,000 wrote a 100 MB file.</summary>
    [Fact]
    public void Fmt_on_deep_nesting_writes_a_file_linear_in_the_input_and_is_then_formatted()
    {
        var deep = Path.Combine(_dir, "diep.beleid");
        File.WriteAllText(deep, string.Concat(Enumerable.Repeat("{\n", 50_000)));

        Assert.Equal(0, FmtCommand.Run([deep], check: false, Taal.Nl, new StringWriter()));
        Assert.True(new FileInfo(deep).Length < 7_000_000, $"{new FileInfo(deep).Length} bytes");
        Assert.Equal(0, FmtCommand.Run([deep], check: true, Taal.Nl, new StringWriter()));
    }
}
