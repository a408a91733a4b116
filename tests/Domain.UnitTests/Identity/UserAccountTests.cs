using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Identity;

namespace AsnCompetency.Domain.UnitTests.Identity;

public sealed class UserAccountTests
{
    private static Guid AgencyId => Guid.Parse("0195a1c2-0000-7000-8000-00000000a001");

    [TestCase(UserRole.AgencyAdmin)]
    [TestCase(UserRole.Assessor)]
    [TestCase(UserRole.Employee)]
    [TestCase(UserRole.Analyst)]
    public void Create_AgencyRoleWithAgency_BelongsToAgency(UserRole role)
    {
        var user = UserAccount.Create("budi", "Budi", null, role, AgencyId);

        user.Role.ShouldBe(role);
        user.AgencyId.ShouldBe(AgencyId);
    }

    [TestCase(UserRole.SystemAdmin)]
    [TestCase(UserRole.Analyst)]
    public void Create_NationalRoleWithoutAgency_BelongsToNoAgency(UserRole role)
    {
        UserAccount.Create("admin", "Admin", null, role, null).AgencyId.ShouldBeNull();
    }

    [Test]
    public void Create_SystemAdminWithAgency_ThrowsForAgencyId()
    {
        var error = Should.Throw<DomainValidationException>(() => UserAccount.Create("admin", "Admin", null, UserRole.SystemAdmin, AgencyId));

        error.Field.ShouldBe("agencyId");
        error.Message.ShouldNotBeNullOrWhiteSpace();
    }

    [TestCase(UserRole.AgencyAdmin)]
    [TestCase(UserRole.Assessor)]
    [TestCase(UserRole.Employee)]
    public void Create_AgencyRoleWithoutAgency_ThrowsForAgencyId(UserRole role)
    {
        var error = Should.Throw<DomainValidationException>(() => UserAccount.Create("budi", "Budi", null, role, null));

        error.Field.ShouldBe("agencyId");
        error.Message.ShouldContain(role.ToString());
    }

    [Test]
    public void Create_Always_NormalisesFieldsAndStartsActive()
    {
        var user = UserAccount.Create("  Budi.Santoso ", " Budi Santoso, S.Kom. ", " budi@lampungselatankab.go.id ", UserRole.Employee, AgencyId);

        user.UserName.ShouldBe("budi.santoso");
        user.DisplayName.ShouldBe("Budi Santoso, S.Kom.");
        user.Email.ShouldBe("budi@lampungselatankab.go.id");
        user.IsActive.ShouldBeTrue();
        user.LastSignInAt.ShouldBeNull();
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Create_BlankEmail_StoresNoEmail(string? email)
    {
        UserAccount.Create("budi", "Budi", email, UserRole.Employee, AgencyId).Email.ShouldBeNull();
    }

    [TestCase("budi", "budi")]
    [TestCase("BUDI", "budi")]
    [TestCase("  Siti.Aminah\t", "siti.aminah")]
    [TestCase("Asesor.Kalianda", "asesor.kalianda")]
    public void NormaliseUserName_AnyCaseAndSpacing_GivesTrimmedLowerCase(string userName, string expected)
    {
        UserAccount.NormaliseUserName(userName).ShouldBe(expected);
    }

    [Test]
    public void NormaliseUserName_TurkishCulture_DoesNotUseCultureRules()
    {
        var culture = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");

            UserAccount.NormaliseUserName("ISTI").ShouldBe("isti");
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }
}
