using System.Text;

namespace PolicyLang.Fuzz;

/// <summary>
/// Generates fuzz inputs from one <see cref="Random"/>: random characters, sequences of language
/// fragments, mutated example files, deep nesting and huge numbers. The same seed gives the same inputs.
/// </summary>
public sealed class InputGenerator(Random random, IReadOnlyList<string> examples, int maxRepetition)
{
    /// <summary>Tokens and near-tokens of the language, and characters that are known trouble (BOM, bidi, surrogates, NEL).</summary>
    public static readonly string[] Fragments =
    [
        "kader", "doel", "post", "rij", "tabel", "begroting", "indicator", "thema", "maatregel", "feit", "risico", "spanning",
        "{", "}", "}\n", ":", ",", "\"", "€", "%", "-", "§", "t/m", "//", "\\", "@", ";", "Id", "\"titel\"", "X \"t\" {",
        "draagt bij aan:", "nulmeting:", "streefwaarde:", "maximaal", "minimaal", "in", "waarde:", "eenheid:", "meetbaar: ja",
        "2020", "1.324.692", "7,1", "4.1", "28-06-2016", "56%", "€ -1.440.000", "2017 t/m 2020", "ja", "nee",
        "\n", " ", "  ", "\r\n", "\r", "\t", "é", "\uD83D\uDE00", "\uD800", "\uDC00", "\uFEFF", "\u202E", "\u2066", "\u0085",
        "\u2028", "\u00A0", "\uFFFF", "\0",
    ];

    /// <summary>Numbers at and beyond every limit a reader might have (decimal, long, double, percentage, year).</summary>
    public static readonly string[] HugeNumbers =
    [
        "79228162514264337593543950335", "79228162514264337593543950336", "99999999999999999999999999999999999999",
        "9223372036854775808", "-9223372036854775809", "1E400", "1E-30", "0,0000000000000000000000000001",
        "€ 999.999.999.999.999.999.999.999.999", "€ -79.228.162.514.264.337.593.543.950.336", "999999999999999999999%",
        "2147483648", "99999999 t/m 2147483648", "1.5E308", "0,00000000000000000000000000000001%", "€ 1,999999999999999999999999999",
    ];

    private const string RandomAlphabet = " \n\r\t{}:,\"€%-/§\\0123456789.abcdeklmnoprstuvwz\u00e9\uFEFF\u202E\uD800\uFFFF";

