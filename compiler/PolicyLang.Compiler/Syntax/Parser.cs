using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PolicyLang.Binding;
using PolicyLang.Diagnostics;
using PolicyLang.Text;

namespace PolicyLang.Syntax;

/// <summary>
/// Hand-written recursive descent over the lexer's tokens, pulled on demand. Error recovery keeps
/// parsing after every mistake and reports one diagnostic per mistake: skipped runs are reported
/// once, missing tokens are inserted with zero width, and a file that ends inside blocks is
/// reported once.
/// </summary>
internal sealed class Parser
{
    private readonly SourceText _source;
    private readonly Lexer _lexer;
    private readonly DiagnosticBag _diagnostics;
    // Tokens are lexed on demand. The parser looks at most three tokens past the current one
    // ("draagt bij aan" and its ':'); tokens it peeked at wait in a small ring until they become
    // current, and a token nobody peeked at goes straight from the lexer to _current.
    private const int AheadSize = 4;
    private const int AheadMask = AheadSize - 1;
    private readonly SyntaxToken[] _ahead = new SyntaxToken[AheadSize];
    private int _aheadStart;          // ring position of the token right after the current one
    private int _aheadCount;          // tokens lexed past the current one
    private SyntaxToken? _endOfFile;  // once lexed, every position at or past it reads as this token
    private int _index;               // position of the current token in the token stream
    private SyntaxToken _current;
    private int _previousEnd;         // end of the token before the current one (0 at the start)
    private bool _reportedEndOfFile;
    private int _depth;
    // Scratch stacks for the children of the node being built (atoms, titles, separators, value
    // items, block members): a list is pushed on top, then copied once into an exactly sized
    // array for the tree and popped. Nested lists (a block inside a block) push above their
    // parent's and are gone before the parent continues, so one stack per type is enough.
    private readonly ScratchStack<SyntaxToken> _tokenStack = new(64);
    private readonly ScratchStack<ValueSyntax> _valueStack = new(16);
    private readonly ScratchStack<MemberSyntax> _memberStack = new(256);

    /// <summary>Deeper nesting than this is certainly a mistake; the guard keeps recursion bounded.</summary>
    internal const int MaxDepth = 64;

    public Parser(SourceText source, Lexer lexer, DiagnosticBag diagnostics)
    {
        _source = source;
        _lexer = lexer;
        _diagnostics = diagnostics;
        _current = Lex();
    }

    private SyntaxToken Current => _current;
    private SyntaxKind PeekKind(int offset) => TokenAt(_index + offset).Kind;

    private SyntaxToken Advance()
    {
        var token = _current;
        if (token.Kind != SyntaxKind.EndOfFileToken)
        {
            _index++;
            _previousEnd = token.End;
            if (_aheadCount == 0)
            {
                _current = Lex();
            }
            else
            {
                _current = _ahead[_aheadStart];
                _aheadStart = (_aheadStart + 1) & AheadMask;
                _aheadCount--;
            }
        }
        return token;
    }

    /// <summary>The next token from the lexer; after the end of the file, the end-of-file token again.</summary>
    private SyntaxToken Lex()
    {
        if (_endOfFile is not null) return _endOfFile;
        var token = _lexer.Next();
        if (token.Kind == SyntaxKind.EndOfFileToken) _endOfFile = token;
        return token;
    }

    /// <summary>The token at a stream position from the current one to three past it; past the end, the end-of-file token.</summary>
    private SyntaxToken TokenAt(int index)
    {
        var offset = index - _index;
        System.Diagnostics.Debug.Assert(offset >= 0 && offset <= AheadSize);
        return offset == 0 ? _current : Ahead(offset);
    }

    private SyntaxToken Ahead(int offset)
    {
        while (_aheadCount < offset)
        {
            _ahead[(_aheadStart + _aheadCount) & AheadMask] = Lex();
            _aheadCount++;
        }
        return _ahead[(_aheadStart + offset - 1) & AheadMask];
    }

    public CompilationUnitSyntax ParseCompilationUnit()
    {
        var mark = _memberStack.Count;
        while (Current.Kind != SyntaxKind.EndOfFileToken)
        {
            var before = _index;
            var member = ParseMember(parent: null);
            _memberStack.Push(member);
            if (_index == before) _memberStack.Push(SkipOne()); // guarantee progress
        }
        return new CompilationUnitSyntax(_memberStack.PopFrom(mark), Current);
    }

