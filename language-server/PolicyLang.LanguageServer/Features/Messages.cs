using PolicyLang.Diagnostics;

namespace PolicyLang.LanguageServer.Features;

/// <summary>Picks the Dutch or English text of a user-facing message.</summary>
public static class Messages
{
    public static string Get(Taal taal, string nl, string en) => taal == Taal.En ? en : nl;
}
