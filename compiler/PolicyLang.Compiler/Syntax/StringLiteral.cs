using System.Text;

namespace PolicyLang.Syntax;

/// <summary>Decodes the value of a string token: strips the quotes and resolves \" and \\.</summary>
public static class StringLiteral
{
    public static string ValueOf(SyntaxToken token)
    {
        var text = token.Chars;
        if (text.Length == 0) return "";
        var inner = text[1..];
        if (inner.Length > 0 && inner[^1] == '"' && !EndsWithEscape(inner[..^1])) inner = inner[..^1];
        if (inner.IndexOf('\\') < 0) return inner.ToString();
        var builder = new StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '\\' && i + 1 < inner.Length && inner[i + 1] is '"' or '\\')
            {
                builder.Append(inner[++i]);
                continue;
            }
            builder.Append(inner[i]);
        }
        return builder.ToString();
    }

    public static bool IsTerminated(SyntaxToken token)
    {
        var text = token.Chars;
        return text.Length >= 2 && text[^1] == '"' && !EndsWithEscape(text[1..^1]);
    }

    private static bool EndsWithEscape(ReadOnlySpan<char> text)
    {
        var backslashes = 0;
        for (var i = text.Length - 1; i >= 0 && text[i] == '\\'; i--) backslashes++;
        return backslashes % 2 == 1;
    }

    /// <summary>Encodes a value as a PolicyLang string literal (used by the formatter and code actions).</summary>
    public static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
