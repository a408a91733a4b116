namespace AsnCompetency.Domain.Frameworks;

/// <summary>One level of a framework's proficiency scale with its general meaning.</summary>
public sealed class ProficiencyLevelDefinition
{
    public ProficiencyLevelDefinition(int level, string name, string? description)
    {
        Level = level;
        Name = name;
        Description = description;
    }

    public int Level { get; private set; }

    public string Name { get; private set; }

    public string? Description { get; private set; }
}
