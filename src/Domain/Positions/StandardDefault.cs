using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Frameworks;

namespace AsnCompetency.Domain.Positions;

/// <summary>
/// The level a new position of a type is proposed to require for the national managerial and
/// socio-cultural competencies. National rows (no agency) hold the PermenPANRB defaults; an
/// agency's row overrides the national one for that agency. Configuration, not code: the values
/// for some types are not confirmed by a primary source.
/// </summary>
public sealed class StandardDefault : AuditableEntity, IHasRowVersion
{
    private StandardDefault()
    {
    }

    public Guid? AgencyId { get; private set; }

    public PositionType PositionType { get; private set; }

    public int RequiredLevel { get; private set; }

    public uint RowVersion { get; private set; }

    public static StandardDefault Create(Guid? agencyId, PositionType positionType, int requiredLevel)
    {
        var row = new StandardDefault { AgencyId = agencyId, PositionType = positionType };
        row.ChangeLevel(requiredLevel);
        return row;
    }

    public void ChangeLevel(int requiredLevel)
    {
        if (requiredLevel < ProficiencyScale.MinLevel || requiredLevel > ProficiencyScale.MaxLevel)
        {
            throw new DomainValidationException("requiredLevel", $"must be between {ProficiencyScale.MinLevel} and {ProficiencyScale.MaxLevel}.");
        }

        RequiredLevel = requiredLevel;
    }
}
