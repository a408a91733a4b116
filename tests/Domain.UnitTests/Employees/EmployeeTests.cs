using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Employees;

namespace AsnCompetency.Domain.UnitTests.Employees;

/// <summary>An employee's data agrees with the NIP, and the position history only moves forward.</summary>
public sealed class EmployeeTests
{
    private static readonly Guid AgencyId = Guid.Parse("0195a1c2-0000-7000-8000-00000000a001");
    private static readonly Guid FirstPosition = Guid.Parse("0195a1c2-0000-7000-8000-0000000b0001");
    private static readonly Guid SecondPosition = Guid.Parse("0195a1c2-0000-7000-8000-0000000b0002");
    private static readonly Guid FirstUnit = Guid.Parse("0195a1c2-0000-7000-8000-0000000c0001");
    private static readonly Guid SecondUnit = Guid.Parse("0195a1c2-0000-7000-8000-0000000c0002");

    /// <summary>Born 1986-09-26, appointed 2015-05, male, PNS.</summary>
    private static Nip PnsNip => Nip.Parse("198609262015051001");

    /// <summary>Born 1992-03-14, appointed 2023, female, PPPK.</summary>
    private static Nip PppkNumber => Nip.Parse("199203142023212005");

    private static Grade GradeOf(string code) => Grade.All.Single(g => g.Code == code);

    private static EmployeeDetails Details(
        EmployeeType? employeeType = null, DateOnly? birthDate = null, Gender? gender = null, Grade? grade = null, string? frontTitle = null, string? backTitle = null) =>
        new("  Budi Santoso ", frontTitle, backTitle, employeeType, grade, birthDate, gender, " budi@example.go.id ", null);

    private static Employee NewEmployee() => Employee.Create(AgencyId, PnsNip, Details());

    [Test]
    public void Create_DetailsWithoutNipParts_TakesThemFromTheNip()
    {
        var employee = Employee.Create(AgencyId, PnsNip, Details(grade: GradeOf("III/b")));

        employee.AgencyId.ShouldBe(AgencyId);
        employee.Nip.ShouldBe("198609262015051001");
        employee.EmployeeType.ShouldBe(EmployeeType.Pns);
        employee.BirthDate.ShouldBe(new DateOnly(1986, 9, 26));
        employee.Gender.ShouldBe(Gender.Male);
        employee.AppointedOn.ShouldBe(new DateOnly(2015, 5, 1));
        employee.GradeCode.ShouldBe("III/b");
        employee.FullName.ShouldBe("Budi Santoso");
        employee.Email.ShouldBe("budi@example.go.id");
        employee.IsActive.ShouldBeTrue();
        employee.PositionId.ShouldBeNull();
        employee.Assignments.ShouldBeEmpty();
    }

    [Test]
    public void Create_DetailsAgreeingWithNip_IsAccepted()
    {
        var employee = Employee.Create(AgencyId, PppkNumber, Details(EmployeeType.Pppk, new DateOnly(1992, 3, 14), Gender.Female, GradeOf("IX")));

        employee.EmployeeType.ShouldBe(EmployeeType.Pppk);
        employee.GradeCode.ShouldBe("IX");
    }

    [Test]
    public void Create_BirthDateDisagreeingWithNip_ThrowsForBirthDate()
    {
        var error = Should.Throw<DomainValidationException>(() => Employee.Create(AgencyId, PnsNip, Details(birthDate: new DateOnly(1986, 9, 27))));

        error.Field.ShouldBe("birthDate");
        error.Message.ShouldContain("1986-09-26");
    }

    [Test]
    public void Create_GenderDisagreeingWithNip_ThrowsForGender()
    {
        var error = Should.Throw<DomainValidationException>(() => Employee.Create(AgencyId, PnsNip, Details(gender: Gender.Female)));

        error.Field.ShouldBe("gender");
        error.Message.ShouldContain("digit 15");
    }

    [Test]
    public void Create_PppkTypeOnPnsNip_ThrowsForEmployeeType()
    {
        var error = Should.Throw<DomainValidationException>(() => Employee.Create(AgencyId, PnsNip, Details(EmployeeType.Pppk)));

        error.Field.ShouldBe("employeeType");
        error.Message.ShouldContain("PNS");
    }

    [Test]
    public void Create_PnsTypeOnNiPppk_ThrowsForEmployeeType()
    {
        var error = Should.Throw<DomainValidationException>(() => Employee.Create(AgencyId, PppkNumber, Details(EmployeeType.Pns)));

        error.Field.ShouldBe("employeeType");
        error.Message.ShouldContain("PPPK");
    }

