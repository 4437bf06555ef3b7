namespace PolicyLang.Binding;

/// <summary>The laws of the social domain every kader may refer to without declaring them.</summary>
public static class BuiltinWetten
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Wmo2015"] = "Wet maatschappelijke ondersteuning 2015",
        ["Jeugdwet"] = "Jeugdwet",
        ["Participatiewet"] = "Participatiewet",
        ["IOAW"] = "Wet inkomensvoorziening oudere en gedeeltelijk arbeidsongeschikte werkloze werknemers",
        ["IOAZ"] = "Wet inkomensvoorziening oudere en gedeeltelijk arbeidsongeschikte gewezen zelfstandigen",
        ["Bbz"] = "Besluit bijstandverlening zelfstandigen",
        ["Wpg"] = "Wet publieke gezondheid",
        ["Wgs"] = "Wet gemeentelijke schuldhulpverlening",
        ["Wsw"] = "Wet sociale werkvoorziening",
        ["Wlz"] = "Wet langdurige zorg",
        ["Zvw"] = "Zorgverzekeringswet",
        ["AWBZ"] = "Algemene Wet Bijzondere Ziektekosten",
        ["Wtcg"] = "Wet tegemoetkoming chronisch zieken en gehandicapten",
        ["Wajong"] = "Wet arbeidsongeschiktheidsvoorziening jonggehandicapten",
        ["WetKinderopvang"] = "Wet kinderopvang",
        ["Leerplichtwet"] = "Leerplichtwet 1969",
        ["WEB"] = "Wet educatie en beroepsonderwijs",
        ["WetPassendOnderwijs"] = "Wet passend onderwijs",
        ["Wkbm"] = "Wet herziening kinderbeschermingsmaatregelen",
        ["Wgav"] = "Wet gemeentelijke antidiscriminatievoorzieningen",
        ["Wsob"] = "Wet stelsel openbare bibliotheekvoorzieningen",
        ["Wnt"] = "Wet normering topinkomens",
        ["Wbp"] = "Wet bescherming persoonsgegevens",
        ["Avg"] = "Algemene verordening gegevensbescherming",
    };
}
