namespace AsnCompetency.Domain.Frameworks;

/// <summary>What one proficiency level of one competency looks like: a description and behavioural indicators.</summary>
public sealed class CompetencyLevelDescriptor
{
    public CompetencyLevelDescriptor(int level, string description, List<string> indicators)
    {
        Level = level;
        Description = description;
        Indicators = indicators;
    }

    public int Level { get; private set; }

    public string Description { get; private set; }

    public List<string> Indicators { get; private set; }

    public CompetencyLevelDescriptor Copy() => new(Level, Description, [.. Indicators]);
}
