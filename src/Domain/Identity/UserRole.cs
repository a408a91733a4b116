namespace AsnCompetency.Domain.Identity;

/// <summary>What a user may do; see the README for each role's scope.</summary>
public enum UserRole
{
    /// <summary>National or provincial administrator: national frameworks, agencies, users.</summary>
    SystemAdmin,

    /// <summary>BKPSDM/BKD officer of one agency: its structure, standards, employees, plans, programmes.</summary>
    AgencyAdmin,

    /// <summary>Assessor or supervisor in one agency: assessments, scores, attendance.</summary>
    Assessor,

    /// <summary>Analyst of one agency, or national when no agency is set: reads and exports.</summary>
    Analyst,

    /// <summary>One civil servant: their own profile, gaps, trainings and self-assessment.</summary>
    Employee,
}
