using PolicyLang.Diagnostics;
using PolicyLang.Text;

namespace PolicyLang.Syntax;

/// <summary>
/// Turns source text into tokens. Every character ends up in exactly one token's full span
/// (as leading trivia or as token text), so nothing is ever lost. Never throws. Tokens are made
/// on demand: the parser pulls them through a small lookahead window, so each token is consumed
/// while it is still in cache and no list of all tokens is built.
/// </summary>
internal sealed class Lexer
{
    private readonly SourceText _source;
    private readonly string _text;
    private readonly DiagnosticBag _diagnostics;
    private int _position;

    public Lexer(SourceText source, DiagnosticBag diagnostics)
    {
        _source = source;
        _text = source.Text;
        _diagnostics = diagnostics;
    }

    /// <summary>All tokens at once. The parser pulls tokens one by one with <see cref="Next"/>; this is for diagnostics (the benchmark's lexer-only phase).</summary>
    public List<SyntaxToken> LexAll()
    {
        var tokens = new List<SyntaxToken>(_text.Length / 5 + 4);
        while (true)
        {
            var token = Next();
            tokens.Add(token);
            if (token.Kind == SyntaxKind.EndOfFileToken) return tokens;
        }
    }

    private char Current => _position < _text.Length ? _text[_position] : '\0';
    private char Peek(int offset) => _position + offset < _text.Length ? _text[_position + offset] : '\0';

    /// <summary>The next token; after the end of the text, an end-of-file token every time.</summary>
    public SyntaxToken Next()
    {
        var fullStart = _position;
        SkipTrivia();
        var start = _position;
        if (_position >= _text.Length) return Make(SyntaxKind.EndOfFileToken, fullStart, start);

        var c = _text[_position];
        switch (c)
        {
            case '{': _position++; return Make(SyntaxKind.OpenBraceToken, fullStart, start);
            case '}': _position++; return Make(SyntaxKind.CloseBraceToken, fullStart, start);
            case ':': _position++; return Make(SyntaxKind.ColonToken, fullStart, start);
            case ',': _position++; return Make(SyntaxKind.CommaToken, fullStart, start);
            case '€': _position++; return Make(SyntaxKind.EuroToken, fullStart, start);
            case '%': _position++; return Make(SyntaxKind.PercentToken, fullStart, start);
            case '=': _position++; return Make(SyntaxKind.EqualsToken, fullStart, start);
            case '<':
                _position += Peek(1) == '=' ? 2 : 1;
                return Make(_position - start == 2 ? SyntaxKind.LessEqualsToken : SyntaxKind.LessToken, fullStart, start);
            case '>':
                _position += Peek(1) == '=' ? 2 : 1;
                return Make(_position - start == 2 ? SyntaxKind.GreaterEqualsToken : SyntaxKind.GreaterToken, fullStart, start);
            case '"': return LexString(fullStart, start);
            case '§': return LexSection(fullStart, start);
            case '-':
                if (char.IsAsciiDigit(Peek(1))) return LexNumberOrDate(fullStart, start);
                _position++;
                return Make(SyntaxKind.MinusToken, fullStart, start);
        }

        if (char.IsAsciiDigit(c)) return LexNumberOrDate(fullStart, start);
        if (SyntaxFacts.IsIdentifierStart(c)) return LexWord(fullStart, start);

        // An unknown character: one bad token (a surrogate pair stays together).
        _position += char.IsHighSurrogate(c) && char.IsLowSurrogate(Peek(1)) ? 2 : 1;
        return Make(SyntaxKind.BadToken, fullStart, start);
    }

