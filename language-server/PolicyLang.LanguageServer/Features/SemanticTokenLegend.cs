namespace PolicyLang.LanguageServer.Features;

/// <summary>The token types and modifiers the server reports, in legend order (the index is the wire value).</summary>
public static class SemanticTokenLegend
{
    public static readonly string[] Types = ["keyword", "class", "property", "variable", "string", "number", "comment", "operator", "enumMember", "function"];
    public static readonly string[] Modifiers = ["declaration", "defaultLibrary"];

    public const int Keyword = 0, Class = 1, Property = 2, Variable = 3, String = 4, Number = 5, Comment = 6, Operator = 7, EnumMember = 8, Function = 9;
    public const int Declaration = 1, DefaultLibrary = 2;
}
