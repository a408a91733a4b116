using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Models;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Employees;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Employees;

internal static class EmployeeQueries
{
    public const string Resource = "Employee";

    public static IQueryable<EmployeeSummaryDto> ToSummaries(this IQueryable<Employee> employees, IApplicationDbContext db) =>
        employees.Select(e => new EmployeeSummaryDto
        {
            Id = e.Id,
            AgencyId = e.AgencyId,
            Nip = e.Nip,
            DisplayName = e.FullName,
            FullName = e.FullName,
            EmployeeType = e.EmployeeType,
            GradeCode = e.GradeCode,
            Position = db.Positions.Where(p => p.Id == e.PositionId).Select(p => new PositionReferenceDto(p.Id, p.Code, p.Name, p.Type)).FirstOrDefault(),
            Unit = db.Units.Where(u => u.Id == e.UnitId).Select(u => new UnitReferenceDto(u.Id, u.Code, u.Name, u.Kind)).FirstOrDefault(),
            IsActive = e.IsActive,

            // Titles are read to build DisplayName after the query (see WithDisplayName).
            FrontTitleForDisplay = e.FrontTitle,
            BackTitleForDisplay = e.BackTitle,
        });

    public static IQueryable<EmployeeDto> ToDtos(this IQueryable<Employee> employees, IApplicationDbContext db) =>
        employees.Select(e => new EmployeeDto
        {
            Id = e.Id,
            Agency = db.Agencies.Where(a => a.Id == e.AgencyId).Select(a => new AgencyReferenceDto(a.Id, a.Code, a.Name, a.Region, a.Kind)).First(),
            Nip = e.Nip,
            DisplayName = e.FullName,
            FullName = e.FullName,
            FrontTitle = e.FrontTitle,
            BackTitle = e.BackTitle,
            EmployeeType = e.EmployeeType,
            BirthDate = e.BirthDate,
            Gender = e.Gender,
            AppointedOn = e.AppointedOn,
            Grade = db.Grades.Where(g => g.Code == e.GradeCode).Select(g => new GradeReferenceDto(g.Code, g.Name)).FirstOrDefault(),
            Position = db.Positions.Where(p => p.Id == e.PositionId).Select(p => new PositionReferenceDto(p.Id, p.Code, p.Name, p.Type)).FirstOrDefault(),
            Unit = db.Units.Where(u => u.Id == e.UnitId).Select(u => new UnitReferenceDto(u.Id, u.Code, u.Name, u.Kind)).FirstOrDefault(),
            PositionStartDate = e.Assignments.Where(a => a.EndDate == null).Select(a => (DateOnly?)a.StartDate).FirstOrDefault(),
            Email = e.Email,
            Phone = e.Phone,
            IsActive = e.IsActive,
            CreatedAt = e.CreatedAt,
            UpdatedAt = e.UpdatedAt,
            ETag = "\"" + e.RowVersion + "\"",
        });

    public static EmployeeDto WithDisplayName(this EmployeeDto employee) =>
        employee with { DisplayName = Employee.FormatName(employee.FrontTitle, employee.FullName, employee.BackTitle) };

    public static EmployeeSummaryDto WithDisplayName(this EmployeeSummaryDto employee) =>
        employee with { DisplayName = Employee.FormatName(employee.FrontTitleForDisplay, employee.FullName, employee.BackTitleForDisplay) };

    public static async Task<EmployeeDto> GetDtoAsync(this IApplicationDbContext db, Guid id, CancellationToken cancellationToken) =>
        (await db.Employees.AsNoTracking().Where(e => e.Id == id).ToDtos(db).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(Resource, id)).WithDisplayName();

    public static async Task<Employee> LoadForChangeAsync(this IApplicationDbContext db, ICurrentUser user, Guid employeeId, CancellationToken cancellationToken)
    {
        var employee = await db.Employees.Include(e => e.Assignments).FirstOrDefaultAsync(e => e.Id == employeeId, cancellationToken)
            ?? throw new NotFoundException(Resource, employeeId);
        AccessPolicy.EnsureCanMaintain(user, employee.AgencyId, $"employee {employee.Nip}");
        return employee;
    }

    /// <summary>The grade for a code, or a field error naming the valid codes' form.</summary>
    public static async Task<Grade?> FindGradeAsync(this IApplicationDbContext db, string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var trimmed = code.Trim();
        return await db.Grades.AsNoTracking().FirstOrDefaultAsync(g => g.Code == trimmed, cancellationToken)
            ?? throw new ValidationException("gradeCode", $"{trimmed} is not a grade; use a PNS golongan such as III/a or a PPPK grade such as IX (GET /api/v1/grades).");
    }

    /// <summary>Refuses a NIP that is already registered, in any agency.</summary>
    public static async Task EnsureNipIsFreeAsync(this IApplicationDbContext db, string nip, Guid? exceptId, CancellationToken cancellationToken)
    {
        if (await db.Employees.IgnoreQueryFilters().AnyAsync(e => e.Nip == nip && e.Id != exceptId, cancellationToken))
        {
            throw new Domain.Common.BusinessRuleException($"An employee with NIP {nip} is already registered.", "nip");
        }
    }
}
