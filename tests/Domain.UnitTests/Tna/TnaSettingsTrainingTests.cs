using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Tna;
using AsnCompetency.Domain.Training;

namespace AsnCompetency.Domain.UnitTests.Tna;

/// <summary>The attendance minimum and the JP conversion table of non-classroom forms are settings, validated with the rest.</summary>
public sealed class TnaSettingsTrainingTests
{
    [Test]
    public void NationalDefaults_AttendanceAndConversionTable_AreTheDocumentedValues()
    {
        var settings = TnaSettings.NationalDefaults();

        settings.MinAttendanceShare.ShouldBe(0.8m);
        settings.JpConversions.ShouldBe(
        [
            new JpConversionRate(DevelopmentForm.Coaching, 2),
            new JpConversionRate(DevelopmentForm.Mentoring, 2),
            new JpConversionRate(DevelopmentForm.Benchmarking, 10),
            new JpConversionRate(DevelopmentForm.Internship, 20),
        ]);
    }

    [TestCase(DevelopmentForm.Coaching, 2)]
    [TestCase(DevelopmentForm.Mentoring, 2)]
    [TestCase(DevelopmentForm.Benchmarking, 10)]
    [TestCase(DevelopmentForm.Internship, 20)]
    public void ConversionJp_FormInDefaults_ItsRate(DevelopmentForm form, int expected) =>
        TnaSettings.NationalDefaults().ConversionJp(form).ShouldBe(expected);

    [TestCase(DevelopmentForm.ELearning)]
    [TestCase(DevelopmentForm.Technical)]
    public void ConversionJp_FormNotInTable_Null(DevelopmentForm form) => TnaSettings.NationalDefaults().ConversionJp(form).ShouldBeNull();

    [TestCase(0)]
    [TestCase(0.5)]
    [TestCase(1)]
    public void Apply_MinAttendanceShareWithinZeroToOne_Stored(decimal share)
    {
        var settings = TnaSettings.NationalDefaults();

        settings.Apply(settings.ToValues() with { MinAttendanceShare = share });

        settings.MinAttendanceShare.ShouldBe(share);
    }

    [TestCase(-0.01)]
    [TestCase(1.01)]
    [TestCase(80)]
    public void Apply_MinAttendanceShareOutsideZeroToOne_RejectedNamingIt(decimal share)
    {
        var settings = TnaSettings.NationalDefaults();

        Should.Throw<DomainValidationException>(() => settings.Apply(settings.ToValues() with { MinAttendanceShare = share })).Field.ShouldBe("minAttendanceShare");

        settings.MinAttendanceShare.ShouldBe(0.8m);
    }

    [TestCase(DevelopmentForm.Technical)]
    [TestCase(DevelopmentForm.Seminar)]
    [TestCase(DevelopmentForm.FormalEducation)]
    public void Apply_ClassroomOrEducationFormInTable_RejectedNamingItsForm(DevelopmentForm form)
    {
        var settings = TnaSettings.NationalDefaults();

        var error = Should.Throw<DomainValidationException>(() =>
            settings.Apply(settings.ToValues() with { JpConversions = [new(DevelopmentForm.Coaching, 2), new(form, 8)] }));

        error.Field.ShouldBe("jpConversions[1].form");
        error.Message.ShouldContain(form.ToString());
    }

    [TestCase(0)]
    [TestCase(-1)]
    [TestCase(TrainingProgram.MaxJp + 1)]
    public void Apply_ConversionJpOutOfRange_RejectedNamingItsJp(int jp)
    {
        var settings = TnaSettings.NationalDefaults();

        Should.Throw<DomainValidationException>(() =>
            settings.Apply(settings.ToValues() with { JpConversions = [new(DevelopmentForm.Coaching, 2), new(DevelopmentForm.SelfStudy, 4), new(DevelopmentForm.Outbound, jp)] }))
            .Field.ShouldBe("jpConversions[2].jp");
    }

    [Test]
    public void Apply_FormListedTwice_RejectedNamingTable()
    {
        var settings = TnaSettings.NationalDefaults();

        Should.Throw<DomainValidationException>(() =>
            settings.Apply(settings.ToValues() with { JpConversions = [new(DevelopmentForm.Coaching, 2), new(DevelopmentForm.Coaching, 3)] }))
            .Field.ShouldBe("jpConversions");

        settings.ConversionJp(DevelopmentForm.Coaching).ShouldBe(2);
    }

    [Test]
    public void Apply_ValidTable_StoredInFormOrderAndLookedUp()
    {
        var settings = TnaSettings.NationalDefaults();

        settings.Apply(settings.ToValues() with
        {
            JpConversions = [new(DevelopmentForm.Internship, 30), new(DevelopmentForm.ELearning, 1), new(DevelopmentForm.Coaching, TrainingProgram.MaxJp)],
        });

        settings.JpConversions.Select(r => r.Form).ShouldBe([DevelopmentForm.Coaching, DevelopmentForm.ELearning, DevelopmentForm.Internship]);
        settings.ConversionJp(DevelopmentForm.Internship).ShouldBe(30);
        settings.ConversionJp(DevelopmentForm.ELearning).ShouldBe(1);
        settings.ConversionJp(DevelopmentForm.Coaching).ShouldBe(TrainingProgram.MaxJp);
        settings.ConversionJp(DevelopmentForm.Mentoring).ShouldBeNull();
    }

    [Test]
    public void Apply_EmptyTable_NoRates()
    {
        var settings = TnaSettings.NationalDefaults();

        settings.Apply(settings.ToValues() with { JpConversions = [] });

        settings.JpConversions.ShouldBeEmpty();
        settings.ConversionJp(DevelopmentForm.Coaching).ShouldBeNull();
    }

    [Test]
    public void ForAgency_CopiesAttendanceShareAndConversionTable()
    {
        var defaults = TnaSettings.NationalDefaults();
        defaults.Apply(defaults.ToValues() with { MinAttendanceShare = 0.75m, JpConversions = [new(DevelopmentForm.Secondment, 40)] });
        var agencyId = Guid.CreateVersion7();

        var settings = TnaSettings.ForAgency(agencyId, defaults);

        settings.AgencyId.ShouldBe(agencyId);
        settings.MinAttendanceShare.ShouldBe(0.75m);
        settings.JpConversions.ShouldBe([new JpConversionRate(DevelopmentForm.Secondment, 40)]);
        settings.ConversionJp(DevelopmentForm.Secondment).ShouldBe(40);
    }

    [Test]
    public void ForAgency_LaterChangeToDefaults_AgencyTableUnaffected()
    {
        var defaults = TnaSettings.NationalDefaults();
        var settings = TnaSettings.ForAgency(Guid.CreateVersion7(), defaults);

        defaults.Apply(defaults.ToValues() with { MinAttendanceShare = 1m, JpConversions = [] });

        settings.MinAttendanceShare.ShouldBe(0.8m);
        settings.ConversionJp(DevelopmentForm.Coaching).ShouldBe(2);
    }

    [Test]
    public void ToValues_RoundTrip_KeepsAttendanceAndTable()
    {
        var settings = TnaSettings.NationalDefaults();

        var values = settings.ToValues();

        values.MinAttendanceShare.ShouldBe(0.8m);
        values.JpConversions.Count.ShouldBe(4);
    }
}
