using PolicyLang.Cli.Monitoring;
using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Runtime;
using PolicyLang.Syntax;

namespace PolicyLang.Cli.Reports;

/// <summary>
/// Groups the report by programme, as a P&amp;C document does: each thema of the kader that has
/// doelen, maatregelen or begroting posts is a programme; a doel without a thema belongs to the
/// programme of the nearest doel above it that has one, else to the top of its doel tree. Without
/// the kader's sources (a monitor .dll) there are no maatregelen or posts, and the tops of the doel
/// tree are the programmes.
/// </summary>
public static class ProgrammeBuilder
{
    private const string Other = "";

    public static IReadOnlyList<Programme> Build(MonitorResult r, SemanticModel? model, bool english, BudgetRealisation? realisation = null)
    {
        realisation ??= BudgetRealisation.None;
        var euro = FigureFormat.Plain(english);
        var themaOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        var order = new List<string>();
        if (model is not null)
        {
            foreach (var thema in model.OfKind(ElementKind.Thema).Where(t => t.Id is not null))
            {
                titles[thema.Id!] = thema.Title;
                order.Add(thema.Id!);
            }
            foreach (var goal in r.Goals)
                if (model.Lookup(goal.Id) is { } symbol && FirstThema(model, symbol) is { } t) themaOf[goal.Id] = t;
        }

        // Doelen without a thema: the nearest one above, else the top of the tree.
        string ProgrammeOf(GoalInfo goal, HashSet<string> seen)
        {
            if (themaOf.TryGetValue(goal.Id, out var t)) return t;
            if (!seen.Add(goal.Id)) return Other;
            foreach (var parent in goal.Parents)
                if (r.Goals.FirstOrDefault(g => g.Id == parent) is { } p && ProgrammeOf(p, seen) is { Length: > 0 } found) return found;
            return goal.Parents.Count == 0 && goal.Kind != GoalKind.Doel ? goal.Id : Other;
        }

        var goalsOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var goal in r.Goals)
        {
            var p = ProgrammeOf(goal, []);
            if (p.Length > 0 && !titles.ContainsKey(p)) { titles[p] = goal.Title; order.Add(p); }
            Add(goalsOf, p, goal.Id);
        }

        var measuresOf = new Dictionary<string, List<MeasureItem>>(StringComparer.Ordinal);
        var budgetOf = new Dictionary<string, List<BudgetLine>>(StringComparer.Ordinal);
        var yearsOf = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        if (model is not null)
        {
            foreach (var m in model.OfKind(ElementKind.Maatregel))
            {
                var p = FirstThema(model, m) ?? ContributedProgramme(model, m, r, g => ProgrammeOf(g, []));
                if (p is null) continue;
                Add(measuresOf, p, new MeasureItem(m.Id, m.Title, Word(m, FieldNames.Eigenaar), Word(m, "status"), SourceText(m, FieldNames.Termijn)));
            }
            foreach (var begroting in model.OfKind(ElementKind.Begroting))
            {
                foreach (var post in BudgetAmounts.TopLevelPosts(begroting))
                {
                    var p = FirstThema(model, post) ?? FirstThema(model, begroting)
                        ?? ContributedProgramme(model, post, r, g => ProgrammeOf(g, [])) ?? ContributedProgramme(model, begroting, r, g => ProgrammeOf(g, []));
                    if (p is null) continue;
                    // As the budget rules read it: the written amounts per year times the schaal.
                    var amounts = BudgetAmounts.Of(post).Select(a => new BudgetAmount(a.Year, a.Value, euro.Euro(a.Value))).ToList();
                    var realised = post.Id is { } postId ? realisation.Of(postId, r.Peiljaar) : [];
                    Add(budgetOf, p, new BudgetLine(begroting.Title, post.Title, amounts) { PostId = post.Id, Years = BudgetYears(amounts, realised, euro, english) });
                    if (!yearsOf.TryGetValue(p, out var set)) yearsOf[p] = set = [];
                    foreach (var a in amounts) set.Add(a.Year);
                    foreach (var a in realised) set.Add(a.Year);
                }
            }
        }

