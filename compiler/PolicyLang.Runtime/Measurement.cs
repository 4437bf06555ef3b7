namespace PolicyLang.Runtime;

/// <summary>
/// One measured value of an indicator. Provisional figures (status voorlopig) count; they and
/// illustrative figures (example data, not real measurements) are marked in the report.
/// </summary>
public readonly record struct Measurement(Period Period, decimal Value, bool Provisional = false, bool Illustrative = false);
