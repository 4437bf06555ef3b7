using System.Text.Json;
using PolicyLang.LanguageServer.Features;
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
        if (context.Find(request.TextDocument.Uri) is not var (folder, file)
            || new EditorCoordinates(folder).FileOf(file) is not { } chunks) return Array.Empty<FoldingRange>();
        var text = chunks.Text;
        var ranges = new List<FoldingRange>();
        var commentStart = -1;
        var commentEnd = -1;

        void FlushComments()
        {
            if (commentStart >= 0 && commentEnd > commentStart) ranges.Add(new FoldingRange(commentStart, commentEnd, "comment"));
            commentStart = commentEnd = -1;
        }

        // The chunks' tokens in order are the whole file's (a chunk's end-of-file token has no trivia and is skipped like the file's).
        for (var i = 0; i < chunks.Chunks.Length; i++)
        {
            var chunkStart = chunks.Starts[i];
            int Line(int offset) => text.GetLinePosition(chunkStart + offset).Line;
            foreach (var token in chunks.Chunks[i].Root.DescendantTokens())
            {
                foreach (var trivia in token.LeadingTrivia)
                {
                    if (trivia.Kind != SyntaxKind.CommentTrivia) continue;
                    var line = Line(trivia.Span.Start);
                    if (commentEnd >= 0 && line == commentEnd + 1) commentEnd = line;
                    else { FlushComments(); commentStart = commentEnd = line; }
                }
                if (token.Kind == SyntaxKind.OpenBraceToken && token.Parent is BlockSyntax block && !block.CloseBrace.IsMissing)
                {
                    var start = Line(token.Start);
                    var end = Line(block.CloseBrace.Start);
                    // End one line before the '}' so the closing brace stays visible, as editors expect.
                    if (end - 1 > start) ranges.Add(new FoldingRange(start, end - 1, null));
                }
                if (token.Kind != SyntaxKind.EndOfFileToken && !token.IsMissing && Line(token.Start) > commentEnd) FlushComments();
            }
        }
        FlushComments();
        return ranges;
    }
}
