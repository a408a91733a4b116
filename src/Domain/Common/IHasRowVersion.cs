namespace AsnCompetency.Domain.Common;

/// <summary>
/// An entity guarded by optimistic concurrency. The value changes on every write of the row;
/// it is exposed to clients as the ETag and compared against If-Match.
/// </summary>
public interface IHasRowVersion
{
    uint RowVersion { get; }
}
