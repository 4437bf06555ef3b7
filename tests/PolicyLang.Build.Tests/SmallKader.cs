namespace PolicyLang.Build.Tests;

/// <summary>A small kader with one measurable doel, written into a folder for a test.</summary>
public static class SmallKader
{
    public const string Kader = """
        kader Voorbeeld "Voorbeeldkader" {
          gemeente: "Voorbeeldstad"
          periode: 2017 t/m 2020
        }

        indicator Bijstand "Personen met een bijstandsuitkering" {
          eenheid: per 10.000 "inwoners 18 jaar en ouder"
          polariteit: lager is beter
        }

        doel MinderBijstand "Minder bijstand" {
          indicator: Bijstand
          nulmeting: 410 in 2015
          streefwaarde: maximaal 370 in 2020
        }
        """;

    public static string WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "kader.beleid"), Kader);
        return folder;
    }
}
