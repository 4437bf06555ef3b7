using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Text;
using PolicyLang.Emit;
using PolicyLang.Runtime;
using Xunit;
using static PolicyLang.Backend.Tests.BackendTestSupport;

namespace PolicyLang.Backend.Tests.Emit;

public class EmitterTests
{
    private const string Kader = "kader K \"Voorbeeld\" { gemeente: \"Voorbeeldstad\" periode: 2017 t/m 2020 }\n";
    private const string Indicator = "indicator Bijstand \"Personen met bijstand\" { eenheid: aantal polariteit: lager is beter }\n";

    public static TheoryData<string> Examples() => ExampleNames();

    [Theory]
    [MemberData(nameof(Examples))]
    public void GeneratedCSharpCompilesForEveryExample(string example)
    {
        var compilation = LoadFolder(Path.Combine(ExamplesDir, example));
        var result = MonitorBuild.Build(compilation);
        Assert.Empty(result.PolicyErrors);
        Assert.NotNull(result.Monitor);
        Assert.True(result.Monitor!.Success, string.Join("\n", result.Monitor.Errors));
        var monitor = MonitorHost.Load(result.Monitor.Assembly);
        // Every doel of the kader has a method and a node; every indicator is declared.
        var doelen = compilation.Model.OfKind(Binding.ElementKind.Doel).Select(d => d.Id!).ToHashSet();
        Assert.Equal(doelen, monitor.Goals.Where(g => g.Kind == GoalKind.Doel).Select(g => g.Id).ToHashSet());
        Assert.Equal(compilation.Model.OfKind(Binding.ElementKind.Indicator).Count(), monitor.Indicators.Count);
        var run = monitor.Run(new MeasurementData([]), 2020);
        Assert.Equal(doelen.Count, run.Outcomes.Count);
        Assert.All(run.Outcomes.Values, o => Assert.True(o.Status is GoalStatus.NoData or GoalStatus.NotMeasurable));
    }

    [Fact]
    public void OneReadableMethodPerDoelNamedAfterIt()
    {
        var (_, compiled, _) = BuildMonitor(Kader, Indicator,
            "doel MinderBijstand \"Minder bijstand\" { indicator: Bijstand nulmeting: 410 in 2015 streefwaarde: maximaal 370 in 2020 }\n",
            "doel Zelfredzaam \"Zelfredzaam\" { meetbaar: nee reden: \"te breed\" }\n");
        var code = compiled.Source.Code;
        Assert.Contains("public GoalOutcome Doel_MinderBijstand(MeasurementData data, int peiljaar)", code);
        Assert.Contains("norm = norm.WithBaseline(410m, 2015);", code);
        Assert.Contains("norm = norm.WithTarget(Comparator.LessOrEqual, 370m, 2020);", code);
        Assert.Contains("return GoalRules.Judge(norm, data.Series(\"Bijstand\"), peiljaar);", code);
        Assert.Contains("public GoalOutcome Doel_Zelfredzaam(MeasurementData data, int peiljaar)", code);
        Assert.Contains("GoalOutcome.NotMeasurable(\"Bewust niet meetbaar: te breed\"", code);
    }

    [Fact]
    public void BuildingTwiceGivesIdenticalBytesWhereverTheFolderLives()
    {
        var text = Indicator + "doel D \"d\" { indicator: Bijstand streefwaarde: maximaal 370 in 2020 }\n";
        CompiledMonitor Build(string folder) => MonitorBuild.Build(Compilation.FromSources([($"{folder}/kader.beleid", Kader), ($"{folder}/doelen.beleid", text)])).Monitor!;
        var a = Build("/home/one/kaders/k");
        var b = Build("/home/one/kaders/k");
        var c = Build("/tmp/elsewhere/deeper/k");
        Assert.True(a.Success);
        Assert.Equal(a.Assembly, b.Assembly);
        Assert.Equal(a.Pdb, b.Pdb);
        Assert.Equal(a.Assembly, c.Assembly);
        Assert.Equal(a.Pdb, c.Pdb);
        Assert.DoesNotContain("/home/one", Encoding.UTF8.GetString(a.Pdb));
    }

    [Fact]
    public void ExampleBuildsAreDeterministic()
    {
        var folder = Path.Combine(ExamplesDir, "steenwijkerland");
        var first = MonitorBuild.Build(LoadFolder(folder)).Monitor!;
        var second = MonitorBuild.Build(LoadFolder(folder)).Monitor!;
        Assert.Equal(first.Assembly, second.Assembly);
        Assert.Equal(first.Pdb, second.Pdb);
    }

