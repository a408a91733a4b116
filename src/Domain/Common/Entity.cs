namespace AsnCompetency.Domain.Common;

/// <summary>Base of every persisted entity: a UUID identity, time-ordered so new rows append to indexes.</summary>
public abstract class Entity
{
    public Guid Id { get; protected set; } = Guid.CreateVersion7();
}
