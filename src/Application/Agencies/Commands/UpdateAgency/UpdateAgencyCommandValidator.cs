using AsnCompetency.Application.Common.Validation;
using AsnCompetency.Domain.Common;
using FluentValidation;

namespace AsnCompetency.Application.Agencies.Commands.UpdateAgency;

public sealed class UpdateAgencyCommandValidator : AbstractValidator<UpdateAgencyCommand>
{
    public UpdateAgencyCommandValidator()
    {
        RuleFor(c => c.Name).RequiredName();
        RuleFor(c => c.Region).NotEmpty().MaximumLength(FieldLengths.Region);
        RuleFor(c => c.Kind).IsInEnum();
    }
}
