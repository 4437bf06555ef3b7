using System.Text;

namespace PolicyLang.Emit;

/// <summary>
/// Writes C# text line by line with indentation. Faster than SyntaxFactory with
/// NormalizeWhitespace, and it lets the emitter know the exact column of every line it writes,
/// which the enhanced #line directives need.
/// </summary>
internal sealed class CodeWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _text = new();
    private int _indent;

    public int Line { get; private set; } = 1;

    /// <summary>The column at which the next line's code starts (the indentation width).</summary>
    public int CurrentIndentWidth => _indent * IndentUnit.Length;

    public CodeWriter WriteLine(string line = "")
    {
        if (line.Length > 0)
            for (var i = 0; i < _indent; i++) _text.Append(IndentUnit);
        _text.Append(line).Append('\n');
        Line++;
        return this;
    }

    /// <summary>A preprocessor directive: always in column one.</summary>
    public CodeWriter Directive(string directive)
    {
        _text.Append(directive).Append('\n');
        Line++;
        return this;
    }

    public CodeWriter OpenBlock(string header)
    {
        WriteLine(header);
        WriteLine("{");
        _indent++;
        return this;
    }

    public CodeWriter CloseBlock()
    {
        _indent--;
        return WriteLine("}");
    }

    public override string ToString() => _text.ToString();
}
