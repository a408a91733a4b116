using AsnCompetency.Application.Common.Models;
using AsnCompetency.Domain.Organisation;

namespace AsnCompetency.Application.Agencies;

/// <summary>An agency (instansi) with the size of its organisation.</summary>
public sealed record AgencyDto(
    Guid Id,
    string Code,
    string Name,
    string Region,
    AgencyKind Kind,
    int UnitCount,
    int PositionCount,
    int EmployeeCount,
    DateTimeOffset UpdatedAt,
    string ETag) : IVersioned;
