using System.Collections.Immutable;
using System.Text;

namespace PolicyLang.Syntax;

/// <summary>A file: a list of members (elements, and whatever the parser had to skip) and the end-of-file token.</summary>
public sealed class CompilationUnitSyntax : SyntaxNode
{
    public CompilationUnitSyntax(ImmutableArray<MemberSyntax> members, SyntaxToken endOfFile)
    {
        Members = members;
        EndOfFile = endOfFile;
        Adopt(members);
        Adopt(endOfFile);
    }

    public override SyntaxKind Kind => SyntaxKind.CompilationUnit;
    public ImmutableArray<MemberSyntax> Members { get; }
    public SyntaxToken EndOfFile { get; }

    public IEnumerable<ElementSyntax> Elements => Members.OfType<ElementSyntax>();

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        foreach (var member in Members) yield return member;
        yield return EndOfFile;
    }
}

/// <summary>What can stand at the top of a file or inside a block.</summary>
public abstract class MemberSyntax : SyntaxNode;

/// <summary>
/// <c>soort Id "titel" ... [: waarden] [{ leden }]</c>. The keyword is an identifier token when the
/// writer misspelled the kind; the binder then knows the element only by its shape.
/// </summary>
public sealed class ElementSyntax : MemberSyntax
{
    public ElementSyntax(SyntaxToken keyword, SyntaxToken? identifier, ImmutableArray<SyntaxToken> titles,
        SyntaxToken? colon, ValueListSyntax? values, BlockSyntax? block)
    {
        Keyword = keyword;
        Identifier = identifier;
        Titles = titles;
        Colon = colon;
        Values = values;
        Block = block;
        Adopt(keyword);
        Adopt(identifier);
        Adopt(titles);
        Adopt(colon);
        Adopt(values);
        Adopt(block);
    }

    public override SyntaxKind Kind => SyntaxKind.Element;
    public SyntaxToken Keyword { get; }
    public SyntaxToken? Identifier { get; }
    public ImmutableArray<SyntaxToken> Titles { get; }
    public SyntaxToken? Colon { get; }
    public ValueListSyntax? Values { get; }
    public BlockSyntax? Block { get; }

    /// <summary>The title: the strings after the id, joined with one space.</summary>
    public string Title => Titles.Length == 1 ? (Titles[0].IsMissing ? "" : StringLiteral.ValueOf(Titles[0]))
        : string.Join(' ', Titles.Where(t => !t.IsMissing).Select(StringLiteral.ValueOf));

    public IEnumerable<MemberSyntax> Members => Block?.Members ?? [];

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return Keyword;
        if (Identifier is not null) yield return Identifier;
        foreach (var title in Titles) yield return title;
        if (Colon is not null) yield return Colon;
        if (Values is not null) yield return Values;
        if (Block is not null) yield return Block;
    }
}

public sealed class BlockSyntax : SyntaxNode
{
    public BlockSyntax(SyntaxToken openBrace, ImmutableArray<MemberSyntax> members, SyntaxToken closeBrace)
    {
        OpenBrace = openBrace;
        Members = members;
        CloseBrace = closeBrace;
        Adopt(openBrace);
        Adopt(members);
        Adopt(closeBrace);
    }

    public override SyntaxKind Kind => SyntaxKind.Block;
    public SyntaxToken OpenBrace { get; }
    public ImmutableArray<MemberSyntax> Members { get; }
    public SyntaxToken CloseBrace { get; }

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return OpenBrace;
        foreach (var member in Members) yield return member;
        yield return CloseBrace;
    }
}

/// <summary><c>naam: waarde, waarde</c>; the name may be several words ("draagt bij aan").</summary>
public sealed class FieldSyntax : MemberSyntax
{
    public FieldSyntax(ImmutableArray<SyntaxToken> nameWords, SyntaxToken colon, ValueListSyntax values)
    {
        NameWords = nameWords;
        Colon = colon;
        Values = values;
        Adopt(nameWords);
        Adopt(colon);
        Adopt(values);
    }

    public override SyntaxKind Kind => SyntaxKind.Field;
    public ImmutableArray<SyntaxToken> NameWords { get; }
    public SyntaxToken Colon { get; }
    public ValueListSyntax Values { get; }

    /// <summary>The name words joined by single spaces; a known name is <see cref="FieldNames"/>' own string (read for every field on every check).</summary>
    public string Name
    {
        get
        {
            if (NameWords.Length == 1) return FieldNames.Known(NameWords[0].Chars) ?? NameWords[0].Text;
            var length = NameWords.Length - 1;
            foreach (var word in NameWords) length += word.End - word.Start;
            Span<char> joined = length <= 64 ? stackalloc char[length] : new char[length];
            var at = 0;
            foreach (var word in NameWords)
            {
                if (at > 0) joined[at++] = ' ';
                word.Chars.CopyTo(joined[at..]);
                at += word.End - word.Start;
            }
            return FieldNames.Known(joined) ?? new string(joined);
        }
    }

    public PolicyLang.Text.TextSpan NameSpan =>
        PolicyLang.Text.TextSpan.FromBounds(NameWords[0].Start, NameWords[^1].End);

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        foreach (var word in NameWords) yield return word;
        yield return Colon;
        yield return Values;
    }
}

/// <summary>Values separated by commas. Separators are kept so the list round-trips.</summary>
public sealed class ValueListSyntax : SyntaxNode
{
    public ValueListSyntax(ImmutableArray<ValueSyntax> items, ImmutableArray<SyntaxToken> separators)
    {
        Items = items;
        Separators = separators;
        Adopt(items);
        Adopt(separators);
    }

    public override SyntaxKind Kind => SyntaxKind.ValueList;
    public ImmutableArray<ValueSyntax> Items { get; }
    public ImmutableArray<SyntaxToken> Separators { get; }

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        for (var i = 0; i < Items.Length; i++)
        {
            yield return Items[i];
            if (i < Separators.Length) yield return Separators[i];
        }
    }
}

/// <summary>One value: a run of atoms that the binder interprets for the field it belongs to.</summary>
public sealed class ValueSyntax : SyntaxNode
{
    public ValueSyntax(ImmutableArray<SyntaxToken> atoms)
    {
        Atoms = atoms;
        Adopt(atoms);
    }

    public override SyntaxKind Kind => SyntaxKind.Value;
    public ImmutableArray<SyntaxToken> Atoms { get; }
    public bool IsEmpty => Atoms.IsEmpty || Atoms.All(a => a.IsMissing);

    public override IEnumerable<SyntaxNode> GetChildren() => Atoms;

    /// <summary>The value's text without surrounding trivia, e.g. for messages.</summary>
    public string DisplayText
    {
        get
        {
            var builder = new StringBuilder();
            for (var i = 0; i < Atoms.Length; i++)
            {
                if (i > 0) builder.Append(Atoms[i].Source.Text, Atoms[i].FullStart, Atoms[i].Start - Atoms[i].FullStart);
                builder.Append(Atoms[i].Text);
            }
            return builder.ToString();
        }
    }
}

/// <summary>Tokens the parser could not place; kept so nothing of the user's text is lost.</summary>
public sealed class SkippedTokensSyntax : MemberSyntax
{
    public SkippedTokensSyntax(ImmutableArray<SyntaxToken> tokens)
    {
        Tokens = tokens;
        Adopt(tokens);
    }

    public override SyntaxKind Kind => SyntaxKind.SkippedTokens;
    public ImmutableArray<SyntaxToken> Tokens { get; }
    public override IEnumerable<SyntaxNode> GetChildren() => Tokens;
}