    // ---- members ---------------------------------------------------------------------------

    /// <summary>parent: the kind of the element whose block this is (Unknown for a misspelled kind); null at the top level.</summary>
    private MemberSyntax ParseMember(ElementKind? parent)
    {
        var kind = Current.Kind;
        if (SyntaxFacts.IsKeyword(kind) && PeekKind(1) != SyntaxKind.ColonToken)
        {
            var shape = ElementShape(_index, inValue: false);
            // "indicator Bijstand" inside a doel is a field without its colon, not a nested element.
            var fieldWithoutColon = shape == Shape.Loose && parent is not null
                && !SyntaxFacts.CanNest(Current.ElementKind, parent) && FieldNames.IsKnown(Current.Chars);
            if (shape != Shape.None && !fieldWithoutColon)
            {
                var elementKind = Current.ElementKind;
                if (!SyntaxFacts.CanNest(elementKind, parent))
                    Report(DiagnosticBuilder.ElementNotAllowedHere(At(Current.Span), Current.Text, ElementKinds.PlaceNl(elementKind), ElementKinds.PlaceEn(elementKind)));
                return ParseElement();
            }
        }

        if (SyntaxFacts.IsWord(kind))
        {
            var nameLength = FieldNameLength(_index);
            if (nameLength > 0) return ParseField(nameLength, parent);

            // A known field name without its colon: "nulmeting 410 in 2015".
            var knownLength = KnownFieldNameLength(_index);
            if (knownLength > 0) return ParseField(knownLength, parent, colonMissing: true);

            // A misspelled element kind: "doell Bijstand "…" {".
            if (kind == SyntaxKind.IdentifierToken && parent is null && ElementShape(_index, inValue: false) != Shape.None)
            {
                var suggestion = Spelling.Closest(Current.Text, SyntaxFacts.KeywordTexts);
                Report(DiagnosticBuilder.UnknownElementKind(At(Current.Span), Current.Text, suggestion));
                return ParseElement();
            }
        }

        return SkipUntilMemberStart();
    }

    private enum Shape { None, Loose, Strict }

    /// <summary>
    /// Whether the word at index starts an element. Strict: followed by a title, a block, or a
    /// name and then a title, block or ':' (a post with amounts). Loose: followed by a name and
    /// then anything else. Inside a value a name followed by ':' is the next field, not an element.
    /// </summary>
    private Shape ElementShape(int index, bool inValue)
    {
        var next = TokenAt(index + 1).Kind;
        if (next is SyntaxKind.StringToken or SyntaxKind.OpenBraceToken) return Shape.Strict;
        if (next != SyntaxKind.IdentifierToken) return Shape.None;
        // A keyword before a multi-word field name ("soort: uitgangspunt" and then "zie ook: X")
        // is a value followed by the next field, as it is before a one-word name and its ':'.
        if (FieldNameLength(index + 1) > 1) return inValue ? Shape.None : Shape.Strict;
        var after = TokenAt(index + 2).Kind;
        if (after is SyntaxKind.StringToken or SyntaxKind.OpenBraceToken) return Shape.Strict;
        if (after == SyntaxKind.ColonToken) return inValue ? Shape.None : Shape.Strict;
        return Shape.Loose;
    }

    /// <summary>Number of words of the field name starting at index if a ':' follows them, else 0.</summary>
    private int FieldNameLength(int index)
    {
        if (!SyntaxFacts.IsWord(TokenAt(index).Kind)) return 0;
        if (TokenAt(index + 1).Kind == SyntaxKind.ColonToken) return 1;
        if (!SyntaxFacts.StartsMultiWordFieldName(TokenAt(index).Chars)) return 0;
        foreach (var words in SyntaxFacts.MultiWordFieldNameArray)
        {
            if (MatchesWords(index, words) && TokenAt(index + words.Length).Kind == SyntaxKind.ColonToken) return words.Length;
        }
        return TokenAt(index + 1).Kind == SyntaxKind.ColonToken ? 1 : 0;
    }

    private int KnownFieldNameLength(int index)
    {
        if (SyntaxFacts.StartsMultiWordFieldName(TokenAt(index).Chars))
            foreach (var words in SyntaxFacts.MultiWordFieldNameArray)
                if (MatchesWords(index, words)) return words.Length;
        var token = TokenAt(index);
        return SyntaxFacts.IsWord(token.Kind) && FieldNames.IsKnown(token.Chars) && StartsValue(TokenAt(index + 1).Kind) ? 1 : 0;
    }

