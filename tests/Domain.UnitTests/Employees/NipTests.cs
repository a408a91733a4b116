using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Employees;

namespace AsnCompetency.Domain.UnitTests.Employees;

/// <summary>NIP and NI PPPK parsing as DOMAIN.md §3 describes it: every part checked, the failing one named.</summary>
public sealed class NipTests
{
    private const string PnsNip = "198609262015051001";
    private const string PppkNumber = "199203142023212005";

    [Test]
    public void Parse_ValidPnsNip_ReadsEveryPart()
    {
        var nip = Nip.Parse(PnsNip);

        nip.Value.ShouldBe(PnsNip);
        nip.EmployeeType.ShouldBe(EmployeeType.Pns);
        nip.BirthDate.ShouldBe(new DateOnly(1986, 9, 26));
        nip.AppointedOn.ShouldBe(new DateOnly(2015, 5, 1));
        nip.Gender.ShouldBe(Gender.Male);
        nip.Sequence.ShouldBe(1);
        nip.Warnings.ShouldBeEmpty();
        nip.ToString().ShouldBe(PnsNip);
    }

    [TestCase("19860926 201505 1 001")]
    [TestCase("19860926.201505.1.001")]
    [TestCase("19860926-201505-1-001")]
    [TestCase("  1986 0926 2015-05.1 001  ")]
    public void Parse_NipWithSpacesDotsOrDashes_NormalisesToEighteenDigits(string input)
    {
        var nip = Nip.Parse(input);

        nip.Value.ShouldBe(PnsNip);
        nip.BirthDate.ShouldBe(new DateOnly(1986, 9, 26));
    }

    [Test]
    public void Parse_FemalePnsNip_ReadsGenderFromDigit15()
    {
        var nip = Nip.Parse("199001012014022123");

        nip.Gender.ShouldBe(Gender.Female);
        nip.Sequence.ShouldBe(123);
        nip.AppointedOn.ShouldBe(new DateOnly(2014, 2, 1));
    }

    [Test]
    public void Parse_ValidNiPppk_ReadsEveryPart()
    {
        var nip = Nip.Parse(PppkNumber);

        nip.EmployeeType.ShouldBe(EmployeeType.Pppk);
        nip.BirthDate.ShouldBe(new DateOnly(1992, 3, 14));
        nip.AppointedOn.ShouldBe(new DateOnly(2023, 1, 1));
        nip.Gender.ShouldBe(Gender.Female);
        nip.Sequence.ShouldBe(5);
        nip.Warnings.ShouldBeEmpty();
    }

    [Test]
    public void Parse_OtherConfiguredPppkMarker_ReadsThatMarkerAsPppk()
    {
        Nip.Parse("199203142023312005", pppkMarker: '3').EmployeeType.ShouldBe(EmployeeType.Pppk);

        // With marker 3, digit 13 = 2 is no PPPK marker, so digits 13–14 are a month (21).
        var error = Should.Throw<DomainValidationException>(() => Nip.Parse(PppkNumber, pppkMarker: '3'));
        error.Message.ShouldContain("digits 9–14");
        error.Message.ShouldContain("21 is not a month");
    }

    [TestCase("198602312015051001", "digits 1–8", "day 31 does not exist in February 1986")]
    [TestCase("198613262015051001", "digits 1–8", "month 13 is not a month")]
    [TestCase("180009262015051001", "digits 1–8", "1800 is not a plausible birth year")]
    [TestCase("198609262015131001", "digits 9–14", "13 is not a month")]
    [TestCase("198609262015001001", "digits 9–14", "00 is not a month")]
    [TestCase("198609261815051001", "digits 9–12", "1815 is not a plausible year")]
    [TestCase("198609262015053001", "digit 15", "3 was given")]
    [TestCase("198609262015050001", "digit 15", "0 was given")]
    [TestCase("198609262015051000", "digits 16–18", "000 was given")]
    [TestCase("19860926201505100", "18 digits", "17 were given")]
    [TestCase("1986092620150510011", "18 digits", "19 were given")]
    [TestCase("19860926201505100A", "only digits", "'A' at position 18")]
    [TestCase("NIP198609262015051", "only digits", "'N' at position 1")]
    [TestCase("", "required", "18 digits")]
    [TestCase("   ", "required", "18 digits")]
    [TestCase(null, "required", "18 digits")]
    public void Parse_InvalidNumber_ThrowsNamingTheFailingPart(string? input, string part, string detail)
    {
        var error = Should.Throw<DomainValidationException>(() => Nip.Parse(input));

        error.Field.ShouldBe("nip");
        error.Message.ShouldContain(part);
        error.Message.ShouldContain(detail);
    }

    [Test]
    public void Parse_InvalidNumberWithFieldName_ThrowsForThatField()
    {
        Should.Throw<DomainValidationException>(() => Nip.Parse("198609262015131001", field: "items[3].nip")).Field.ShouldBe("items[3].nip");
    }

    [Test]
    public void TryParse_InvalidNumber_ReturnsFalseWithTheSameMessageAsParse()
    {
        var parsed = Nip.TryParse("198609262015131001", out _, out var error);

        parsed.ShouldBeFalse();
        error.ShouldBe(Should.Throw<DomainValidationException>(() => Nip.Parse("198609262015131001")).Message);
    }

    [Test]
    public void TryParse_ValidNumber_ReturnsTrueWithoutError()
    {
        Nip.TryParse(PnsNip, out var nip, out var error).ShouldBeTrue();

        nip.Value.ShouldBe(PnsNip);
        error.ShouldBeEmpty();
    }

    [Test]
    public void Parse_AppointmentBeforeEighteenthBirthday_ParsesWithWarning()
    {
        var nip = Nip.Parse("200001012015051001");

        nip.AppointedOn.ShouldBe(new DateOnly(2015, 5, 1));
        var warning = nip.Warnings.ShouldHaveSingleItem();
        warning.ShouldContain("18th birthday");
        warning.ShouldContain("2018-01-01");
    }

    [Test]
    public void Parse_AppointmentInMonthOfEighteenthBirthday_HasNoWarning()
    {
        Nip.Parse("199705012015051001").Warnings.ShouldBeEmpty();
    }

    [Test]
    public void Formatted_PnsNip_GroupsBirthAppointmentGenderSequence()
    {
        Nip.Parse(PnsNip).Formatted.ShouldBe("19860926 201505 1 001");
    }

    [Test]
    public void Formatted_NiPppk_GroupsBirthYearMarkerFrequencyGenderSerial()
    {
        Nip.Parse(PppkNumber).Formatted.ShouldBe("19920314 2023 2 1 2 005");
    }

    [Test]
    public void Normalise_SeparatorsAndWhitespace_AreRemoved()
    {
        Nip.Normalise(" 19860926.201505-1\t001 ").ShouldBe(PnsNip);
    }

    [Test]
    public void Equals_SameNumberWrittenDifferently_IsTrue()
    {
        // Nip is a record, so callers expect value equality.
        Nip.Parse("19860926 201505 1 001").Equals(Nip.Parse(PnsNip)).ShouldBeTrue();
        (Nip.Parse(PnsNip) == Nip.Parse(PnsNip)).ShouldBeTrue();
    }
}
