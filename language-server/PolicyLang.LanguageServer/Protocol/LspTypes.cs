// The subset of LSP 3.17 types the server reads and writes. Property names follow the spec
// (camelCase through LspJson.Options); optional members are nullable and left out when null.
namespace PolicyLang.LanguageServer.Protocol;

public sealed record Position(int Line, int Character);
public sealed record Range(Position Start, Position End);
public sealed record Location(string Uri, Range Range);

public sealed record TextDocumentIdentifier(string Uri);
public sealed record VersionedTextDocumentIdentifier(string Uri, int? Version);
public sealed record TextDocumentItem(string Uri, string? LanguageId, int Version, string Text);

public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);
public sealed record TextDocumentContentChangeEvent(Range? Range, string Text);
public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, TextDocumentContentChangeEvent[] ContentChanges);
public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);
public sealed record FileEvent(string Uri, int Type);
public sealed record DidChangeWatchedFilesParams(FileEvent[] Changes);
public sealed record SetTraceParams(string Value);

public record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);
public sealed record ReferenceContext(bool IncludeDeclaration);
public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext? Context)
    : TextDocumentPositionParams(TextDocument, Position);
public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName)
    : TextDocumentPositionParams(TextDocument, Position);
public sealed record DocumentParams(TextDocumentIdentifier TextDocument);
public sealed record RangeParams(TextDocumentIdentifier TextDocument, Range Range);
public sealed record WorkspaceSymbolParams(string? Query);
public sealed record CodeActionContext(LspDiagnostic[]? Diagnostics, string[]? Only);
public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext? Context);

public sealed record MarkupContent(string Kind, string Value)
{
    public static MarkupContent Markdown(string value) => new("markdown", value);
}

public static class DiagnosticSeverities
{
    public const int Error = 1, Warning = 2, Information = 3, Hint = 4;
}

public sealed record DiagnosticRelatedInformation(Location Location, string Message);

public sealed record LspDiagnostic(Range Range, int? Severity, string? Code, string? Source, string Message)
{
    public DiagnosticRelatedInformation[]? RelatedInformation { get; init; }
    public CodeDescription? CodeDescription { get; init; }
}

public sealed record CodeDescription(string Href);

public sealed record PublishDiagnosticsParams(string Uri, int? Version, LspDiagnostic[] Diagnostics);
public sealed record FullDocumentDiagnosticReport(LspDiagnostic[] Items)
{
    public string Kind => "full";
}

public sealed record TextEdit(Range Range, string NewText);
public sealed record WorkspaceEdit(Dictionary<string, TextEdit[]> Changes);

public static class CompletionItemKinds
{
    public const int Text = 1, Method = 2, Function = 3, Field = 5, Variable = 6, Class = 7, Module = 9, Property = 10,
        Unit = 11, Value = 12, Enum = 13, Keyword = 14, Snippet = 15, Reference = 18, Constant = 21, EnumMember = 20, Struct = 22, Event = 23;
}

public sealed record CompletionItem(string Label, int Kind)
{
    public string? Detail { get; init; }
    public MarkupContent? Documentation { get; init; }
    public string? InsertText { get; init; }
    /// <summary>1 = plain text, 2 = snippet.</summary>
    public int? InsertTextFormat { get; init; }
    public string? SortText { get; init; }
    public string? FilterText { get; init; }
    public TextEdit? TextEdit { get; init; }
}

public sealed record CompletionList(bool IsIncomplete, CompletionItem[] Items);
public sealed record Hover(MarkupContent Contents, Range? Range);

public static class SymbolKinds
{
    public const int File = 1, Module = 2, Namespace = 3, Package = 4, Class = 5, Method = 6, Property = 7, Field = 8,
        Constructor = 9, Enum = 10, Interface = 11, Function = 12, Variable = 13, Constant = 14, String = 15, Number = 16,
        Boolean = 17, Array = 18, Object = 19, Key = 20, Null = 21, EnumMember = 22, Struct = 23, Event = 24, Operator = 25, TypeParameter = 26;
}

public sealed record DocumentSymbol(string Name, string? Detail, int Kind, Range Range, Range SelectionRange, DocumentSymbol[]? Children);
public sealed record SymbolInformation(string Name, int Kind, Location Location, string? ContainerName);

public sealed record FoldingRange(int StartLine, int EndLine, string? Kind);
public sealed record SemanticTokens(int[] Data);
public sealed record CodeAction(string Title, string Kind, LspDiagnostic[]? Diagnostics, WorkspaceEdit Edit, bool? IsPreferred);

public sealed record InlayHint(Position Position, string Label, int? Kind, bool? PaddingLeft, bool? PaddingRight)
{
    public MarkupContent? Tooltip { get; init; }
}

public sealed record ParameterInformation(string Label, MarkupContent? Documentation);
public sealed record SignatureInformation(string Label, MarkupContent? Documentation, ParameterInformation[] Parameters);
public sealed record SignatureHelp(SignatureInformation[] Signatures, int ActiveSignature, int ActiveParameter);

public sealed record PrepareRenameResult(Range Range, string Placeholder);
