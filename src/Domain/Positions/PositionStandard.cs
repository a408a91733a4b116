using AsnCompetency.Domain.Common;

namespace AsnCompetency.Domain.Positions;

/// <summary>
/// One line of a position's competency standard (SKJ): the level a competency of a published
/// framework must reach in this position, and how critical it is for the position.
/// </summary>
public sealed class PositionStandard : Entity
{
    public const decimal DefaultWeight = 1m;
    public const decimal MinWeight = 0.1m;
    public const decimal MaxWeight = 10m;

    private PositionStandard()
    {
    }

    internal PositionStandard(Guid positionId, StandardRequirement requirement)
    {
        PositionId = positionId;
        CompetencyId = requirement.CompetencyId;
        FrameworkId = requirement.FrameworkId;
        RequiredLevel = requirement.RequiredLevel;
        Weight = requirement.Weight;
    }

    public Guid PositionId { get; private set; }

    public Guid CompetencyId { get; private set; }

    /// <summary>The competency's framework, kept here so standards can be grouped and filtered by framework.</summary>
    public Guid FrameworkId { get; private set; }

    public int RequiredLevel { get; private set; }

    /// <summary>Criticality of the competency for the position (0.1–10, 1 = normal); weighs gaps when prioritising.</summary>
    public decimal Weight { get; private set; }
}

/// <summary>
/// A requirement to put into a position's standard. The caller has checked that the competency
/// exists, carries levels, and belongs to a published framework the agency may use, and passes
/// the number of levels of that framework's scale.
/// </summary>
public sealed record StandardRequirement(Guid CompetencyId, string CompetencyCode, Guid FrameworkId, int FrameworkLevelCount, int RequiredLevel, decimal Weight);
