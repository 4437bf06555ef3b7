using System.Text;
using PolicyLang.Syntax;

namespace PolicyLang.Formatting;

/// <summary>
/// The one formatter of .beleid text (the CLI's <c>policylang fmt</c> and the language server's
/// formatting both call it). Pure: tree in, text out. It changes only layout between tokens:
/// indentation (two spaces per block level, one more for a value continued on the next line),
/// spacing within a line (none before ':' and ',', one after them and around braces, two between
/// fields on one line, runs of spaces collapsed), at most one blank line in a row, no trailing spaces, one final line break; indentation stops at
/// <see cref="MaxIndentLevels"/>.
/// It never joins or splits lines and never touches a token or a comment, so no text is lost and
/// the re-parsed tree has the same tokens; formatting its own output changes nothing.
/// </summary>
public static class Formatter
{
    public const string Indent = "  ";

    /// <summary>Indentation stops growing at the parser's nesting limit, so the output stays linear in the input.</summary>
    public const int MaxIndentLevels = Parser.MaxDepth;

    public static string Format(SyntaxTree tree) => new Writer(tree).Run();

    private sealed class Writer(SyntaxTree tree)
    {
        private readonly StringBuilder _out = new(tree.Text.Length + tree.Text.Length / 8);
        private readonly string _newline = DetectNewline(tree.Text.Text);
        private int _depth;
        private int _newlines;
        private string _space = "";
        private SyntaxToken? _previous;

        public string Run()
        {
            foreach (var token in tree.Root.DescendantTokens())
            {
                foreach (var trivia in token.LeadingTrivia) Trivia(trivia);
                if (token.IsMissing || token.Kind == SyntaxKind.EndOfFileToken) continue;
                Token(token);
            }
            if (_out.Length > 0) _out.Append(_newline);
            return _out.ToString();
        }

        private void Trivia(SyntaxTrivia trivia)
        {
            switch (trivia.Kind)
            {
                case SyntaxKind.EndOfLineTrivia:
                    _newlines++;
                    _space = "";
                    break;
                case SyntaxKind.WhitespaceTrivia:
                    _space = trivia.Text;
                    break;
                case SyntaxKind.CommentTrivia:
                    if (!StartLineIfNeeded(_depth))
                    {
                        // A comment after code on the same line keeps its distance (people align them).
                        if (_out.Length > 0) _out.Append(_space.Length > 0 ? _space : " ");
                    }
                    _out.Append(trivia.Text.TrimEnd());
                    _space = "";
                    break;
            }
        }

        private void Token(SyntaxToken token)
        {
            var depth = token.Kind == SyntaxKind.CloseBraceToken ? Math.Max(0, _depth - 1) : _depth;
            if (IsContinuation(token)) depth++;
            if (!StartLineIfNeeded(depth) && _previous is not null) _out.Append(Spacing(_previous, token, _space.Length > 0));
            _out.Append(token.Text);
            _space = "";
            _previous = token;
            if (token.Kind == SyntaxKind.OpenBraceToken) _depth++;
            else if (token.Kind == SyntaxKind.CloseBraceToken) _depth = Math.Max(0, _depth - 1);
        }

        /// <summary>Writes pending line breaks (at most one blank line) and the indentation; false when still on the same line.</summary>
        private bool StartLineIfNeeded(int depth)
        {
            if (_newlines == 0)
            {
                if (_out.Length > 0) return false;
                KeepZeroWidthNoBreakSpaces();
                return true;
            }
            if (_out.Length > 0)
                for (var i = 0; i < Math.Min(_newlines, 2); i++) _out.Append(_newline);
            _newlines = 0;
            // Deeper blocks are not parsed as blocks (Parser.MaxDepth) and indenting them further
            // would make the output grow with the square of the input ("{\n" x 50,000).
            for (var i = 0; i < Math.Min(depth, MaxIndentLevels); i++) _out.Append(Indent);
            KeepZeroWidthNoBreakSpaces();
            return true;
        }

        /// <summary>
        /// A U+FEFF in a line's indentation stays (after the new indentation): the lexer skips it as
        /// white space, but the parser does not count a word after it as starting a line, so dropping
        /// it would turn a continued value into a new field on the next formatting.
        /// </summary>
        private void KeepZeroWidthNoBreakSpaces()
        {
            foreach (var c in _space)
                if (c == '\uFEFF') _out.Append(c);
        }

        private static string Spacing(SyntaxToken previous, SyntaxToken token, bool hadSpace)
        {
            if (token.Kind is SyntaxKind.ColonToken or SyntaxKind.CommaToken) return "";
            if (previous.Kind is SyntaxKind.ColonToken or SyntaxKind.CommaToken or SyntaxKind.OpenBraceToken) return " ";
            if (token.Kind is SyntaxKind.OpenBraceToken or SyntaxKind.CloseBraceToken) return " ";
            // A word glued to a '.' stays glued: "r.a.溳:" is r . a . 溳 to the lexer, and a space after
            // the last dot would make "r.a." one abbreviation word (the fuzz harness found it).
            if (!hadSpace && previous.Kind == SyntaxKind.DotToken) return "";
            // Two fields on one line are set apart by two spaces: { nummer: 1  sectie: §3.1 }.
            if (token.Parent is FieldSyntax field && ReferenceEquals(field.NameWords[0], token)) return "  ";
            // Elsewhere adjacency is meaning ("56%", "€5"): keep tokens together that were together.
            return hadSpace ? " " : "";
        }

        /// <summary>A token that starts a line but continues a value list, a title or a field name of the line before.</summary>
        private static bool IsContinuation(SyntaxToken token) => token.Parent switch
        {
            ValueSyntax or ValueListSyntax => true,
            ElementSyntax element => !ReferenceEquals(element.Keyword, token),
            FieldSyntax field => !ReferenceEquals(field.NameWords[0], token),
            _ => false,
        };

        private static string DetectNewline(string text)
        {
            var index = text.IndexOf('\n');
            return index > 0 && text[index - 1] == '\r' ? "\r\n" : "\n";
        }
    }
}
