using AsnCompetency.Domain.Common;

namespace AsnCompetency.Domain.Privacy;

/// <summary>Which part of their data an employee says is wrong.</summary>
public enum CorrectionTopic
{
    PersonalDetails,
    Position,
    Assessment,
    Training,
    LearningHours,
    Scores,
    Other,
}

/// <summary>Where a correction request stands.</summary>
public enum CorrectionStatus
{
    Open,
    Resolved,
    Rejected,
}

/// <summary>
/// An employee's request to correct their personal data (UU PDP: the data subject's right to
/// rectification). The agency's admin corrects the data through the usual screens and closes
/// the request as resolved, or rejects it with the reason; either way the employee sees the answer.
/// </summary>
public sealed class CorrectionRequest : AuditableEntity, IHasRowVersion
{
    public const int MaxDescriptionLength = 2000;

    private CorrectionRequest()
    {
        Description = "";
    }

    public Guid EmployeeId { get; private set; }

    public Guid AgencyId { get; private set; }

    public CorrectionTopic Topic { get; private set; }

    /// <summary>What is wrong and what it should say.</summary>
    public string Description { get; private set; }

    public CorrectionStatus Status { get; private set; }

    /// <summary>The admin's answer: what was corrected, or why not.</summary>
    public string? Resolution { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public Guid? ClosedBy { get; private set; }

    public uint RowVersion { get; private set; }

    public static CorrectionRequest File(Guid employeeId, Guid agencyId, CorrectionTopic topic, string description)
    {
        if (string.IsNullOrWhiteSpace(description) || description.Trim().Length > MaxDescriptionLength)
        {
            throw new DomainValidationException("description", $"is required, at most {MaxDescriptionLength} characters.");
        }

        return new CorrectionRequest
        {
            EmployeeId = employeeId,
            AgencyId = agencyId,
            Topic = topic,
            Description = description.Trim(),
            Status = CorrectionStatus.Open,
        };
    }

    /// <summary>Closes the request; a rejection needs its reason.</summary>
    public void Close(CorrectionStatus outcome, string? resolution, Guid? closedBy, DateTimeOffset now)
    {
        if (Status != CorrectionStatus.Open)
        {
            throw new BusinessRuleException($"The request is already {Status}.");
        }

        if (outcome == CorrectionStatus.Open)
        {
            throw new DomainValidationException("outcome", "must be Resolved or Rejected.");
        }

        if (outcome == CorrectionStatus.Rejected && string.IsNullOrWhiteSpace(resolution))
        {
            throw new DomainValidationException("resolution", "is required when rejecting: tell the employee why.");
        }

        Status = outcome;
        Resolution = Text.OrNull(resolution);
        ClosedAt = now;
        ClosedBy = closedBy;
    }
}