    [Test]
    public void Create_PppkGradeOnPns_ThrowsForGradeCode()
    {
        var error = Should.Throw<DomainValidationException>(() => Employee.Create(AgencyId, PnsNip, Details(grade: GradeOf("IX"))));

        error.Field.ShouldBe("gradeCode");
        error.Message.ShouldContain("IX");
    }

    [Test]
    public void Create_PnsGradeOnPppk_ThrowsForGradeCode()
    {
        Should.Throw<DomainValidationException>(() => Employee.Create(AgencyId, PppkNumber, Details(grade: GradeOf("III/a")))).Field.ShouldBe("gradeCode");
    }

    [Test]
    public void DisplayName_WithTitles_IsWrittenAsOnDocuments()
    {
        var employee = Employee.Create(AgencyId, PnsNip, Details(frontTitle: " Dr. ", backTitle: "S.Kom., M.T."));

        employee.DisplayName.ShouldBe("Dr. Budi Santoso, S.Kom., M.T.");
    }

    [Test]
    public void DisplayName_WithoutTitles_IsTheName()
    {
        NewEmployee().DisplayName.ShouldBe("Budi Santoso");
    }

    [Test]
    public void AssignPosition_FirstPosition_BecomesCurrent()
    {
        var employee = NewEmployee();

        var assignment = employee.AssignPosition(FirstPosition, FirstUnit, new DateOnly(2020, 1, 2), " SK 821/1/2020 ");

        employee.PositionId.ShouldBe(FirstPosition);
        employee.UnitId.ShouldBe(FirstUnit);
        assignment.EmployeeId.ShouldBe(employee.Id);
        assignment.IsCurrent.ShouldBeTrue();
        assignment.Note.ShouldBe("SK 821/1/2020");
        employee.Assignments.ShouldHaveSingleItem().ShouldBeSameAs(assignment);
    }

    [Test]
    public void AssignPosition_NewPosition_EndsCurrentTheDayBeforeAndKeepsHistory()
    {
        var employee = NewEmployee();
        var first = employee.AssignPosition(FirstPosition, FirstUnit, new DateOnly(2020, 1, 2), null);

        var second = employee.AssignPosition(SecondPosition, SecondUnit, new DateOnly(2024, 3, 1), null);

        first.EndDate.ShouldBe(new DateOnly(2024, 2, 29));
        first.IsCurrent.ShouldBeFalse();
        second.IsCurrent.ShouldBeTrue();
        second.EndDate.ShouldBeNull();
        employee.PositionId.ShouldBe(SecondPosition);
        employee.UnitId.ShouldBe(SecondUnit);
        employee.Assignments.Count.ShouldBe(2);
        employee.Assignments.Count(a => a.IsCurrent).ShouldBe(1);
    }

    [Test]
    public void AssignPosition_SamePositionAgain_ThrowsBusinessRuleForPositionId()
    {
        var employee = NewEmployee();
        employee.AssignPosition(FirstPosition, FirstUnit, new DateOnly(2020, 1, 2), null);

        var error = Should.Throw<BusinessRuleException>(() => employee.AssignPosition(FirstPosition, FirstUnit, new DateOnly(2024, 1, 2), null));

        error.Field.ShouldBe("positionId");
        employee.Assignments.ShouldHaveSingleItem().IsCurrent.ShouldBeTrue();
    }

    [TestCase(2020, 1, 2)]
    [TestCase(2019, 12, 31)]
    public void AssignPosition_StartNotAfterCurrentStart_ThrowsForStartDateAndKeepsCurrent(int year, int month, int day)
    {
        var employee = NewEmployee();
        var first = employee.AssignPosition(FirstPosition, FirstUnit, new DateOnly(2020, 1, 2), null);

        var error = Should.Throw<DomainValidationException>(() => employee.AssignPosition(SecondPosition, SecondUnit, new DateOnly(year, month, day), null));

        error.Field.ShouldBe("startDate");
        error.Message.ShouldContain("2020-01-02");
        first.IsCurrent.ShouldBeTrue();
        employee.PositionId.ShouldBe(FirstPosition);
        employee.Assignments.Count.ShouldBe(1);
    }

    [Test]
    public void AssignPosition_DayAfterCurrentStart_ClosesCurrentOnItsStartDay()
    {
        var employee = NewEmployee();
        var first = employee.AssignPosition(FirstPosition, FirstUnit, new DateOnly(2020, 1, 2), null);

        employee.AssignPosition(SecondPosition, SecondUnit, new DateOnly(2020, 1, 3), null);

        first.EndDate.ShouldBe(new DateOnly(2020, 1, 2));
    }
}