    [Fact]
    public void CSharpErrorsAreReportedAtTheirBeleidPlace()
    {
        var doelen = "doel D \"d\" {\n  indicator: Bijstand\n  richting: afname\n}\n";
        var generated = MonitorSourceGenerator.Generate(Compilation.FromSources([("/v/k/kader.beleid", Kader + Indicator), ("/v/k/doelen.beleid", doelen)]).Model);
        // Break the statement generated for 'richting: afname' (line 3, column 3 of doelen.beleid).
        var broken = generated with { Code = generated.Code.Replace("norm.WithDirection(", "norm.WithDirectionX(") };
        var result = MonitorCompiler.Compile(broken);
        var error = Assert.Single(result.Errors);
        Assert.Equal("k/doelen.beleid", error.Path);
        Assert.Equal(3, error.Line);
        // The error is on 'WithDirectionX', 12 characters into "norm = norm.WithDirectionX(": the
        // mapping keeps the column offset within the statement exactly.
        Assert.Equal(3 + "norm = norm.".Length, error.Column);
        Assert.Equal("CS1061", error.Code);
    }

    [Fact]
    public void PdbEmbedsTheBeleidSourcesAndMapsSequencePointsToThem()
    {
        var doelen = "doel D \"d\" {\n  indicator: Bijstand\n  nulmeting: 410 in 2015\n  streefwaarde: maximaal 370 in 2020\n}\n";
        var compilation = Compilation.FromSources([("/v/k/kader.beleid", Kader + Indicator), ("/v/k/doelen.beleid", doelen)]);
        var monitor = MonitorBuild.Build(compilation).Monitor!;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(monitor.Pdb));
        var pdb = provider.GetMetadataReader();
        var documents = pdb.Documents.Select(h => pdb.GetDocument(h)).ToDictionary(d => pdb.GetString(d.Name), d => d);
        Assert.Contains("k/doelen.beleid", documents.Keys);

        var embedded = pdb.CustomDebugInformation.Select(h => pdb.GetCustomDebugInformation(h))
            .Where(c => pdb.GetGuid(c.Kind) == new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE"))
            .Select(c => (Document: c.Parent, Blob: pdb.GetBlobBytes(c.Value))).ToList();
        var doelenDoc = pdb.Documents.First(h => pdb.GetString(pdb.GetDocument(h).Name) == "k/doelen.beleid");
        var blob = embedded.Single(e => e.Document == (EntityHandle)doelenDoc).Blob;
        Assert.Equal(doelen, DecodeEmbedded(blob));

        // The sequence points of the doel's method lie on the doel header (line 1) and its field lines.
        var lines = pdb.MethodDebugInformation.Select(h => pdb.GetMethodDebugInformation(h))
            .SelectMany(m => m.GetSequencePoints())
            .Where(sp => !sp.IsHidden && sp.Document == doelenDoc)
            .Select(sp => (sp.StartLine, sp.StartColumn)).ToHashSet();
        Assert.Contains((1, 1), lines);   // doel D
        Assert.Contains((3, 3), lines);   // nulmeting
        Assert.Contains((4, 3), lines);   // streefwaarde
        Assert.Contains((2, 3), lines);   // indicator: the Judge call
    }

    private static string DecodeEmbedded(byte[] blob)
    {
        var format = BitConverter.ToInt32(blob, 0);
        var payload = blob.AsSpan(4).ToArray();
        if (format == 0) return Encoding.UTF8.GetString(payload).TrimStart('\uFEFF');
        using var deflate = new System.IO.Compression.DeflateStream(new MemoryStream(payload), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(deflate, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [Fact]
    public void KaderWithErrorsIsNotBuilt()
    {
        var result = MonitorBuild.Build(Compilation.FromSources([("/v/k/k.beleid", Kader + "doel D \"d\" { indicator: Onbekend }\n")]));
        Assert.NotEmpty(result.PolicyErrors);
        Assert.Null(result.Monitor);
    }

    [Fact]
    public void ReferenceAssembliesComeFromTheShippedRefsFolder()
    {
        _ = ReferenceAssemblies.All;
        Assert.Equal("refs", ReferenceAssemblies.Origin);
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "refs", "System.Runtime.dll")));
    }
}
