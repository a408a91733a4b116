using AsnCompetency.Application.Common.Validation;
using AsnCompetency.Domain.Common;
using FluentValidation;

namespace AsnCompetency.Application.Agencies.Commands.CreateAgency;

public sealed class CreateAgencyCommandValidator : AbstractValidator<CreateAgencyCommand>
{
    public CreateAgencyCommandValidator()
    {
        RuleFor(c => c.Code).ValidCode();
        RuleFor(c => c.Name).RequiredName();
        RuleFor(c => c.Region).NotEmpty().MaximumLength(FieldLengths.Region);
        RuleFor(c => c.Kind).IsInEnum();
    }
}
