namespace PolicyLang.Binding.Vocabulary;

/// <summary>A governing body of the municipality.</summary>
public enum Body { Council, Executive, Alderman }

public static partial class ValueWords
{
    /// <summary>
    /// The bodies a 'door' (vastgesteld, besluit) or an eigenaar usually names. These fields take
    /// any word, so the table restricts nothing: completion offers these and the grammar colours them.
    /// </summary>
    public static readonly WordTable<Body> Bodies = new("body", "bestuursorgaan", caseSensitive: false,
        new(Body.Council, "raad", "council") { Synonyms = ["gemeenteraad"] },
        new(Body.Executive, "college", "executive"),
        new(Body.Alderman, "wethouder", "alderman"));
}
