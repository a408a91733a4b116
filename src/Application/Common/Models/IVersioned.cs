namespace AsnCompetency.Application.Common.Models;

/// <summary>A resource representation that carries its version for conditional requests.</summary>
public interface IVersioned
{
    /// <summary>The row version in quotes; the API sends it as the ETag header and expects it back in If-Match.</summary>
    string ETag { get; }
}
