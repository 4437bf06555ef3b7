namespace PolicyLang.Analysis;

/// <summary>The level a policylang.json gives a rule: off, or the severity it reports with.</summary>
public enum RuleLevel { Off, Info, Warning, Error }
