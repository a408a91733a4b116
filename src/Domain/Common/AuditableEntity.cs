namespace AsnCompetency.Domain.Common;

/// <summary>
/// An entity whose creation and last change are stamped with time and user by the persistence
/// layer; domain code never sets these.
/// </summary>
public abstract class AuditableEntity : Entity
{
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The user who created the row; null when the system did (seeding, migrations).</summary>
    public Guid? CreatedBy { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public Guid? UpdatedBy { get; set; }
}
