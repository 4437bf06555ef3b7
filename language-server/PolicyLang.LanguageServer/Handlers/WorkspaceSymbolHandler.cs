using System.Text.Json;
using PolicyLang.Binding;
using PolicyLang.LanguageServer.Features;
using PolicyLang.LanguageServer.Protocol;

namespace PolicyLang.LanguageServer.Handlers;

/// <summary>workspace/symbol: elements of every tracked folder whose id or title contains the query (case-insensitive).</summary>
public sealed class WorkspaceSymbolHandler : IRequestHandler
{
    public const int MaxResults = 500;

    public string Method => "workspace/symbol";

    public object? Handle(RequestContext context, JsonElement? parameters, CancellationToken cancellationToken)
    {
        var query = LspJson.Read<WorkspaceSymbolParams>(parameters).Query ?? "";
        var results = new List<SymbolInformation>();
        foreach (var folder in context.Snapshot.Folders.Values.OrderBy(f => f.Folder, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var coordinates = new EditorCoordinates(folder);
            foreach (var element in folder.Model.Elements)
            {
                if (element.Id is null && element.Title.Length == 0) continue;
                var matches = query.Length == 0
                    || (element.Id?.Contains(query, StringComparison.OrdinalIgnoreCase) ?? false)
                    || element.Title.Contains(query, StringComparison.OrdinalIgnoreCase);
                if (!matches || SymbolLocations.Declaration(coordinates, element) is not { } location) continue;
                results.Add(new SymbolInformation(element.Id ?? element.DisplayName, SymbolKindMap.Of(element.Kind), location,
                    element.Parent?.DisplayName ?? element.Kind.Word()));
                if (results.Count >= MaxResults) return results;
            }
        }
        return results;
    }
}
