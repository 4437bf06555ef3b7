using System.Text;
using PolicyLang.Text;

namespace PolicyLang.Syntax;

/// <summary>
/// A node of the lossless syntax tree. Nodes are immutable after the parser builds them; the
/// parent pointer is set once, when the tree is created, so editor features can walk upwards.
/// </summary>
public abstract class SyntaxNode
{
    public abstract SyntaxKind Kind { get; }
    public SyntaxNode? Parent { get; private set; }

    /// <summary>Called by node constructors: children learn their parent as the tree is built (no second pass).</summary>
    protected void Adopt(SyntaxNode? child)
    {
        if (child is not null) child.Parent = this;
    }

    protected void Adopt<T>(System.Collections.Immutable.ImmutableArray<T> children) where T : SyntaxNode
    {
        foreach (var child in children) child.Parent = this;
    }

    /// <summary>Children in source order. Tokens are leaves.</summary>
    public abstract IEnumerable<SyntaxNode> GetChildren();

    public SyntaxToken? FirstToken() => this as SyntaxToken ?? GetChildren().Select(c => c.FirstToken()).FirstOrDefault(t => t is not null);
    public SyntaxToken? LastToken() => this as SyntaxToken ?? GetChildren().Reverse().Select(c => c.LastToken()).FirstOrDefault(t => t is not null);

    /// <summary>The span without the leading trivia of the first token.</summary>
    public virtual TextSpan Span
    {
        get
        {
            var first = FirstToken();
            var last = LastToken();
            return first is null || last is null ? default : TextSpan.FromBounds(first.Start, last.End);
        }
    }

    /// <summary>The span including leading trivia.</summary>
    public virtual TextSpan FullSpan
    {
        get
        {
            var first = FirstToken();
            var last = LastToken();
            return first is null || last is null ? default : TextSpan.FromBounds(first.FullStart, last.End);
        }
    }

    /// <summary>All tokens below this node in source order. Depth is bounded by the parser's nesting limit.</summary>
    public IReadOnlyList<SyntaxToken> DescendantTokens()
    {
        var tokens = new List<SyntaxToken>();
        Collect(this, tokens);
        return tokens;

        static void Collect(SyntaxNode node, List<SyntaxToken> into)
        {
            if (node is SyntaxToken token)
            {
                into.Add(token);
                return;
            }
            foreach (var child in node.GetChildren()) Collect(child, into);
        }
    }

    public IEnumerable<SyntaxNode> Ancestors()
    {
        for (var node = Parent; node is not null; node = node.Parent) yield return node;
    }

    /// <summary>Reproduces exactly the source text this node was parsed from, trivia and errors included.</summary>
    public string ToFullString()
    {
        var builder = new StringBuilder();
        foreach (var token in DescendantTokens()) builder.Append(token.FullText);
        return builder.ToString();
    }

    public override string ToString() => ToFullString();
}