    private static bool StartsValue(SyntaxKind kind) => kind is SyntaxKind.NumberToken or SyntaxKind.StringToken
        or SyntaxKind.DateToken or SyntaxKind.SectionToken or SyntaxKind.EuroToken or SyntaxKind.IdentifierToken
        or SyntaxKind.LessToken or SyntaxKind.LessEqualsToken or SyntaxKind.GreaterToken or SyntaxKind.GreaterEqualsToken
        or SyntaxKind.EqualsToken;

    private bool MatchesWords(int index, string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            var token = TokenAt(index + i);
            if (!SyntaxFacts.IsWord(token.Kind) || !token.Chars.SequenceEqual(words[i])) return false;
        }
        return true;
    }

    /// <summary>An element; its keyword is an element keyword, or an identifier when the writer misspelled the kind.</summary>
    private ElementSyntax ParseElement()
    {
        var keyword = Advance();
        SyntaxToken? identifier = Current.Kind == SyntaxKind.IdentifierToken ? Advance() : null;

        ImmutableArray<SyntaxToken> titles = [];
        if (Current.Kind == SyntaxKind.StringToken)
        {
            var title = Advance();
            if (Current.Kind != SyntaxKind.StringToken)
            {
                titles = ImmutableCollectionsMarshal.AsImmutableArray(new[] { title }); // the usual single title
            }
            else
            {
                var titleMark = _tokenStack.Count;
                _tokenStack.Push(title);
                while (Current.Kind == SyntaxKind.StringToken) _tokenStack.Push(Advance());
                titles = _tokenStack.PopFrom(titleMark);
            }
        }

        SyntaxToken? colon = null;
        ValueListSyntax? values = null;
        if (Current.Kind == SyntaxKind.ColonToken)
        {
            colon = Advance();
            values = ParseValueList(new ReadOnlySpan<SyntaxToken>(in keyword));
        }

        BlockSyntax? block = null;
        if (Current.Kind == SyntaxKind.OpenBraceToken)
        {
            block = ParseBlock(keyword, identifier, keyword.ElementKind);
        }
        else if (values is null && SyntaxFacts.IsWord(Current.Kind) && FieldNameLength(_index) > 0 && !(SyntaxFacts.IsKeyword(Current.Kind) && PeekKind(1) != SyntaxKind.ColonToken))
        {
            // Fields follow but the '{' is missing: insert it and parse the block. An unterminated
            // title already swallowed the '{' and has its own diagnostic. An element with header
            // values ("post \"A\": € 1, € 2") is complete without a block, so a field after it
            // belongs to the enclosing block (the begroting's "totaal:").
            if (titles.Length == 0 || StringLiteral.IsTerminated(titles[^1])) Report(DiagnosticBuilder.ExpectedToken(At(new TextSpan(Current.Start, 0)), "{", Current.Text));
            block = ParseBlock(keyword, identifier, keyword.ElementKind, openMissing: true);
        }

        return new ElementSyntax(keyword, identifier, titles, colon, values, block);
    }

    private BlockSyntax ParseBlock(SyntaxToken keyword, SyntaxToken? identifier, ElementKind kind, bool openMissing = false)
    {
        if (_depth >= MaxDepth) return SkipTooDeepBlock(openMissing);
        _depth++;
        try
        {
            return ParseBlockContents(keyword, identifier, kind, openMissing);
        }
        finally
        {
            _depth--;
        }
    }

    /// <summary>Keeps the over-deep block's text as skipped tokens, balancing braces without recursion.</summary>
    private BlockSyntax SkipTooDeepBlock(bool openMissing)
    {
        var open = openMissing ? Missing(SyntaxKind.OpenBraceToken) : Advance();
        Report(DiagnosticBuilder.NestingTooDeep(At(open.Span), MaxDepth));
        var skipped = ImmutableArray.CreateBuilder<SyntaxToken>();
        var level = 1;
        while (Current.Kind != SyntaxKind.EndOfFileToken)
        {
            if (Current.Kind == SyntaxKind.OpenBraceToken) level++;
            if (Current.Kind == SyntaxKind.CloseBraceToken && --level == 0) break;
            skipped.Add(Advance());
        }
        MemberSyntax[] members = skipped.Count == 0 ? [] : [new SkippedTokensSyntax(skipped.ToImmutable())];
        var close = Current.Kind == SyntaxKind.CloseBraceToken ? Advance() : Missing(SyntaxKind.CloseBraceToken);
        return new BlockSyntax(open, [.. members], close);
    }

    private BlockSyntax ParseBlockContents(SyntaxToken keyword, SyntaxToken? identifier, ElementKind kind, bool openMissing)
    {
        var open = openMissing ? Missing(SyntaxKind.OpenBraceToken) : Advance();
        var mark = _memberStack.Count;
        while (true)
        {
            var current = Current.Kind;
            if (current is SyntaxKind.CloseBraceToken or SyntaxKind.EndOfFileToken) break;

            // An element that cannot nest here means the writer forgot this block's '}'.
            if (SyntaxFacts.IsKeyword(current) && PeekKind(1) != SyntaxKind.ColonToken
                && ElementShape(_index, inValue: false) == Shape.Strict
                && !SyntaxFacts.IsNestedOnly(Current.ElementKind) && !SyntaxFacts.CanNest(Current.ElementKind, kind))
            {
                ReportUnclosed(keyword, identifier, new TextSpan(PreviousEnd(), 0));
                return new BlockSyntax(open, _memberStack.PopFrom(mark), Missing(SyntaxKind.CloseBraceToken));
            }

            var before = _index;
            var member = ParseMember(kind);
            _memberStack.Push(member);
            if (_index == before) _memberStack.Push(SkipOne());
        }

        if (Current.Kind == SyntaxKind.CloseBraceToken)
        {
            var members = _memberStack.PopFrom(mark);
            return new BlockSyntax(open, members, Advance());
        }

        if (ShouldReportAtEnd()) ReportUnclosed(keyword, identifier, new TextSpan(Current.Start, 0));
        return new BlockSyntax(open, _memberStack.PopFrom(mark), Missing(SyntaxKind.CloseBraceToken));
    }

    /// <summary>
    /// A file that simply stops (a truncation, or typing in progress) is one mistake: of all the
    /// things missing at the end of the file only the first is reported. Elsewhere it reports as usual.
    /// </summary>
    private bool ShouldReportAtEnd()
    {
        if (Current.Kind != SyntaxKind.EndOfFileToken) return true;
        if (_reportedEndOfFile) return false;
        _reportedEndOfFile = true;
        return true;
    }

    private void ReportUnclosed(SyntaxToken keyword, SyntaxToken? identifier, TextSpan at)
    {
        var name = identifier is null ? keyword.Text : $"{keyword.Text} {identifier.Text}";
        var diagnostic = DiagnosticBuilder.UnclosedBlock(At(at), name)
            .WithRelated(At(keyword.Span), "het blok begint hier", "the block starts here");
        Report(diagnostic);
    }

    private int PreviousEnd() => _previousEnd;

    private FieldSyntax ParseField(int nameLength, ElementKind? parent, bool colonMissing = false)
    {
        var wordArray = new SyntaxToken[nameLength];
        for (var i = 0; i < wordArray.Length; i++) wordArray[i] = Advance();
        var words = ImmutableCollectionsMarshal.AsImmutableArray(wordArray);
        string Name() => string.Join(' ', words.Select(w => w.Text));

        SyntaxToken colon;
        if (colonMissing)
        {
            if (ShouldReportAtEnd())
                Report(DiagnosticBuilder.ExpectedToken(At(new TextSpan(words[^1].End, 0)), ":", Current.Kind == SyntaxKind.EndOfFileToken ? SyntaxFacts.GetText(SyntaxKind.EndOfFileToken) : Current.Text));
            colon = Missing(SyntaxKind.ColonToken);
        }
        else
        {
            colon = Advance();
        }

        if (parent is null)
            Report(DiagnosticBuilder.FieldOutsideElement(At(TextSpan.FromBounds(words[0].Start, words[^1].End)), Name()));

        return new FieldSyntax(words, colon, ParseValueList(wordArray));
    }

    // ---- values ----------------------------------------------------------------------------

    /// <summary>The values after a field name or an element header; ownerWords name the owner in messages.</summary>
    private ValueListSyntax ParseValueList(ReadOnlySpan<SyntaxToken> ownerWords)
    {
        var first = ParseValue(ownerWords);
        // Most lists have a single value: no scratch stack, no separators.
        if (Current.Kind != SyntaxKind.CommaToken)
            return new ValueListSyntax(ImmutableCollectionsMarshal.AsImmutableArray(new[] { first }), []);

        var itemMark = _valueStack.Count;
        var separatorMark = _tokenStack.Count;
        _valueStack.Push(first);
        while (Current.Kind == SyntaxKind.CommaToken)
        {
            _tokenStack.Push(Advance());
            var item = ParseValue(ownerWords); // pushes and pops its atoms above the separators
            _valueStack.Push(item);
        }
        return new ValueListSyntax(_valueStack.PopFrom(itemMark), _tokenStack.PopFrom(separatorMark));
    }

    private ValueSyntax ParseValue(ReadOnlySpan<SyntaxToken> ownerWords)
    {
        // Nine values in ten have one or two atoms: those are kept in locals and copied straight
        // into the node's array; longer values continue on the scratch stack. A '(' sends the value
        // to the general loop, which keeps a formula's parenthesised arguments together.
        ImmutableArray<SyntaxToken> atoms;
        if (!AtAtom())
        {
            atoms = [];
        }
        else
        {
            var first = Advance();
            if (first.Kind != SyntaxKind.OpenParenToken && !AtAtom())
            {
                atoms = ImmutableCollectionsMarshal.AsImmutableArray(new[] { first });
            }
            else
            {
                SyntaxToken? second = null;
                if (first.Kind != SyntaxKind.OpenParenToken && Current.Kind != SyntaxKind.OpenParenToken)
                {
                    second = Advance();
                    if (second.Kind != SyntaxKind.CloseParenToken && !AtAtom())
                        atoms = ImmutableCollectionsMarshal.AsImmutableArray(new[] { first, second });
                    else
                        atoms = ParseLongValue(first, second);
                }
                else
                {
                    atoms = ParseLongValue(first, null);
                }
            }
        }
        if (atoms.Length == 0)
        {
            if (ShouldReportAtEnd())
                Report(DiagnosticBuilder.MissingValue(At(new TextSpan(PreviousEnd(), 0)), JoinTexts(ownerWords)));
        }
        return new ValueSyntax(atoms);
    }

    /// <summary>The rest of a value of more than two atoms, or one with parentheses, on the scratch stack.</summary>
    private ImmutableArray<SyntaxToken> ParseLongValue(SyntaxToken first, SyntaxToken? second)
    {
        var mark = _tokenStack.Count;
        var depth = 0;
        void Push(SyntaxToken atom)
        {
            if (atom.Kind == SyntaxKind.OpenParenToken) depth++;
            else if (atom.Kind == SyntaxKind.CloseParenToken && depth > 0) depth--;
            _tokenStack.Push(atom);
        }
        Push(first);
        if (second is not null) Push(second);
        while (AtAtom(depth)) Push(Advance());
        return _tokenStack.PopFrom(mark);
    }

    private static string JoinTexts(ReadOnlySpan<SyntaxToken> words)
    {
        if (words.Length == 1) return words[0].Text;
        var texts = new string[words.Length];
        for (var i = 0; i < words.Length; i++) texts[i] = words[i].Text;
        return string.Join(' ', texts);
    }

    /// <summary>Whether the current token continues the value being parsed.</summary>
    private bool AtAtom() => IsAtom(Current.Kind) && !EndsValue();

    /// <summary>
    /// Whether the current token continues a value whose open parentheses number
    /// <paramref name="depth"/>. Inside parentheses a comma separates a formula's arguments, not
    /// values, and only a field name with its ':' (or a brace) ends the value:
    /// "elk(Tabel vanaf 2018)" is not the start of an element.
    /// </summary>
    private bool AtAtom(int depth)
    {
        if (depth == 0) return AtAtom();
        var kind = Current.Kind;
        if (kind == SyntaxKind.CommaToken) return true;
        if (!IsAtom(kind)) return false;
        return !(SyntaxFacts.IsWord(kind) && FieldNameLength(_index) > 0);
    }

    private static bool IsAtom(SyntaxKind kind) => kind switch
    {
        SyntaxKind.IdentifierToken or SyntaxKind.StringToken or SyntaxKind.NumberToken or SyntaxKind.DateToken
            or SyntaxKind.SectionToken or SyntaxKind.EuroToken or SyntaxKind.PercentToken or SyntaxKind.ThroughToken
            or SyntaxKind.LessToken or SyntaxKind.LessEqualsToken or SyntaxKind.GreaterToken
            or SyntaxKind.GreaterEqualsToken or SyntaxKind.EqualsToken or SyntaxKind.MinusToken or SyntaxKind.StarToken
            or SyntaxKind.PlusToken or SyntaxKind.SlashToken or SyntaxKind.OpenParenToken or SyntaxKind.CloseParenToken
            or SyntaxKind.OpenBracketToken or SyntaxKind.CloseBracketToken or SyntaxKind.DotToken => true,
        _ => SyntaxFacts.IsKeyword(kind),
    };

    /// <summary>A word that starts the next field, or a keyword that starts the next element, ends a value.</summary>
    private bool EndsValue()
    {
        var kind = Current.Kind;
        if (!SyntaxFacts.IsWord(kind)) return false;
        if (FieldNameLength(_index) > 0) return true;
        if (SyntaxFacts.IsKeyword(kind) && ElementShape(_index, inValue: true) != Shape.None) return true;
        // Recovery only: a known field name opening a new line starts the next field even when
        // its ':' is missing, so one forgotten colon does not swallow the following line.
        return StartsLine(Current) && KnownFieldNameLength(_index) > 0;
    }

    private bool StartsLine(SyntaxToken token)
    {
        var text = _source.Text;
        for (var i = token.Start - 1; i >= token.FullStart; i--)
        {
            if (text[i] is '\n' or '\r') return true;
            if (!char.IsWhiteSpace(text[i])) return false;
        }
        return false;
    }

    // ---- recovery --------------------------------------------------------------------------

    private SkippedTokensSyntax SkipUntilMemberStart()
    {
        var skipped = ImmutableArray.CreateBuilder<SyntaxToken>();
        var first = Current;
        skipped.Add(Advance());
        while (Current.Kind is not (SyntaxKind.EndOfFileToken or SyntaxKind.CloseBraceToken))
        {
            if (SyntaxFacts.IsWord(Current.Kind) && (FieldNameLength(_index) > 0 || (SyntaxFacts.IsKeyword(Current.Kind) && ElementShape(_index, inValue: false) != Shape.None)))
                break;
            skipped.Add(Advance());
        }
        ReportSkipped(first, skipped[^1]);
        return new SkippedTokensSyntax(skipped.ToImmutable());
    }

    private SkippedTokensSyntax SkipOne()
    {
        var token = Advance();
        ReportSkipped(token, token);
        return new SkippedTokensSyntax([token]);
    }

    private void ReportSkipped(SyntaxToken first, SyntaxToken last)
    {
        var span = TextSpan.FromBounds(first.Start, last.End);
        var text = first.Kind == SyntaxKind.StringToken ? first.Text : _source.ToString(span);
        if (text.Length > 40) text = text[..40] + "…";
        Report(first.Kind == SyntaxKind.BadToken
            ? DiagnosticBuilder.UnexpectedCharacter(At(span), text)
            : DiagnosticBuilder.UnexpectedToken(At(span), text));
    }

    private SyntaxToken Missing(SyntaxKind kind)
    {
        var position = PreviousEnd();
        return new SyntaxToken(_source, kind, position, position, position, isMissing: true);
    }

    private Location At(TextSpan span) => DiagnosticBuilder.At(_source, span);

    private void Report(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);
}