    /// <summary>Words of the examples (keywords, field names, ids), for lines that look like the language.</summary>
    private readonly string[] _vocabulary = [.. examples
        .SelectMany(e => System.Text.RegularExpressions.Regex.Matches(e, @"\p{L}[\p{L}\p{Nd}_]*").Select(m => m.Value))
        .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).DefaultIfEmpty("doel")];

    public string Next() => random.Next(12) switch
    {
        0 => RandomCharacters(),
        1 or 2 => FragmentSequence(),
        3 => DeepNesting(),
        4 => HugeNumberProgram(),
        5 or 6 => LineSoup(),
        _ => MutatedExample(),
    };

    /// <summary>Lines of vocabulary words, colons, values and braces, with odd white space at line starts.</summary>
    private string LineSoup()
    {
        string[] lineStarts = ["", "", "  ", "\t", "\uFEFF", " \uFEFF", "\u00A0", "\u2028", "\u0085", "\u000B"];
        string[] values = ["1", "56%", "€ 1.000", "\"t\"", "ja", "2018", "2017 t/m 2020", "maximaal 5 in 2020", "X, Y", "§ 3.1", "{", "}", ""];
        var builder = new StringBuilder();
        var lines = 1 + random.Next(8);
        for (var i = 0; i < lines; i++)
        {
            builder.Append(lineStarts[random.Next(lineStarts.Length)]);
            var words = random.Next(4);
            for (var w = 0; w < words; w++)
            {
                if (w > 0) builder.Append(random.Next(4) == 0 ? "" : " ");
                builder.Append(random.Next(3) == 0 ? Fragments[random.Next(Fragments.Length)] : _vocabulary[random.Next(_vocabulary.Length)]);
            }
            if (random.Next(2) == 0) builder.Append(": ").Append(values[random.Next(values.Length)]);
            builder.Append(random.Next(6) == 0 ? "\r\n" : "\n");
        }
        return random.Next(3) == 0 ? builder.ToString().TrimEnd() : builder.ToString();
    }

    private string RandomCharacters()
    {
        var length = random.Next(200);
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
            builder.Append(random.Next(8) == 0 ? (char)random.Next(0x10000) : RandomAlphabet[random.Next(RandomAlphabet.Length)]);
        return builder.ToString();
    }

    private string FragmentSequence()
    {
        var count = random.Next(60);
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++) builder.Append(Fragments[random.Next(Fragments.Length)]);
        return builder.ToString();
    }

    private string DeepNesting()
    {
        var depth = 1 + random.Next(random.Next(8) == 0 ? maxRepetition : 200);
        string[] openers = ["{\n", "{", "doel D \"d\" {\n", "post P \"p\": € 1 {\n", "x: {", "{ y: 1 ", "\"{\n"];
        var opener = openers[random.Next(openers.Length)];
        var closing = random.Next(3) switch { 0 => "", 1 => new string('}', depth), _ => string.Concat(Enumerable.Repeat("}\n", depth)) };
        return string.Concat(Enumerable.Repeat(opener, depth)) + closing;
    }

    private string HugeNumberProgram()
    {
        string[] templates =
        [
            "kader K \"k\" {{ gemeente: \"g\" periode: {0} }}\n",
            "doel D \"d\" {{\n  nulmeting: {0} in 2018\n  streefwaarde: maximaal {0} in 2020\n}}\n",
            "feit F \"f\" {{ waarde: {0} }}\n",
            "begroting B \"b\" {{\n  jaren: 2017 t/m 2018\n  post P \"p\": {0}, {0}\n  totaal: {0}, {0}\n}}\n",
            "tabel T \"t\" {{\n  kolommen: \"a\", \"b\"\n  rij \"r\": {0}, {0}\n  rij \"s\": {0}, {0}\n  rij \"totaal\": {0}, {0}\n}}\n",
            "risico R \"r\" {{ bedrag: {0} kans: {0} }}\n",
            "indicator I \"i\" {{ eenheid: % nulmeting: {0} in {0} }}\n",
        ];
        var builder = new StringBuilder();
        var count = 1 + random.Next(4);
        for (var i = 0; i < count; i++)
            builder.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture,
                templates[random.Next(templates.Length)], HugeNumbers[random.Next(HugeNumbers.Length)]));
        return builder.ToString();
    }

    private string MutatedExample()
    {
        if (examples.Count == 0) return FragmentSequence();
        var text = Slice(examples[random.Next(examples.Count)]);
        var edits = 1 + random.Next(5);
        for (var i = 0; i < edits; i++) text = Mutate(text);
        return text;
    }

    /// <summary>A run of whole lines of an example, so mutated inputs stay small and fast.</summary>
    private string Slice(string example)
    {
        var lines = example.Split('\n');
        var start = random.Next(lines.Length);
        var count = 1 + random.Next(Math.Min(80, lines.Length - start));
        return string.Join('\n', lines, start, count);
    }

    /// <summary>A number of the text replaced by a huge one, so the figure reaches the rules that compare and add it.</summary>
    private string ReplaceNumber(string text)
    {
        var numbers = System.Text.RegularExpressions.Regex.Matches(text, @"\d[\d.,]*");
        if (numbers.Count == 0) return text.Insert(random.Next(text.Length + 1), HugeNumbers[random.Next(HugeNumbers.Length)]);
        var number = numbers[random.Next(numbers.Count)];
        var huge = HugeNumbers[random.Next(HugeNumbers.Length)].TrimStart('€', ' ');
        return text.Remove(number.Index, number.Length).Insert(number.Index, huge);
    }

    /// <summary>One random edit: insert a fragment or a huge number, delete, duplicate or move a range.</summary>
    public string Mutate(string text)
    {
        var at = random.Next(text.Length + 1);
        var length = Math.Min(random.Next(30), text.Length - at);
        return random.Next(8) switch
        {
            6 or 7 => ReplaceNumber(text),
            0 or 1 => text.Insert(at, Fragments[random.Next(Fragments.Length)]),
            2 => text.Remove(at, length),
            3 => text.Insert(at, text.Substring(at, length)),
            4 => text.Insert(at, HugeNumbers[random.Next(HugeNumbers.Length)]),
            _ => text.Remove(at, length).Insert(random.Next(text.Length - length + 1), text.Substring(at, length)),
        };
    }
}
