namespace PolicyLang.Binding.Schema;

/// <summary>
/// The icon an editor shows for an element kind. The names are the LSP symbol kinds the language
/// server maps them to; they were chosen for recognisable icons, not for their meaning in C#.
/// </summary>
public enum ElementIcon
{
    Object, Namespace, Event, Class, Property, Struct, Field, Constant, File, Module, Method, Operator, Number, Interface,
}
