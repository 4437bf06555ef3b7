using System.Collections.Concurrent;
using System.Reflection;

namespace PolicyLang.LanguageServer.Protocol;

/// <summary>
/// The deserializer fills a missing or null member with null even where the record says it cannot
/// be null ("text": null, "textDocument": null). Such parameters must be refused as InvalidParams
/// before anything uses them (issue 20): a null text once broke a folder's analysis until the next
/// full change, and a null textDocument answered -32603 from deep inside a handler.
/// This walks the LSP records (LspTypes.cs) and finds the first member the nullable
/// annotations forbid to be null, arrays included.
/// </summary>
internal static class RequiredMembers
{
    private static readonly ConcurrentDictionary<Type, Member[]> Members = new();
    private static readonly NullabilityInfoContext Nullability = new();
    private static readonly object NullabilityGate = new();

    private sealed record Member(PropertyInfo Property, string JsonName, bool Required, bool ElementsRequired);

    /// <summary>The JSON path of the first forbidden null ("textDocument", "contentChanges[0].text"), or null when there is none.</summary>
    public static string? FindMissing(object value) => Find(value, "", depth: 0);

    private static string? Find(object value, string path, int depth)
    {
        if (depth > 16 || !IsLspRecord(value.GetType())) return null;
        foreach (var member in MembersOf(value.GetType()))
        {
            var memberPath = path.Length == 0 ? member.JsonName : path + "." + member.JsonName;
            var child = member.Property.GetValue(value);
            if (child is null)
            {
                if (member.Required) return memberPath;
                continue;
            }
            if (child is Array array)
            {
                for (var i = 0; i < array.Length; i++)
                {
                    var element = array.GetValue(i);
                    if (element is null) { if (member.ElementsRequired) return $"{memberPath}[{i}]"; continue; }
                    if (Find(element, $"{memberPath}[{i}]", depth + 1) is { } inner) return inner;
                }
                continue;
            }
            if (Find(child, memberPath, depth + 1) is { } found) return found;
        }
        return null;
    }

    private static bool IsLspRecord(Type type) => type.Namespace == typeof(RequiredMembers).Namespace && type.IsClass && !type.IsArray;

    private static Member[] MembersOf(Type type) => Members.GetOrAdd(type, t =>
    {
        lock (NullabilityGate) // NullabilityInfoContext is not thread-safe
        {
            return [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0 && p.CanRead && !p.PropertyType.IsValueType)
                .Select(p =>
                {
                    var info = Nullability.Create(p);
                    return new Member(p, LspJson.Options.PropertyNamingPolicy?.ConvertName(p.Name) ?? p.Name,
                        info.ReadState == NullabilityState.NotNull,
                        info.ElementType?.ReadState == NullabilityState.NotNull);
                })];
        }
    });
}
