using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Planning;

namespace AsnCompetency.Domain.UnitTests.Planning;

/// <summary>Draft → Submitted → Approved; only drafts change; approved plans never do.</summary>
public sealed class DevelopmentPlanTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private static PlanItemDetails Item(Guid? employeeId = null, Guid? unitId = null, int? participants = null, int quarter = 2) =>
        new(employeeId ?? (unitId is null ? Guid.CreateVersion7() : null), unitId, participants, Guid.CreateVersion7(), null, 20, 1_000_000m, quarter, null, null);

    private static DevelopmentPlan Plan() => DevelopmentPlan.Create(Guid.CreateVersion7(), 2027, " RPK 2027 ", 50_000_000m);

    [Test]
    public void Create_IsDraftWithTrimmedTitle()
    {
        var plan = Plan();

        plan.Status.ShouldBe(PlanStatus.Draft);
        plan.Title.ShouldBe("RPK 2027");
    }

    [TestCase(1999)]
    [TestCase(2101)]
    public void Create_YearOutOfRange_Rejected(int year) =>
        Should.Throw<DomainValidationException>(() => DevelopmentPlan.Create(Guid.CreateVersion7(), year, "x", null)).Field.ShouldBe("year");

    [Test]
    public void AddItem_BothEmployeeAndUnit_Rejected()
    {
        var plan = Plan();

        Should.Throw<DomainValidationException>(() => plan.AddItem(Item(Guid.CreateVersion7(), Guid.CreateVersion7()), PlanItemSource.Manual));
    }

    [Test]
    public void AddItem_GroupWithoutParticipants_Rejected()
    {
        var plan = Plan();

        Should.Throw<DomainValidationException>(() => plan.AddItem(Item(unitId: Guid.CreateVersion7()), PlanItemSource.Manual)).Field.ShouldBe("participantCount");
    }

    [TestCase(0)]
    [TestCase(5)]
    public void AddItem_QuarterOutOfRange_Rejected(int quarter) =>
        Should.Throw<DomainValidationException>(() => Plan().AddItem(Item(quarter: quarter), PlanItemSource.Manual)).Field.ShouldBe("plannedQuarter");

    [Test]
    public void Submit_Empty_Refused() => Should.Throw<BusinessRuleException>(() => Plan().Submit(null, Now));

    [Test]
    public void Workflow_SubmitReturnSubmitApprove_EndsApprovedAndFrozen()
    {
        var plan = Plan();
        plan.AddItem(Item(), PlanItemSource.Manual);

        plan.Submit(null, Now);
        Should.Throw<BusinessRuleException>(() => plan.AddItem(Item(), PlanItemSource.Manual));
        plan.ReturnToDraft("Kurangi biaya");
        plan.Status.ShouldBe(PlanStatus.Draft);
        plan.DecisionNote.ShouldBe("Kurangi biaya");
        plan.Submit(null, Now);
        plan.Approve(null, Now, "SK Bupati 800/1/2027");

        plan.Status.ShouldBe(PlanStatus.Approved);
        Should.Throw<BusinessRuleException>(() => plan.Update("x", null));
        Should.Throw<BusinessRuleException>(() => plan.AddItem(Item(), PlanItemSource.Manual));
        Should.Throw<BusinessRuleException>(() => plan.RemoveGeneratedItems());
        Should.Throw<BusinessRuleException>(() => plan.ReturnToDraft("x"));
        Should.Throw<BusinessRuleException>(() => plan.Approve(null, Now, null));
    }

    [Test]
    public void Approve_Draft_Refused()
    {
        var plan = Plan();
        plan.AddItem(Item(), PlanItemSource.Manual);

        Should.Throw<BusinessRuleException>(() => plan.Approve(null, Now, null));
    }

    [Test]
    public void ReturnToDraft_WithoutReason_Rejected()
    {
        var plan = Plan();
        plan.AddItem(Item(), PlanItemSource.Manual);
        plan.Submit(null, Now);

        Should.Throw<DomainValidationException>(() => plan.ReturnToDraft(" ")).Field.ShouldBe("reason");
    }

    [Test]
    public void RemoveGeneratedItems_KeepsHandMadeOnes()
    {
        var plan = Plan();
        var manual = plan.AddItem(Item(), PlanItemSource.Manual);
        plan.AddItem(Item(), PlanItemSource.Generated);
        plan.AddItem(Item(), PlanItemSource.Generated);

        plan.RemoveGeneratedItems().ShouldBe(2);

        plan.Items.ShouldHaveSingleItem().Id.ShouldBe(manual.Id);
    }
}
