using AsnCompetency.Application.Auth.Commands.IssueAccessToken;
using AsnCompetency.Domain.Common;
using FluentValidation.Results;

namespace AsnCompetency.Application.UnitTests.Auth;

public sealed class IssueAccessTokenCommandValidatorTests
{
    private static ValidationResult Validate(string userName, string password) =>
        new IssueAccessTokenCommandValidator().Validate(new IssueAccessTokenCommand { UserName = userName, Password = password });

    [Test]
    public void Validate_UserNameAndPassword_Passes()
    {
        Validate("asesor.kalianda", "Rahasia#2025").ShouldBeValid();
    }

    [Test]
    public void Validate_EmptyRequest_FailsAtUserNameAndPassword()
    {
        var result = Validate("", "");

        result.ShouldFailAt("userName", "password");
        result.ShouldFailOnceAt("userName").ShouldContain("'userName'");
    }

    [Test]
    public void Validate_WhitespaceUserName_FailsAtUserName()
    {
        Validate("   ", "Rahasia#2025").ShouldFailAt("userName");
    }

    [Test]
    public void Validate_UserNameLongerThanColumn_FailsAtUserName()
    {
        Validate(new string('u', FieldLengths.UserName + 1), "Rahasia#2025").ShouldFailAt("userName");
    }

    [Test]
    public void Validate_PasswordLongerThanLimit_FailsAtPassword()
    {
        Validate("budi", new string('p', FieldLengths.Password + 1)).ShouldFailAt("password");
    }

    [Test]
    public void Validate_FieldsAtTheirLimits_Passes()
    {
        Validate(new string('u', FieldLengths.UserName), new string('p', FieldLengths.Password)).ShouldBeValid();
    }
}
