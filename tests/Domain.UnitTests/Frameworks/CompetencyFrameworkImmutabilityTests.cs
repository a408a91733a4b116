using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Frameworks;
using static AsnCompetency.Domain.UnitTests.Frameworks.FrameworkBuilder;

namespace AsnCompetency.Domain.UnitTests.Frameworks;

/// <summary>A published or retired framework changes only by a new version.</summary>
public sealed class CompetencyFrameworkImmutabilityTests
{
    private static IEnumerable<TestCaseData> Changes()
    {
        var changes = new (string Name, Action<CompetencyFramework> Change)[]
        {
            ("UpdateDetails", f => f.UpdateDetails(Details() with { Name = "Nama baru" })),
            ("AddCompetency", f => f.AddComplete("M.02", under: f.Item("M"))),
            ("UpdateCompetency", f => f.UpdateCompetency(f.Item("M.01").Id, f.Item("M").Id, ItemDetails("M.01", levels: [1, 2, 3, 4, 5]) with { Name = "Baru" })),
            ("RemoveCompetency", f => f.RemoveCompetency(f.Item("M.01").Id)),
        };
        foreach (var create in new Func<CompetencyFramework>[] { Published, Retired })
        {
            foreach (var (name, change) in changes)
            {
                var state = create.Method.Name;
                yield return new TestCaseData(create, change).SetName($"{name}_{state}Framework_ThrowsBusinessRule");
            }
        }
    }

    [TestCaseSource(nameof(Changes))]
    public void Change_FrozenFramework_ThrowsBusinessRule(Func<CompetencyFramework> create, Action<CompetencyFramework> change)
    {
        var framework = create();
        var before = Snapshot(framework);

        var error = Should.Throw<BusinessRuleException>(() => change(framework));

        error.Message.ShouldContain("new version");
        Snapshot(framework).ShouldBe(before);
    }

    private static string Snapshot(CompetencyFramework framework) =>
        $"{framework.Name}|" + string.Join(";", framework.InTreeOrder().Select(c => $"{c.Code}:{c.Name}:{c.ParentId}:{c.SortOrder}:{c.Levels.Count}"));
}
