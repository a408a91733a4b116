using AsnCompetency.Domain.Training;

namespace AsnCompetency.Domain.UnitTests.Training;

/// <summary>Each form belongs to one route of Peraturan LAN 10/2018: education, classroom or non-classroom.</summary>
public sealed class DevelopmentFormTests
{
    [TestCase(DevelopmentForm.FormalEducation, DevelopmentCategory.Education)]
    [TestCase(DevelopmentForm.LeadershipPkn1, DevelopmentCategory.Classroom)]
    [TestCase(DevelopmentForm.LeadershipPkn2, DevelopmentCategory.Classroom)]
    [TestCase(DevelopmentForm.LeadershipPka, DevelopmentCategory.Classroom)]
    [TestCase(DevelopmentForm.LeadershipPkp, DevelopmentCategory.Classroom)]
    [TestCase(DevelopmentForm.Latsar, DevelopmentCategory.Classroom)]
    [TestCase(DevelopmentForm.Managerial, DevelopmentCategory.Classroom)]
    [TestCase(DevelopmentForm.Technical, DevelopmentCategory.Classroom)]
    [TestCase(DevelopmentForm.Functional, DevelopmentCategory.Classroom)]
    [TestCase(DevelopmentForm.SocioCultural, DevelopmentCategory.Classroom)]
    [TestCase(DevelopmentForm.Seminar, DevelopmentCategory.Classroom)]
    [TestCase(DevelopmentForm.Workshop, DevelopmentCategory.Classroom)]
    [TestCase(DevelopmentForm.Course, DevelopmentCategory.Classroom)]
    [TestCase(DevelopmentForm.Upgrading, DevelopmentCategory.Classroom)]
    [TestCase(DevelopmentForm.TechnicalGuidance, DevelopmentCategory.Classroom)]
    [TestCase(DevelopmentForm.Socialisation, DevelopmentCategory.Classroom)]
    [TestCase(DevelopmentForm.Coaching, DevelopmentCategory.NonClassroom)]
    [TestCase(DevelopmentForm.Mentoring, DevelopmentCategory.NonClassroom)]
    [TestCase(DevelopmentForm.ELearning, DevelopmentCategory.NonClassroom)]
    [TestCase(DevelopmentForm.DistanceLearning, DevelopmentCategory.NonClassroom)]
    [TestCase(DevelopmentForm.Secondment, DevelopmentCategory.NonClassroom)]
    [TestCase(DevelopmentForm.Outbound, DevelopmentCategory.NonClassroom)]
    [TestCase(DevelopmentForm.Benchmarking, DevelopmentCategory.NonClassroom)]
    [TestCase(DevelopmentForm.PrivateSectorExchange, DevelopmentCategory.NonClassroom)]
    [TestCase(DevelopmentForm.SelfStudy, DevelopmentCategory.NonClassroom)]
    [TestCase(DevelopmentForm.CommunityOfPractice, DevelopmentCategory.NonClassroom)]
    [TestCase(DevelopmentForm.OnTheJobGuidance, DevelopmentCategory.NonClassroom)]
    [TestCase(DevelopmentForm.Internship, DevelopmentCategory.NonClassroom)]
    public void CategoryOf_Form_IsItsRoute(DevelopmentForm form, DevelopmentCategory expected) =>
        DevelopmentForms.CategoryOf(form).ShouldBe(expected);

    [Test]
    public void CategoryOf_EnumMembers_AllListedAbove()
    {
        // A new form must get its own case in CategoryOf_Form_IsItsRoute: the ranges in CategoryOf
        // silently put anything added after Internship among the non-classroom forms.
        Enum.GetValues<DevelopmentForm>().Length.ShouldBe(28);
    }

    [Test]
    public void CategoryOf_EveryForm_HasOneOfTheThreeRoutes()
    {
        var byCategory = Enum.GetValues<DevelopmentForm>().GroupBy(DevelopmentForms.CategoryOf).ToDictionary(g => g.Key, g => g.Count());

        byCategory[DevelopmentCategory.Education].ShouldBe(1);
        byCategory[DevelopmentCategory.Classroom].ShouldBe(15);
        byCategory[DevelopmentCategory.NonClassroom].ShouldBe(12);
    }
}
