using System.Text.Json;
using PolicyLang.Formatting;
using PolicyLang.LanguageServer.Features;
using PolicyLang.LanguageServer.Protocol;
using PolicyLang.Text;

namespace PolicyLang.LanguageServer.Handlers;

/// <summary>
/// textDocument/formatting with the compiler's <see cref="Formatter"/> (the same as <c>policylang fmt</c>):
/// one edit that replaces the changed region, nothing when the text is already formatted.
/// </summary>
public sealed class FormattingHandler : IRequestHandler
{
    public string Method => "textDocument/formatting";

    public object? Handle(RequestContext context, JsonElement? parameters, CancellationToken cancellationToken)
    {
        var request = LspJson.Read<DocumentParams>(parameters);
        if (context.Find(request.TextDocument.Uri) is not var (_, file) || Workspace.DocumentUris.IsOptionsFile(file.Path)) return Array.Empty<TextEdit>();
        var original = file.Text.Text;
        // The one place that parses a whole file rather than reading the analysis's chunks: the
        // formatter's promises (only whitespace changes, idempotent) are made and tested for a whole
        // file's tree, and formatting is a text transformation asked for now and then, not a view
        // of the kader, so it cannot disagree with the diagnostics. The tree is parsed once per
        // version of the file (SourceFile.Tree), only when formatting is asked for.
        var formatted = Formatter.Format(file.Tree);
        if (formatted == original) return Array.Empty<TextEdit>();

        // Replace only the differing middle, so the editor keeps the caret and undo steps small.
        var prefix = 0;
        var max = Math.Min(original.Length, formatted.Length);
        while (prefix < max && original[prefix] == formatted[prefix]) prefix++;
        var suffix = 0;
        while (suffix < max - prefix && original[^(suffix + 1)] == formatted[^(suffix + 1)]) suffix++;
        var span = TextSpan.FromBounds(prefix, original.Length - suffix);
        return new[] { new TextEdit(Positions.ToRange(file.Text, span), formatted[prefix..(formatted.Length - suffix)]) };
    }
}
