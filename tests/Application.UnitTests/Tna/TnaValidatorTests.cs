using AsnCompetency.Application.Assessments;
using AsnCompetency.Application.Assessments.Commands.RecordAssessments;
using AsnCompetency.Application.DevelopmentPlans.Commands.PlanItems;
using AsnCompetency.Application.Tna.Gaps;
using AsnCompetency.Domain.Assessments;

namespace AsnCompetency.Application.UnitTests.Tna;

public sealed class GetGapsQueryValidatorTests
{
    [TestCase(null)]
    [TestCase("unit")]
    [TestCase("unit,competency")]
    [TestCase("Agency, Region ,positionType")]
    public void Validate_KnownDimensions_Passes(string? groupBy) =>
        new GetGapsQueryValidator().Validate(new GetGapsQuery(groupBy)).ShouldBeValid();

    [TestCase("department")]
    [TestCase("unit,agency,region,competency")]
    [TestCase(",")]
    public void Validate_UnknownOrTooManyDimensions_FailsAtGroupBy(string groupBy) =>
        new GetGapsQueryValidator().Validate(new GetGapsQuery(groupBy)).ShouldFailAt("groupBy");

    [Test]
    public void Validate_YearBeforeRecords_FailsAtYear() =>
        new GetGapsQueryValidator().Validate(new GetGapsQuery(Year: 1999)).ShouldFailAt("year");
}

public sealed class RecordAssessmentsCommandValidatorTests
{
    private static AssessmentInput Valid(int level = 3) => new()
    {
        EmployeeId = Guid.CreateVersion7(),
        CompetencyId = Guid.CreateVersion7(),
        Level = level,
        Method = AssessmentMethod.Supervisor,
        AssessedOn = new DateOnly(2026, 10, 1),
    };

    [Test]
    public void Validate_ValidItems_Passes() =>
        new RecordAssessmentsCommandValidator().Validate(new RecordAssessmentsCommand([Valid(), Valid()])).ShouldBeValid();

    [Test]
    public void Validate_BadItems_NamesEachItemAndField()
    {
        var result = new RecordAssessmentsCommandValidator().Validate(new RecordAssessmentsCommand(
            [Valid(), Valid(level: 6), Valid() with { EvidenceUrl = "ftp://x" }, Valid() with { EmployeeId = Guid.Empty }]));

        result.ShouldFailAt("items[1].level", "items[2].evidenceUrl", "items[3].employeeId");
    }

    [Test]
    public void Validate_Empty_FailsAtItems() =>
        new RecordAssessmentsCommandValidator().Validate(new RecordAssessmentsCommand([])).ShouldFailAt("items");

    [Test]
    public void Validate_SameAssessmentTwice_FailsAtItems()
    {
        var item = Valid();

        new RecordAssessmentsCommandValidator().Validate(new RecordAssessmentsCommand([item, item])).ShouldFailAt("items");
    }
}

public sealed class PlanItemValidatorTests
{
    [Test]
    public void Validate_EmployeeItemWithProgramme_Passes() =>
        new AddPlanItemCommandValidator().Validate(new AddPlanItemCommand
        {
            EmployeeId = Guid.CreateVersion7(),
            CompetencyId = Guid.CreateVersion7(),
            ProgramId = Guid.CreateVersion7(),
            PlannedQuarter = 2,
        }).ShouldBeValid();

    [Test]
    public void Validate_NoProgrammeAndNoJpOrCost_FailsAtBoth() =>
        new AddPlanItemCommandValidator().Validate(new AddPlanItemCommand
        {
            EmployeeId = Guid.CreateVersion7(),
            CompetencyId = Guid.CreateVersion7(),
            PlannedQuarter = 2,
        }).ShouldFailAt("plannedJp", "plannedCost");

    [Test]
    public void Validate_EmployeeAndUnit_FailsAtUnitId() =>
        new AddPlanItemCommandValidator().Validate(new AddPlanItemCommand
        {
            EmployeeId = Guid.CreateVersion7(),
            UnitId = Guid.CreateVersion7(),
            CompetencyId = Guid.CreateVersion7(),
            ProgramId = Guid.CreateVersion7(),
            PlannedQuarter = 5,
        }).ShouldFailAt("unitId", "plannedQuarter");
}
