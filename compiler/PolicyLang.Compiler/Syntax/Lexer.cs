using PolicyLang.Binding;
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

    // The hot paths below work on a local copy of the position and the text: the JIT keeps
    // locals in registers, while every access to a field is a load or store through 'this'.

    private char CharAt(int index) => (uint)index < (uint)_text.Length ? _text[index] : '\0';

    /// <summary>The next token; after the end of the text, an end-of-file token every time.</summary>
    public SyntaxToken Next()
    {
        var fullStart = _position;
        var start = SkipTrivia(fullStart);
        var text = _text;
        if ((uint)start >= (uint)text.Length) return Make(SyntaxKind.EndOfFileToken, fullStart, start, start);

        var c = text[start];
        // Words and numbers are nearly half the tokens: test them first (no case of the switch below is a letter or digit).
        if (char.IsAsciiLetter(c)) return LexWord(fullStart, start);
        if (char.IsAsciiDigit(c)) return LexNumberOrDate(fullStart, start);
        switch (c)
        {
            case '{': return Make(SyntaxKind.OpenBraceToken, fullStart, start, start + 1);
            case '}': return Make(SyntaxKind.CloseBraceToken, fullStart, start, start + 1);
            case ':': return Make(SyntaxKind.ColonToken, fullStart, start, start + 1);
            case ',': return Make(SyntaxKind.CommaToken, fullStart, start, start + 1);
            case '€': return Make(SyntaxKind.EuroToken, fullStart, start, start + 1);
            case '%': return Make(SyntaxKind.PercentToken, fullStart, start, start + 1);
            case '=': return Make(SyntaxKind.EqualsToken, fullStart, start, start + 1);
            case '*': return Make(SyntaxKind.StarToken, fullStart, start, start + 1);
            case '+': return Make(SyntaxKind.PlusToken, fullStart, start, start + 1);
            case '/': return Make(SyntaxKind.SlashToken, fullStart, start, start + 1); // "//" is a comment, taken as trivia above
            case '(': return Make(SyntaxKind.OpenParenToken, fullStart, start, start + 1);
            case ')': return Make(SyntaxKind.CloseParenToken, fullStart, start, start + 1);
            case '[': return Make(SyntaxKind.OpenBracketToken, fullStart, start, start + 1);
            case ']': return Make(SyntaxKind.CloseBracketToken, fullStart, start, start + 1);
            case '.': return Make(SyntaxKind.DotToken, fullStart, start, start + 1);
            case '<':
                return CharAt(start + 1) == '='
                    ? Make(SyntaxKind.LessEqualsToken, fullStart, start, start + 2)
                    : Make(SyntaxKind.LessToken, fullStart, start, start + 1);
            case '>':
                return CharAt(start + 1) == '='
                    ? Make(SyntaxKind.GreaterEqualsToken, fullStart, start, start + 2)
                    : Make(SyntaxKind.GreaterToken, fullStart, start, start + 1);
            case '"': return LexString(fullStart, start);
            case '§': return LexSection(fullStart, start);
            case '-':
                if (char.IsAsciiDigit(CharAt(start + 1))) return LexNumberOrDate(fullStart, start);
                return Make(SyntaxKind.MinusToken, fullStart, start, start + 1);
        }

        if (SyntaxFacts.IsIdentifierStart(c)) return LexWord(fullStart, start);

        // An unknown character: one bad token (a surrogate pair stays together).
        var width = char.IsHighSurrogate(c) && char.IsLowSurrogate(CharAt(start + 1)) ? 2 : 1;
        return Make(SyntaxKind.BadToken, fullStart, start, start + width);
    }

    /// <summary>The position of the first character after the trivia that starts at position.</summary>
    private int SkipTrivia(int position)
    {
        var text = _text;
        while ((uint)position < (uint)text.Length)
        {
            var c = text[position];
            // Indentation and line breaks are nearly all the trivia: test them before anything else
            // (char.IsWhiteSpace looks non-Latin-1 characters such as '€' up in the Unicode tables).
            if (c is ' ' or '\n')
            {
                position++;
            }
            else if (c == '/')
            {
                if (CharAt(position + 1) != '/') return position;
                var end = text.AsSpan(position).IndexOfAny(LineEnds);
                position = end < 0 ? text.Length : position + end;
            }
            else if ((c > ' ' && c < '\x7f') || c == '€')
            {
                return position; // printable ASCII and the euro sign start tokens, none is white space
            }
            else if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                position++;
            }
            else
            {
                return position;
            }
        }
        return position;
    }

    private SyntaxToken LexWord(int fullStart, int start)
    {
        var text = _text;
        // "t/m" (tot en met) is one token.
        if (text[start] == 't' && CharAt(start + 1) == '/' && CharAt(start + 2) == 'm' && !SyntaxFacts.IsIdentifierPart(CharAt(start + 3)))
            return Make(SyntaxKind.ThroughToken, fullStart, start, start + 3);

        var position = start + 1; // the first character is an identifier start, hence a part
        while ((uint)position < (uint)text.Length)
        {
            var c = text[position];
            if (char.IsAsciiLetterOrDigit(c) || c == '_' || (c > '\x7f' && char.IsLetterOrDigit(c))) position++;
            else break;
        }
        // An abbreviation written with dots ("n.b.", "n.v.t."): one word, so a missing-value code is
        // one token. Only letter runs joined by dots and ending in a dot; anything else ends at the word.
        if (CharAt(position) == '.' && char.IsAsciiLetter(CharAt(position + 1))) position = AbbreviationEnd(start, position);
        var elementKind = SyntaxFacts.GetElementKind(text.AsSpan(start, position - start));
        return Make(elementKind == ElementKind.Unknown ? SyntaxKind.IdentifierToken : SyntaxKind.ElementKeyword, fullStart, start, position, elementKind);
    }

    /// <summary>The end of "x.y." starting at a word that ends at <paramref name="wordEnd"/>, or wordEnd when it is no abbreviation.</summary>
    private int AbbreviationEnd(int start, int wordEnd)
    {
        for (var i = start; i < wordEnd; i++)
            if (!char.IsAsciiLetter(_text[i])) return wordEnd;
        var position = wordEnd;
        while (CharAt(position) == '.')
        {
            position++;
            if (!char.IsAsciiLetter(CharAt(position))) return SyntaxFacts.IsIdentifierPart(CharAt(position)) ? wordEnd : position;
            while (char.IsAsciiLetter(CharAt(position))) position++;
        }
        return wordEnd; // letters after the last dot: "www.cbs.nl" is no abbreviation
    }

    private static readonly System.Buffers.SearchValues<char> StringStops = System.Buffers.SearchValues.Create("\"\\\n\r");
    private static readonly System.Buffers.SearchValues<char> LineEnds = System.Buffers.SearchValues.Create("\n\r");

    private SyntaxToken LexString(int fullStart, int start)
    {
        var text = _text;
        var position = start + 1; // opening quote
        while (position < text.Length)
        {
            // Titles are long prose: jump to the next character that matters (vectorised search).
            var skip = text.AsSpan(position).IndexOfAny(StringStops);
            if (skip < 0) { position = text.Length; break; }
            position += skip;
            var c = text[position];
            if (c == '\\' && position + 1 < text.Length && text[position + 1] is '"' or '\\')
            {
                position += 2;
                continue;
            }
            if (c == '"') return Make(SyntaxKind.StringToken, fullStart, start, position + 1);
            if (c is '\n' or '\r') break;
            position++; // a lone backslash
        }
        _diagnostics.Add(DiagnosticBuilder.UnterminatedString(DiagnosticBuilder.At(_source, TextSpan.FromBounds(start, position))));
        return Make(SyntaxKind.StringToken, fullStart, start, position);
    }

    private SyntaxToken LexSection(int fullStart, int start)
    {
        var text = _text;
        var position = start + 1; // §
        while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] == '.'))
            position++;
        // A trailing dot ends a sentence, not a section number.
        while (position - 1 > start && text[position - 1] == '.') position--;
        if (position == start + 1)
            _diagnostics.Add(DiagnosticBuilder.EmptySection(DiagnosticBuilder.At(_source, new TextSpan(start, 1))));
        return Make(SyntaxKind.SectionToken, fullStart, start, position);
    }

    private SyntaxToken LexNumberOrDate(int fullStart, int start)
    {
        var dateEnd = DateEnd(start);
        if (dateEnd > 0) return Make(SyntaxKind.DateToken, fullStart, start, dateEnd);

        var text = _text;
        var position = start;
        if (text[position] == '-') position++;
        var valid = true;
        position = SkipDigits(position);
        // Digit grouping: '.' or '_' followed by exactly three digits.
        while (CharAt(position) is '.' or '_' && char.IsAsciiDigit(CharAt(position + 1)))
        {
            var groupStart = position + 1;
            position = SkipDigits(groupStart);
            if (position - groupStart != 3) valid = false;
        }
        // Decimal comma: only when a digit follows directly ("7,1"; "2017, 2018" is a list).
        if (CharAt(position) == ',' && char.IsAsciiDigit(CharAt(position + 1)))
            position = SkipDigits(position + 1);
        // Letters glued to a number ("12a") make it unreadable; keep them in one token.
        while (position < text.Length && (SyntaxFacts.IsIdentifierPart(text[position]) || (text[position] == '.' && char.IsAsciiDigit(CharAt(position + 1)))))
        {
            valid = false;
            position++;
        }
        if (!valid)
        {
            var span = TextSpan.FromBounds(start, position);
            _diagnostics.Add(DiagnosticBuilder.InvalidNumber(DiagnosticBuilder.At(_source, span), _source.ToString(span)));
        }
        return Make(SyntaxKind.NumberToken, fullStart, start, position);
    }

    /// <summary>
    /// The end of a date (dd-mm-jjjj or jjjj-mm-dd, not followed by a letter or digit) at position, or 0.
    /// The dashes are tested first: most numbers are not dates and fail there.
    /// </summary>
    private int DateEnd(int p)
    {
        bool Digits(int at, int count)
        {
            var text = _text;
            if (at + count > text.Length) return false;
            for (var i = 0; i < count; i++) if (!char.IsAsciiDigit(text[at + i])) return false;
            return true;
        }

        bool dutch = At(p + 2, '-') && At(p + 5, '-') && Digits(p, 2) && Digits(p + 3, 2) && Digits(p + 6, 4);
        bool iso = !dutch && At(p + 4, '-') && At(p + 7, '-') && Digits(p, 4) && Digits(p + 5, 2) && Digits(p + 8, 2);
        if (!dutch && !iso) return 0;
        var end = p + 10;
        if (end < _text.Length && SyntaxFacts.IsIdentifierPart(_text[end])) return 0;
        return end;
    }

    private bool At(int index, char c) => index < _text.Length && _text[index] == c;

    private int SkipDigits(int position)
    {
        var text = _text;
        while ((uint)position < (uint)text.Length && char.IsAsciiDigit(text[position])) position++;
        return position;
    }

    private SyntaxToken Make(SyntaxKind kind, int fullStart, int start, int end, ElementKind elementKind = ElementKind.Unknown)
    {
        _position = end;
        return new(_source, kind, fullStart, start, end, elementKind: elementKind);
    }
}