    private void SkipTrivia()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '/' && Peek(1) == '/')
            {
                var end = _text.AsSpan(_position).IndexOfAny(LineEnds);
                _position = end < 0 ? _text.Length : _position + end;
            }
            else if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                _position++;
            }
            else
            {
                return;
            }
        }
    }

    private SyntaxToken LexWord(int fullStart, int start)
    {
        // "t/m" (tot en met) is one token.
        if (_text[_position] == 't' && Peek(1) == '/' && Peek(2) == 'm' && !SyntaxFacts.IsIdentifierPart(Peek(3)))
        {
            _position += 3;
            return Make(SyntaxKind.ThroughToken, fullStart, start);
        }
        while (_position < _text.Length && SyntaxFacts.IsIdentifierPart(_text[_position])) _position++;
        var kind = SyntaxFacts.GetKeywordKind(_text.AsSpan(start, _position - start));
        return Make(kind, fullStart, start);
    }

    private static readonly System.Buffers.SearchValues<char> StringStops = System.Buffers.SearchValues.Create("\"\\\n\r");
    private static readonly System.Buffers.SearchValues<char> LineEnds = System.Buffers.SearchValues.Create("\n\r");

    private SyntaxToken LexString(int fullStart, int start)
    {
        _position++; // opening quote
        while (_position < _text.Length)
        {
            // Titles are long prose: jump to the next character that matters (vectorised search).
            var skip = _text.AsSpan(_position).IndexOfAny(StringStops);
            if (skip < 0) { _position = _text.Length; break; }
            _position += skip;
            var c = _text[_position];
            if (c == '\\' && _position + 1 < _text.Length && _text[_position + 1] is '"' or '\\')
            {
                _position += 2;
                continue;
            }
            if (c == '"')
            {
                _position++;
                return Make(SyntaxKind.StringToken, fullStart, start);
            }
            if (c is '\n' or '\r') break;
            _position++; // a lone backslash
        }
        _diagnostics.Add(DiagnosticBuilder.UnterminatedString(DiagnosticBuilder.At(_source, TextSpan.FromBounds(start, _position))));
        return Make(SyntaxKind.StringToken, fullStart, start);
    }

    private SyntaxToken LexSection(int fullStart, int start)
    {
        _position++; // §
        while (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] == '.'))
            _position++;
        // A trailing dot ends a sentence, not a section number.
        while (_position - 1 > start && _text[_position - 1] == '.') _position--;
        if (_position == start + 1)
            _diagnostics.Add(DiagnosticBuilder.EmptySection(DiagnosticBuilder.At(_source, new TextSpan(start, 1))));
        return Make(SyntaxKind.SectionToken, fullStart, start);
    }

    private SyntaxToken LexNumberOrDate(int fullStart, int start)
    {
        if (TryLexDate()) return Make(SyntaxKind.DateToken, fullStart, start);

        if (Current == '-') _position++;
        var valid = true;
        SkipDigits();
        // Digit grouping: '.' or '_' followed by exactly three digits.
        while (Current is '.' or '_' && char.IsAsciiDigit(Peek(1)))
        {
            _position++;
            var groupStart = _position;
            SkipDigits();
            if (_position - groupStart != 3) valid = false;
        }
        // Decimal comma: only when a digit follows directly ("7,1"; "2017, 2018" is a list).
        if (Current == ',' && char.IsAsciiDigit(Peek(1)))
        {
            _position++;
            SkipDigits();
        }
        // Letters glued to a number ("12a") make it unreadable; keep them in one token.
        while (_position < _text.Length && (SyntaxFacts.IsIdentifierPart(_text[_position]) || (_text[_position] == '.' && char.IsAsciiDigit(Peek(1)))))
        {
            valid = false;
            _position++;
        }
        if (!valid)
        {
            var span = TextSpan.FromBounds(start, _position);
            _diagnostics.Add(DiagnosticBuilder.InvalidNumber(DiagnosticBuilder.At(_source, span), _source.ToString(span)));
        }
        return Make(SyntaxKind.NumberToken, fullStart, start);
    }

    /// <summary>dd-mm-jjjj or jjjj-mm-dd, not followed by a letter or digit.</summary>
    private bool TryLexDate()
    {
        static bool Digits(string text, int at, int count)
        {
            if (at + count > text.Length) return false;
            for (var i = 0; i < count; i++) if (!char.IsAsciiDigit(text[at + i])) return false;
            return true;
        }

        var p = _position;
        bool dutch = Digits(_text, p, 2) && At(p + 2, '-') && Digits(_text, p + 3, 2) && At(p + 5, '-') && Digits(_text, p + 6, 4);
        bool iso = !dutch && Digits(_text, p, 4) && At(p + 4, '-') && Digits(_text, p + 5, 2) && At(p + 7, '-') && Digits(_text, p + 8, 2);
        if (!dutch && !iso) return false;
        var end = p + 10;
        if (end < _text.Length && SyntaxFacts.IsIdentifierPart(_text[end])) return false;
        _position = end;
        return true;
    }

    private bool At(int index, char c) => index < _text.Length && _text[index] == c;

    private void SkipDigits()
    {
        while (_position < _text.Length && char.IsAsciiDigit(_text[_position])) _position++;
    }

    private SyntaxToken Make(SyntaxKind kind, int fullStart, int start) => new(_source, kind, fullStart, start, _position);
}
