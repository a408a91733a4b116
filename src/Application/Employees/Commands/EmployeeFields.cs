using AsnCompetency.Application.Common.Validation;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Employees;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace AsnCompetency.Application.Employees.Commands;

/// <summary>The fields a client sets on an employee.</summary>
public abstract record EmployeeFields
{
    /// <summary>NIP (PNS) or NI PPPK: 18 digits; spaces, dots and dashes are ignored.</summary>
    public string Nip { get; init; } = "";

    /// <summary>The name without academic titles.</summary>
    public string FullName { get; init; } = "";

    /// <summary>Titles before the name, e.g. "Dr." or "dr.".</summary>
    public string? FrontTitle { get; init; }

    /// <summary>Titles after the name, e.g. "S.Kom., M.T.".</summary>
    public string? BackTitle { get; init; }

    /// <summary>Optional: the NIP tells it; a given value must agree.</summary>
    public EmployeeType? EmployeeType { get; init; }

    /// <summary>PNS golongan (e.g. "III/a") or PPPK grade (e.g. "IX").</summary>
    public string? GradeCode { get; init; }

    /// <summary>Optional: the NIP tells it; a given value must agree.</summary>
    public DateOnly? BirthDate { get; init; }

    /// <summary>Optional: the NIP tells it; a given value must agree.</summary>
    public Gender? Gender { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public EmployeeDetails ToDetails(Grade? grade) =>
        new(FullName, FrontTitle, BackTitle, EmployeeType, grade, BirthDate, Gender, Email, Phone);
}

public abstract class EmployeeFieldsValidator<T> : AbstractValidator<T>
    where T : EmployeeFields
{
    protected EmployeeFieldsValidator(IOptions<EmployeeNumberOptions> numbers)
    {
        RuleFor(e => e.Nip).Custom((nip, context) =>
        {
            if (!Nip.TryParse(nip, out _, out var error, numbers.Value.PppkNumberMarker))
            {
                context.AddFailure("nip", $"'nip' {error}");
            }
        });
        RuleFor(e => e.FullName).RequiredName();
        RuleFor(e => e.FrontTitle).MaximumLength(FieldLengths.Title);
        RuleFor(e => e.BackTitle).MaximumLength(FieldLengths.Title);
        RuleFor(e => e.EmployeeType).IsInEnum();
        RuleFor(e => e.Gender).IsInEnum();
        RuleFor(e => e.GradeCode).MaximumLength(10);
        RuleFor(e => e.Email).MaximumLength(FieldLengths.Email)
            .Must(ContactFormats.IsEmail).WithMessage($"'email' {ContactFormats.EmailRule}");
        RuleFor(e => e.Phone).MaximumLength(FieldLengths.Phone)
            .Must(ContactFormats.IsPhone).WithMessage($"'phone' {ContactFormats.PhoneRule}");
    }
}
