using AsnCompetency.Domain.Common;
using FluentValidation;

namespace AsnCompetency.Application.Auth.Commands.IssueAccessToken;

public sealed class IssueAccessTokenCommandValidator : AbstractValidator<IssueAccessTokenCommand>
{
    public IssueAccessTokenCommandValidator()
    {
        RuleFor(c => c.UserName).NotEmpty().MaximumLength(FieldLengths.UserName);
        RuleFor(c => c.Password).NotEmpty().MaximumLength(FieldLengths.Password);
    }
}
