using System.Text.Json;
using PolicyLang.LanguageServer.Protocol;
using PolicyLang.Syntax;

namespace PolicyLang.LanguageServer.Handlers;

/// <summary>textDocument/foldingRange: every block over more than one line, and runs of comment lines.</summary>
public sealed class FoldingRangeHandler : IRequestHandler
{
    public string Method => "textDocument/foldingRange";

    public object? Handle(RequestContext context, JsonElement? parameters, CancellationToken cancellationToken)
    {
        var request = LspJson.Read<DocumentParams>(parameters);
        if (context.Find(request.TextDocument.Uri) is not var (_, file)) return Array.Empty<FoldingRange>();
        var text = file.Text;
        var ranges = new List<FoldingRange>();
        var commentStart = -1;
        var commentEnd = -1;

        void FlushComments()
        {
            if (commentStart >= 0 && commentEnd > commentStart) ranges.Add(new FoldingRange(commentStart, commentEnd, "comment"));
            commentStart = commentEnd = -1;
        }

        foreach (var token in file.Tree.Root.DescendantTokens())
        {
            foreach (var trivia in token.LeadingTrivia)
            {
                if (trivia.Kind != SyntaxKind.CommentTrivia) continue;
                var line = text.GetLinePosition(trivia.Span.Start).Line;
                if (commentEnd >= 0 && line == commentEnd + 1) commentEnd = line;
                else { FlushComments(); commentStart = commentEnd = line; }
            }
            if (token.Kind == SyntaxKind.OpenBraceToken && token.Parent is BlockSyntax block && !block.CloseBrace.IsMissing)
            {
                var start = text.GetLinePosition(token.Start).Line;
                var end = text.GetLinePosition(block.CloseBrace.Start).Line;
                // End one line before the '}' so the closing brace stays visible, as editors expect.
                if (end - 1 > start) ranges.Add(new FoldingRange(start, end - 1, null));
            }
            if (token.Kind != SyntaxKind.EndOfFileToken && !token.IsMissing && text.GetLinePosition(token.Start).Line > commentEnd) FlushComments();
        }
        FlushComments();
        return ranges;
    }
}
