using AsnCompetency.Application.Common.Validation;
using AsnCompetency.Domain.Common;
using FluentValidation;

namespace AsnCompetency.Application.CompetencyFrameworks.Commands.UpdateCompetencyFramework;

public sealed class UpdateCompetencyFrameworkCommandValidator : AbstractValidator<UpdateCompetencyFrameworkCommand>
{
    public UpdateCompetencyFrameworkCommandValidator()
    {
        RuleFor(c => c.Name).RequiredName();
        RuleFor(c => c.AlternativeName).MaximumLength(FieldLengths.Name);
        RuleFor(c => c.Description).MaximumLength(FieldLengths.Description);
        RuleFor(c => c.Language).LanguageTag();
        this.ValidScale(c => c.ProficiencyLevels);
    }
}
