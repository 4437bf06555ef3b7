using PolicyLang.Runtime;

namespace PolicyLang.Binding.Vocabulary;

public static partial class ValueWords
{
    /// <summary>
    /// The words a table cell, a measurement file's waarde or a nulmeting may be written as instead
    /// of a figure: the codes documents and CBS tables print. The meaning is the runtime's
    /// <see cref="MissingReason"/>, so the monitor and the checker read the same words. Read in any
    /// case (documents print "N.v.t." as often as "n.v.t."). '-' is a minus token to the lexer, '*'
    /// a star token, "n.b." and "n.v.t." one abbreviation word each.
    /// </summary>
    public static readonly WordTable<MissingReason> MissingValues = new("missing value", "ontbrekende waarde", caseSensitive: false,
        new(MissingReason.Empty, "-", "-"),
        new(MissingReason.Unknown, "nb", "not known") { Synonyms = ["n.b.", "onbekend"] },
        new(MissingReason.NotYetKnown, "nnb", "not known yet") { Synonyms = ["n.n.b."] },
        new(MissingReason.ToBeDetermined, "ntb", "to be determined") { Synonyms = ["n.t.b.", "nader te bepalen"] },
        new(MissingReason.NotApplicable, "n.v.t.", "not applicable") { Synonyms = ["nvt"] },
        new(MissingReason.Suppressed, "*", "suppressed for privacy"));
}
