namespace PolicyLang.Cli.Reports;

/// <summary>
/// The report's stylesheet. Every text colour meets WCAG 2.1 AA (4.5:1) on its background; the
/// stoplicht colours are dark enough to carry white text. The print rules give A4 pages with each
/// programme starting on a new page and a chart, its legend and each table row kept whole (a card may continue on the next page).
/// </summary>
public static class HtmlStyle
{
    public const string Css = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0 auto;max-width:980px;padding:1.5em;color:#1d1d1f;line-height:1.45;background:#fff}
h1{font-size:1.7em;margin:.2em 0}h2{border-bottom:2px solid #d0d0d0;padding-bottom:.2em;margin-top:1.6em}h3{margin-top:1.4em}
h4.card-title{font-size:1.08em;margin:.4em 0 .2em;line-height:1.3}
a{color:#0b4f9c}
.meta,.source,.legend,footer,.note,.none{color:#4a4a4a;font-size:.9em}
.id{color:#4a4a4a;font-size:.78em;font-weight:normal;font-family:ui-monospace,Menlo,Consolas,monospace}
ul.counts{display:flex;gap:.8em;flex-wrap:wrap;list-style:none;padding:0}
.count{padding:.5em 1em;border-radius:8px;color:#fff;font-weight:600;min-width:6.5em}
.count .n{font-size:1.8em;display:block}
.green{background:#1e6b22}.orange{background:#a34700}.red{background:#b71c1c}.grey{background:#5c5c5c}.none{background:transparent}
.badge{color:#fff;border-radius:4px;padding:.1em .5em;font-size:.85em;font-weight:600;white-space:nowrap}
ul.attention{list-style:none;padding:0}ul.attention li{background:#fff;border-left:6px solid;padding:.4em .8em;margin:.4em 0}
ul.attention li.red{border-color:#b71c1c;background:#fdf2f2}ul.attention li.orange{border-color:#a34700;background:#fff6ec}
.attention .reason{font-size:.92em}
.missing-explanation{color:#8a1c1c;font-weight:600;font-size:.9em}
.kind{color:#4a4a4a;font-size:.85em}.rollup{color:#333;font-size:.9em}
article.doel{border-left:6px solid #bbb;padding:.3em 1em .8em;margin:1.2em 0;background:#fafafa}
article.doel.green{border-color:#1e6b22;background:#f4f9f4}article.doel.orange{border-color:#a34700;background:#fff8f0}
article.doel.red{border-color:#b71c1c;background:#fdf3f3}article.doel.grey{border-color:#5c5c5c}article.doel.none{background:#fff}
.card-meta{margin:.2em 0}
.reason{font-weight:500}
.explanations{background:#fff;border:1px solid #d8d8d8;border-radius:6px;padding:.3em .8em;margin:.5em 0}
.explanations .label{font-weight:600;margin:.2em 0}.explanations dt{font-weight:600}.explanations dd{margin:0 0 .4em 1em}
table{border-collapse:collapse;margin:.5em 0}th,td{text-align:left;vertical-align:top;padding:.2em .8em .2em 0}
table.figures th{font-weight:500;color:#333}
table.measures,table.budget,table.chart-table{width:100%;font-size:.9em}
table.measures th,table.budget th,table.chart-table th,table.measures td,table.budget td,table.chart-table td{border-bottom:1px solid #e0e0e0;padding:.25em .6em}
.num{text-align:right;white-space:nowrap}td.missing{font-style:italic}
table.budget.realisation tbody th{vertical-align:top;font-weight:600}
table.chart-table caption{text-align:left;font-weight:600;font-size:.95em;padding:.3em 0}
figure.chart-figure{margin:.6em 0}figcaption{font-size:.9em;color:#333}
svg.chart{width:100%;max-width:640px;height:auto;background:#fff;border:1px solid #d8d8d8;border-radius:6px;display:block}
.axis{stroke:#555}.grid{stroke:#e6e6e6}.tick{font-size:11px;fill:#333}.axis-unit{font-size:11px;fill:#333;font-weight:600}
.series{fill:none;stroke:#0d47a1;stroke-width:2.2}
.point{fill:#0d47a1;stroke:#0d47a1;stroke-width:2}.point.provisional{fill:#fff}.point.illustrative{fill:#bbd3f2;stroke-dasharray:2 1.5}
.norm{fill:none;stroke:#1e6b22;stroke-width:1.6}.band{fill:#f2b46b;fill-opacity:.35;stroke:none}
.projection{fill:none;stroke:#6a1b9a;stroke-width:2;stroke-dasharray:7 4}.projection.uncertain{stroke:#6d6d6d;stroke-dasharray:2 4}
.gap{stroke:#8a1c1c;stroke-width:1.2;stroke-dasharray:1 3}
.baseline{fill:#37474f}.milestone{fill:#f9a825;stroke:#6d4c41}.target{fill:#1e6b22;stroke:#0f3d12}
.peiljaar{stroke:#888;stroke-dasharray:3 3}
.comparison{fill:none;stroke:#555;stroke-width:1}.comparison-point{fill:#555}.comparison-label{font-size:10px;fill:#333}
ul.chart-legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3em 1.2em;font-size:.82em;color:#333;margin:.4em 0}
svg.legend-mark{width:24px;height:12px;vertical-align:middle}
ol.toc{columns:2;font-size:.92em}
@page{size:A4;margin:14mm 12mm}
@media print{
body{max-width:none;padding:0;font-size:10pt}
section.programme{break-before:page}
article.doel{break-inside:auto}svg.chart,ul.chart-legend,tr,.explanations{break-inside:avoid}
ul.attention li{break-inside:avoid}
h2,h3,h4{break-after:avoid}
a{color:inherit;text-decoration:none}
.count,.badge,article.doel,ul.attention li,.band{-webkit-print-color-adjust:exact;print-color-adjust:exact}
svg.chart{max-width:14cm}table.chart-table{font-size:9pt}
}
""";
}