        var programmes = new List<Programme>();
        foreach (var id in order.Distinct())
        {
            var goals = goalsOf.GetValueOrDefault(id) ?? [];
            var measures = measuresOf.GetValueOrDefault(id) ?? [];
            var budget = budgetOf.GetValueOrDefault(id) ?? [];
            if (goals.Count == 0 && measures.Count == 0 && budget.Count == 0) continue;
            programmes.Add(new Programme(id, titles[id])
            {
                GoalIds = goals, Maatregelen = measures, Budget = budget, BudgetYears = [.. yearsOf.GetValueOrDefault(id) ?? []],
                HasRealisation = budget.Any(l => l.Years.Any(y => y.Realised is not null)),
            });
        }
        if (goalsOf.GetValueOrDefault(Other) is { Count: > 0 } rest)
            programmes.Add(new Programme("", english ? "Other goals" : "Overige doelen") { GoalIds = rest });
        return programmes;
    }

    /// <summary>Begroot and realisatie per year of the post (either), with the verschil when both are figures.</summary>
    private static IReadOnlyList<BudgetYear> BudgetYears(IReadOnlyList<BudgetAmount> amounts, IReadOnlyList<RealisedAmount> realised, FigureFormat euro, bool english)
    {
        string T(string nl, string en) => english ? en : nl;
        var years = new SortedSet<int>(amounts.Select(a => a.Year).Concat(realised.Select(a => a.Year)));
        return [.. years.Select(y =>
        {
            var budgeted = amounts.FirstOrDefault(a => a.Year == y);
            var real = realised.FirstOrDefault(a => a.Year == y);
            RealisedFigure? figure = real is null ? null : real.Value is { } v
                ? new RealisedFigure(v, euro.Euro(v) + Marks(real, english), real.Provisional, real.Illustrative)
                : new RealisedFigure(null, T("ontbreekt", "missing") + $" ({real.Missing!.Value.Describe().In(english)})" + Marks(real, english), real.Provisional, real.Illustrative)
                    { Missing = real.Missing!.Value.Describe().In(english) };
            var row = new BudgetYear(y, budgeted, figure);
            return budgeted is not null && figure?.Value is { } value
                ? row with { Difference = value - budgeted.Value, DifferenceText = euro.SignedEuro(value - budgeted.Value) }
                : row;
        })];
    }

    private static string Marks(RealisedAmount a, bool english) =>
        (a.Provisional ? (english ? " (provisional)" : " (voorlopig)") : "") + (a.Illustrative ? (english ? " (illustrative)" : " (illustratief)") : "");

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T item)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(item);
    }

    private static string? FirstThema(SemanticModel model, ElementSymbol element)
    {
        foreach (var t in model.Targets(element, FieldNames.Thema))
            if (t.Kind == ElementKind.Thema && t.Id is not null) return t.Id;
        return null;
    }

    private static string? ContributedProgramme(SemanticModel model, ElementSymbol element, MonitorResult r, Func<GoalInfo, string> programmeOf)
    {
        foreach (var t in model.Targets(element, FieldNames.DraagtBijAan))
            if (t.Id is not null && r.Goals.FirstOrDefault(g => g.Id == t.Id) is { } goal && programmeOf(goal) is { Length: > 0 } p) return p;
        return null;
    }

    private static string? Word(ElementSymbol element, string field) =>
        element.Value<TextValue>(field)?.Text ?? element.Value<WordValue>(field)?.Word;

    private static string? SourceText(ElementSymbol element, string field) =>
        element.Field(field) is { Syntax.Values: { } values } && element.Tree is { } tree
            ? string.Join(" ", tree.Text.ToString(values.Span).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            : null;
}
