using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Domain.Assessments;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Frameworks;
using AsnCompetency.Domain.Identity;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using ValidationException = AsnCompetency.Application.Common.Exceptions.ValidationException;

namespace AsnCompetency.Application.Assessments;

/// <summary>What a caller states about one assessment.</summary>
public record AssessmentInput
{
    public Guid EmployeeId { get; init; }

    public Guid CompetencyId { get; init; }

    /// <summary>1 up to the number of levels of the competency's framework (1–5 for PermenPANRB 38/2017).</summary>
    public int Level { get; init; }

    public AssessmentMethod Method { get; init; }

    /// <summary>The day of the assessment; not in the future.</summary>
    public DateOnly AssessedOn { get; init; }

    /// <summary>Who assessed; defaults to the signed-in user's name.</summary>
    public string? AssessorName { get; init; }

    /// <summary>What the level is based on (observations, test result, report number).</summary>
    public string? EvidenceNote { get; init; }

    /// <summary>A link to the evidence (http or https).</summary>
    public string? EvidenceUrl { get; init; }
}

/// <summary>
/// Turns assessment inputs into assessments, checking each against the database with a few
/// set queries (not one per item) and the caller's rights: assessors and admins of the
/// employee's agency assess anyone there; an Employee only themselves, and only by self-assessment.
/// Reports every failing item at once under <c>items[i].field</c>.
/// </summary>
internal sealed class AssessmentRecorder(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
{
    /// <param name="correction">When set, the single input corrects this assessment for this reason.</param>
    public async Task<IReadOnlyList<Assessment>> BuildAsync(
        IReadOnlyList<AssessmentInput> inputs, string? pathPrefix, CancellationToken cancellationToken, (Assessment Original, string Reason)? correction = null)
    {
        var employeeIds = inputs.Select(i => i.EmployeeId).Distinct().ToList();
        var competencyIds = inputs.Select(i => i.CompetencyId).Distinct().ToList();
        var employees = await db.Employees.AsNoTracking()
            .Where(e => employeeIds.Contains(e.Id))
            .Select(e => new { e.Id, e.AgencyId, e.IsActive })
            .ToDictionaryAsync(e => e.Id, cancellationToken);
        var competencies = await db.Competencies.AsNoTracking()
            .Where(c => competencyIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Code, c.FrameworkId, c.ItemType })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var frameworkIds = competencies.Values.Select(c => c.FrameworkId).Distinct().ToList();
        var frameworks = await db.CompetencyFrameworks.AsNoTracking()
            .Where(f => frameworkIds.Contains(f.Id))
            .ToDictionaryAsync(f => f.Id, cancellationToken);
        var assessorName = await DefaultAssessorNameAsync(cancellationToken);

        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var now = clock.GetUtcNow();
        var failures = new List<ValidationFailure>();
        var built = new List<Assessment>(inputs.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            string Field(string name) => pathPrefix is null ? name : $"{pathPrefix}[{i}].{name}";
            var before = failures.Count;
            if (!employees.TryGetValue(input.EmployeeId, out var employee))
            {
                failures.Add(new ValidationFailure(Field("employeeId"), $"There is no employee {input.EmployeeId} you may assess."));
            }
            else if (!employee.IsActive)
            {
                failures.Add(new ValidationFailure(Field("employeeId"), "The employee is inactive."));
            }
            else if (RightsProblem(employee.Id, employee.AgencyId, input.Method) is { } problem)
            {
                throw new ForbiddenAccessException(problem);
            }

            if (!competencies.TryGetValue(input.CompetencyId, out var competency))
            {
                failures.Add(new ValidationFailure(Field("competencyId"), $"There is no competency {input.CompetencyId}."));
            }
            else if (competency.ItemType != CompetencyItemType.Competency)
            {
                failures.Add(new ValidationFailure(Field("competencyId"), $"{competency.Code} is a group heading; assess its competencies."));
            }
            else if (frameworks[competency.FrameworkId].Status == FrameworkStatus.Draft)
            {
                failures.Add(new ValidationFailure(Field("competencyId"), $"{competency.Code} belongs to a draft framework; assess against published frameworks."));
            }
            else if (employee is not null && frameworks[competency.FrameworkId].OwnerAgencyId is { } owner && owner != employee.AgencyId)
            {
                failures.Add(new ValidationFailure(Field("competencyId"), $"{competency.Code} belongs to another agency's framework."));
            }

            if (failures.Count > before)
            {
                continue;
            }

            try
            {
                var facts = new AssessmentFacts(
                        input.EmployeeId,
                        employee!.AgencyId,
                        input.CompetencyId,
                        competency!.FrameworkId,
                        input.Level,
                        input.Method,
                        input.AssessedOn,
                        string.IsNullOrWhiteSpace(input.AssessorName) ? assessorName : input.AssessorName,
                        AssessorUserIdFor(input),
                        input.EvidenceNote,
                        input.EvidenceUrl);
                var levelCount = frameworks[competency.FrameworkId].LevelCount;
                built.Add(correction is { } c
                    ? c.Original.Correct(facts, c.Reason, levelCount, today, now, user.UserId)
                    : Assessment.Record(facts, levelCount, today, now, user.UserId));
            }
            catch (DomainValidationException e)
            {
                var field = e.Field ?? "level";
                failures.Add(new ValidationFailure(Field(field), $"'{field}' {e.Message}"));
            }
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        return built;
    }

    /// <summary>Why the caller may not record this assessment, or null when they may.</summary>
    public string? RightsProblem(Guid employeeId, Guid agencyId, AssessmentMethod method)
    {
        if (user.IsSystem || user.Role == UserRole.SystemAdmin)
        {
            return null;
        }

        if (user.Role == UserRole.Employee)
        {
            return employeeId == user.EmployeeId && method == AssessmentMethod.Self
                ? null
                : "An Employee may record only a self-assessment of their own competencies.";
        }

        return user.Role is UserRole.AgencyAdmin or UserRole.Assessor && agencyId == user.AgencyId
            ? null
            : "Only an Assessor or AgencyAdmin of the employee's agency (or a SystemAdmin) may record assessments.";
    }

    private Guid? AssessorUserIdFor(AssessmentInput input) =>
        string.IsNullOrWhiteSpace(input.AssessorName) ? user.UserId : null;

    private async Task<string> DefaultAssessorNameAsync(CancellationToken cancellationToken)
    {
        if (user.UserId is not { } userId)
        {
            return "System";
        }

        return await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken) ?? "Unknown";
    }
}
