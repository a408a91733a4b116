using AsnCompetency.Domain.Common;

namespace AsnCompetency.Domain.Positions;

/// <summary>
/// A position (jabatan) in a unit, with its competency standard (SKJ). Employees hold positions;
/// their competency gaps are measured against the position's standard.
/// </summary>
public sealed class Position : AuditableEntity, IHasRowVersion
{
    private readonly List<PositionStandard> _standards = [];

    private Position()
    {
        Code = "";
        Name = "";
    }

    public Guid AgencyId { get; private set; }

    public Guid UnitId { get; private set; }

    /// <summary>Code unique within the agency, used by imports (e.g. "DINKES-KABID-P2P").</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    public PositionType Type { get; private set; }

    public PositionCategory Category => PositionTypes.CategoryOf(Type);

    public Eselon? Eselon { get; private set; }

    public bool IsActive { get; private set; }

    public IReadOnlyCollection<PositionStandard> Standards => _standards;

    /// <summary>Counts changes to the position and its standard, so the ETag covers the standard.</summary>
    public int Revision { get; private set; }

    public uint RowVersion { get; private set; }

    public static Position Create(Guid agencyId, Guid unitId, string code, string name, PositionType type, Eselon? eselon)
    {
        var position = new Position { AgencyId = agencyId, IsActive = true };
        position.Update(unitId, code, name, type, eselon, isActive: true);
        return position;
    }

    public void Update(Guid unitId, string code, string name, PositionType type, Eselon? eselon, bool isActive)
    {
        if (!CodeFormat.IsValid(code?.Trim()))
        {
            throw new DomainValidationException("code", $"must be 1 to {FieldLengths.Code} characters and {CodeFormat.Description}.");
        }

        UnitId = unitId;
        Code = code!.Trim().ToUpperInvariant();
        Name = name.Trim();
        Type = type;
        Eselon = eselon;
        IsActive = isActive;
        Revision++;
    }

    /// <summary>Replaces the whole standard; each competency appears once, each level within its framework's scale.</summary>
    public void ReplaceStandards(IReadOnlyList<StandardRequirement> requirements)
    {
        var seen = new HashSet<Guid>();
        for (var i = 0; i < requirements.Count; i++)
        {
            var requirement = requirements[i];
            if (!seen.Add(requirement.CompetencyId))
            {
                throw new DomainValidationException($"items[{i}].competencyId", $"competency {requirement.CompetencyCode} appears more than once.");
            }

            if (requirement.RequiredLevel < 1 || requirement.RequiredLevel > requirement.FrameworkLevelCount)
            {
                throw new DomainValidationException(
                    $"items[{i}].requiredLevel",
                    $"must be between 1 and {requirement.FrameworkLevelCount}, the levels of the scale of {requirement.CompetencyCode}'s framework; {requirement.RequiredLevel} was given.");
            }

            if (requirement.Weight < PositionStandard.MinWeight || requirement.Weight > PositionStandard.MaxWeight)
            {
                throw new DomainValidationException($"items[{i}].weight", $"must be between {PositionStandard.MinWeight} and {PositionStandard.MaxWeight}.");
            }
        }

        _standards.Clear();
        _standards.AddRange(requirements.Select(r => new PositionStandard(Id, r)));
        Revision++;
    }
}
