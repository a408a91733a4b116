using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Models;
using AsnCompetency.Application.Units;
using AsnCompetency.Domain.Employees;
using AsnCompetency.Domain.Positions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Employees.Queries.GetEmployees;

/// <summary>Employees the caller can see, filtered, sorted and paged.</summary>
/// <param name="AgencyId">Only this agency's employees (national users).</param>
/// <param name="UnitId">Only employees of this unit (and, with includeSubunits, the units below it).</param>
/// <param name="IncludeSubunits">With unitId: include the units below it (default true).</param>
/// <param name="PositionType">Only holders of positions of this type.</param>
/// <param name="GradeCode">Only employees of this grade, e.g. III/a.</param>
/// <param name="EmployeeType">Only PNS or only PPPK.</param>
/// <param name="IsActive">Only active (true) or inactive (false) employees; both when omitted.</param>
/// <param name="Search">Part of the name (case-insensitive) or of the NIP.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Items per page, 1 to 500.</param>
/// <param name="Sort">One of name, nip, grade, position, unit; prefix with '-' for descending. Default: name.</param>
public sealed record GetEmployeesQuery(
    Guid? AgencyId = null,
    Guid? UnitId = null,
    bool IncludeSubunits = true,
    PositionType? PositionType = null,
    string? GradeCode = null,
    EmployeeType? EmployeeType = null,
    bool? IsActive = null,
    string? Search = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize,
    string? Sort = null) : IQuery<PagedList<EmployeeSummaryDto>>, IPagedQuery
{
    public static readonly IReadOnlyList<string> SortKeys = ["name", "nip", "grade", "position", "unit"];
}

public sealed class GetEmployeesQueryHandler(IApplicationDbContext db) : IQueryHandler<GetEmployeesQuery, PagedList<EmployeeSummaryDto>>
{
    public async ValueTask<PagedList<EmployeeSummaryDto>> Handle(GetEmployeesQuery query, CancellationToken cancellationToken)
    {
        var employees = db.Employees.AsNoTracking();
        if (query.AgencyId is { } agencyId)
        {
            employees = employees.Where(e => e.AgencyId == agencyId);
        }

        if (query.UnitId is { } unitId)
        {
            if (query.IncludeSubunits)
            {
                var prefix = await db.SubtreePrefixAsync(unitId, cancellationToken);
                employees = employees.Where(e => db.Units.Any(u => u.Id == e.UnitId && u.Path.StartsWith(prefix)));
            }
            else
            {
                employees = employees.Where(e => e.UnitId == unitId);
            }
        }

        if (query.PositionType is { } positionType)
        {
            employees = employees.Where(e => db.Positions.Any(p => p.Id == e.PositionId && p.Type == positionType));
        }

        if (!string.IsNullOrWhiteSpace(query.GradeCode))
        {
            var grade = query.GradeCode.Trim();
            employees = employees.Where(e => e.GradeCode == grade);
        }

        if (query.EmployeeType is { } employeeType)
        {
            employees = employees.Where(e => e.EmployeeType == employeeType);
        }

        if (query.IsActive is { } isActive)
        {
            employees = employees.Where(e => e.IsActive == isActive);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var text = query.Search.Trim();
            var digits = Nip.Normalise(text);
            var lower = text.ToLower();
            employees = digits.Length > 0 && digits.All(char.IsAsciiDigit)
                ? employees.Where(e => e.Nip.StartsWith(digits))
                : employees.Where(e => e.FullName.ToLower().Contains(lower));
        }

        var descending = query.Sort?.StartsWith('-') == true;
        var ordered = query.Sort?.TrimStart('-') switch
        {
            "nip" => descending ? employees.OrderByDescending(e => e.Nip) : employees.OrderBy(e => e.Nip),
            "grade" => descending
                ? employees.OrderByDescending(e => db.Grades.Where(g => g.Code == e.GradeCode).Select(g => (int?)g.Rank).FirstOrDefault()).ThenBy(e => e.FullName)
                : employees.OrderBy(e => db.Grades.Where(g => g.Code == e.GradeCode).Select(g => (int?)g.Rank).FirstOrDefault()).ThenBy(e => e.FullName),
            "position" => descending
                ? employees.OrderByDescending(e => db.Positions.Where(p => p.Id == e.PositionId).Select(p => p.Name).FirstOrDefault()).ThenBy(e => e.FullName)
                : employees.OrderBy(e => db.Positions.Where(p => p.Id == e.PositionId).Select(p => p.Name).FirstOrDefault()).ThenBy(e => e.FullName),
            "unit" => descending
                ? employees.OrderByDescending(e => db.Units.Where(u => u.Id == e.UnitId).Select(u => u.Name).FirstOrDefault()).ThenBy(e => e.FullName)
                : employees.OrderBy(e => db.Units.Where(u => u.Id == e.UnitId).Select(u => u.Name).FirstOrDefault()).ThenBy(e => e.FullName),
            _ => descending ? employees.OrderByDescending(e => e.FullName).ThenBy(e => e.Nip) : employees.OrderBy(e => e.FullName).ThenBy(e => e.Nip),
        };

        var page = await PagedList<EmployeeSummaryDto>.CreateAsync(ordered.ThenBy(e => e.Id).ToSummaries(db), query.Page, query.PageSize, cancellationToken);
        return page.Map(e => e.WithDisplayName());
    }
}
