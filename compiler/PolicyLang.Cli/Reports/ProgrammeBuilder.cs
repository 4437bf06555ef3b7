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

    public static IReadOnlyList<Programme> Build(MonitorResult r, SemanticModel? model, bool english)
    {
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
                var years = begroting.Value<YearRangeValue>(FieldNames.Jaren)?.Years.ToArray() ?? [];
                // As the budget rules read it (BudgetView.SchaalOf): the written amounts times the schaal.
                var schaal = begroting.Value<QuantityValue>(FieldNames.Schaal) is { Quantity.Value: > 0 } s ? s.Quantity.Value : 1m;
                foreach (var post in begroting.Children.Where(c => c.Kind == ElementKind.Post))
                {
                    var p = FirstThema(model, post) ?? FirstThema(model, begroting)
                        ?? ContributedProgramme(model, post, r, g => ProgrammeOf(g, [])) ?? ContributedProgramme(model, begroting, r, g => ProgrammeOf(g, []));
                    if (p is null) continue;
                    var amounts = post.HeaderValues.Select((v, i) => (v, i))
                        .Where(x => x.v is QuantityValue && x.i < years.Length)
                        .Select(x => { var value = ((QuantityValue)x.v).Quantity.Value * schaal; return new BudgetAmount(years[x.i], value, FigureFormat.Plain(english).Euro(value)); })
                        .ToList();
                    Add(budgetOf, p, new BudgetLine(begroting.Title, post.Title, amounts));
                    if (!yearsOf.TryGetValue(p, out var set)) yearsOf[p] = set = [];
                    foreach (var a in amounts) set.Add(a.Year);
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
            programmes.Add(new Programme(id, titles[id]) { GoalIds = goals, Maatregelen = measures, Budget = budget, BudgetYears = [.. yearsOf.GetValueOrDefault(id) ?? []] });
        }
        if (goalsOf.GetValueOrDefault(Other) is { Count: > 0 } rest)
            programmes.Add(new Programme("", english ? "Other goals" : "Overige doelen") { GoalIds = rest });
        return programmes;
    }

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
