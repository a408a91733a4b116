namespace AsnCompetency.Domain.Frameworks;

/// <summary>Life cycle of a competency framework: only a draft can change.</summary>
public enum FrameworkStatus
{
    Draft,
    Published,
    Retired,
}

/// <summary>A node of the competency tree: a grouping heading, or a competency that carries levels.</summary>
public enum CompetencyItemType
{
    Group,
    Competency,
}

/// <summary>The three competency groups of PermenPANRB 38/2017.</summary>
public enum CompetencyGroupKind
{
    Manajerial,
    SosialKultural,
    Teknis,
}
