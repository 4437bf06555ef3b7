namespace PolicyLang.Diagnostics;

// PL6xxx: policylang.json and suppression comments (descriptors in ConfigurationDescriptors).
public static partial class DiagnosticBuilder
{
    public static Diagnostic InvalidConfigJson(Location at, string detail) => ConfigurationDescriptors.InvalidConfigJson.Create(at, detail);

    public static Diagnostic UnknownConfigKey(Location at, string key, string? suggestion) =>
        ConfigurationDescriptors.UnknownConfigKey.Create(at, key, DidYouMean(suggestion));

    public static Diagnostic UnknownRuleCode(Location at, string code, string? suggestion) =>
        ConfigurationDescriptors.UnknownRuleCode.Create(at, code, DidYouMean(suggestion));

    public static Diagnostic InvalidRuleLevel(Location at, string found) => ConfigurationDescriptors.InvalidRuleLevel.Create(at, found);

    public static Diagnostic CompilerDiagnosticNotConfigurable(Location at, string code) =>
        ConfigurationDescriptors.CompilerDiagnosticNotConfigurable.Create(at, code);

    public static Diagnostic InvalidConfigValue(Location at, string key, string expectedNl, string expectedEn) =>
        ConfigurationDescriptors.InvalidConfigValue.Create(at, key, new Phrase(expectedNl, expectedEn));

    public static Diagnostic CannotSuppressCompilerDiagnostic(Location at, string code) =>
        ConfigurationDescriptors.CannotSuppressCompilerDiagnostic.Create(at, code);

    public static Diagnostic UnknownSuppressedCode(Location at, string code, string? suggestion) =>
        ConfigurationDescriptors.UnknownSuppressedCode.Create(at, code, DidYouMean(suggestion));
}