/// <summary>
/// A stack of the children of nodes under construction. <see cref="PopFrom"/> copies everything
/// above a mark into an exactly sized array that becomes the node's immutable list, so building a
/// list allocates nothing but that array. Popped slots are not cleared: the stack lives only as
/// long as the parser, and it only ever holds nodes of the tree being built.
/// </summary>
internal sealed class ScratchStack<T>(int capacity) where T : class
{
    // Written through references rather than array stores: the array is always exactly a T[], so
    // the covariance check of a store into a T[] of shared generic code would only cost time.
    private T[] _items = new T[capacity];

    public int Count { get; private set; }

    public void Push(T item)
    {
        var count = Count;
        if (count == _items.Length) Array.Resize(ref _items, count * 2);
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_items), count) = item;
        Count = count + 1;
    }

    public ImmutableArray<T> PopFrom(int mark)
    {
        var count = Count - mark;
        if (count == 0) return [];
        var array = new T[count];
        ref var source = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_items), mark);
        ref var target = ref MemoryMarshal.GetArrayDataReference(array);
        for (var i = 0; i < count; i++) Unsafe.Add(ref target, i) = Unsafe.Add(ref source, i);
        Count = mark;
        return ImmutableCollectionsMarshal.AsImmutableArray(array);
    }
}
