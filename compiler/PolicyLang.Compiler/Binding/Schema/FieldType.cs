namespace PolicyLang.Binding.Schema;

/// <summary>How the binder reads the atoms of one value of a field.</summary>
public enum FieldType
{
    Text,         // one or more strings
    TextOrWord,   // a string or a word ("CBS", "college")
    Label,        // a number, word or string (own numbering: 7, "a", IV)
    Choice,       // one of a fixed list of (multi-word) phrases
    YesNo,
    Reference,    // an id of one of the allowed kinds
    ReferenceOrText,
    Year,
    YearRange,
    Date,
    DateBy,       // date [door orgaan]
    When,         // year, year range or date
    Number,
    Money,
    Percentage,
    Quantity,     // number, money or percentage
    Measurement,  // quantity in year
    Target,       // [comparator] quantity [in year]
    Unit,
    Section,
    NumberRange,    // [kind word] number [t/m number]: doelen 1 t/m 18
    SectionHeading, // section and heading: §3.3 "Mantelzorgers"
    AnnouncedCount, // number, kind [in section]: 10 "risico’s" in §B1.2 (issue 15 item 11)
    Column,       // year, word or string
    Cell,         // quantity, string, word or '-'
    Formula,      // a formula (docs/language.md §6a), parsed by Syntax/Formulas/FormulaParser
}
