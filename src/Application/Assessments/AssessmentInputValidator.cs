using AsnCompetency.Domain.Common;
using FluentValidation;

namespace AsnCompetency.Application.Assessments;

/// <summary>The shape rules of an assessment input; rules that need the database live in <see cref="AssessmentRecorder"/>.</summary>
public sealed class AssessmentInputValidator : AbstractValidator<AssessmentInput>
{
    public const int MaxLevel = 5;

    public AssessmentInputValidator()
    {
        RuleFor(a => a.EmployeeId).NotEmpty();
        RuleFor(a => a.CompetencyId).NotEmpty();
        RuleFor(a => a.Level).InclusiveBetween(1, MaxLevel);
        RuleFor(a => a.Method).IsInEnum();
        RuleFor(a => a.AssessedOn).NotEmpty().GreaterThan(new DateOnly(1950, 1, 1));
        RuleFor(a => a.AssessorName).MaximumLength(FieldLengths.Name);
        RuleFor(a => a.EvidenceNote).MaximumLength(FieldLengths.Description);
        RuleFor(a => a.EvidenceUrl)
            .MaximumLength(2000)
            .Must(BeHttpUrl).When(a => !string.IsNullOrWhiteSpace(a.EvidenceUrl))
            .WithMessage("'evidenceUrl' must be an absolute http or https address.");
    }

    public static bool BeHttpUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
