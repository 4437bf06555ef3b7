using System.Globalization;

namespace PolicyLang.Runtime;

/// <summary>A user-facing sentence in Dutch and English (Dutch first).</summary>
public sealed record Text(string Nl, string En)
{
    public string In(bool english) => english ? En : Nl;
    public override string ToString() => Nl;
}

/// <summary>Numbers in reasons: Dutch (1.234,5) or English (1,234.5), at most two decimals.</summary>
public static class NumberText
{
    private static readonly NumberFormatInfo Dutch = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = ".", NegativeSign = "-" };

    public static string Nl(decimal value) => Math.Round(value, 2).ToString("#,0.##", Dutch);
    public static string En(decimal value) => Math.Round(value, 2).ToString("#,0.##", CultureInfo.InvariantCulture);
    /// <summary>A computed figure at the precision of the data it came from (<see cref="DisplayPrecision"/>).</summary>
    public static string Nl(decimal value, int decimals) => Nl(DisplayPrecision.Round(value, decimals));
    public static string En(decimal value, int decimals) => En(DisplayPrecision.Round(value, decimals));

    public static string Percent(decimal fraction, bool english) => (english ? En(fraction * 100) : Nl(fraction * 100)) + "%";
}
