using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Import;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Models;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Application.Common.Validation;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Employees;
using AsnCompetency.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Columns = AsnCompetency.Application.Employees.Import.EmployeeImportColumns;

namespace AsnCompetency.Application.Employees.Import;

/// <summary>
/// Imports employees from a CSV or XLSX file, all or nothing: every failing row is reported with
/// its row number, column and message, and then nothing is written. A dry run checks everything
/// and writes nothing.
/// </summary>
/// <param name="Content">The uploaded file.</param>
/// <param name="FileName">Its name; the extension (.csv or .xlsx) tells the format.</param>
/// <param name="AgencyId">The agency the employees belong to; defaults to the caller's own.</param>
/// <param name="DryRun">Check only.</param>
/// <param name="Mode">Insert only, or update employees whose NIP is already registered in the agency.</param>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record ImportEmployeesCommand(Stream Content, string FileName, Guid? AgencyId, bool DryRun, ImportMode Mode)
    : ICommand<EmployeeImportResultDto>;

/// <summary>The result of an import that had no errors.</summary>
/// <param name="DryRun">True when nothing was written: the counts say what would have happened.</param>
/// <param name="RowCount">Data rows read (empty rows are skipped).</param>
/// <param name="Warnings">Things worth a look that did not stop the import (unknown columns, implausible NIP dates).</param>
public sealed record EmployeeImportResultDto(bool DryRun, int RowCount, int InsertedCount, int UpdatedCount, int WarningCount, IReadOnlyList<ImportRowMessage> Warnings);

public sealed class ImportEmployeesCommandHandler(
    IApplicationDbContext db,
    ICurrentUser user,
    ITabularFileReader files,
    IEmployeeImportStore store,
    IOptions<EmployeeNumberOptions> numbers,
    IAuditLog audit,
    TimeProvider clock) : ICommandHandler<ImportEmployeesCommand, EmployeeImportResultDto>
{
    public async ValueTask<EmployeeImportResultDto> Handle(ImportEmployeesCommand command, CancellationToken cancellationToken)
    {
        var agencyId = command.AgencyId ?? user.AgencyId
            ?? throw new ValidationException("agencyId", "'agencyId' is required for a user without an agency of their own.");
        AccessPolicy.EnsureCanMaintain(user, agencyId, "this agency's employees");
        if (!await db.Agencies.AnyAsync(a => a.Id == agencyId, cancellationToken))
        {
            throw new ValidationException("agencyId", $"There is no agency {agencyId}.");
        }

        await using var upload = await ImportUpload.OpenAsync(files, command.Content, command.FileName, Columns.Map, cancellationToken);
        var (file, columns, errors, warnings) = (upload.File, upload.Columns, upload.Errors, upload.Warnings);

        var rows = new RowParser(
            agencyId,
            columns,
            await db.Grades.AsNoTracking().ToDictionaryAsync(g => g.Code, StringComparer.OrdinalIgnoreCase, cancellationToken),
            await db.Positions.AsNoTracking()
                .Where(p => p.AgencyId == agencyId)
                .ToDictionaryAsync(p => p.Code, p => new PositionTarget(p.Id, p.UnitId, p.IsActive), StringComparer.OrdinalIgnoreCase, cancellationToken),
            numbers.Value.PppkNumberMarker,
            DateOnly.FromDateTime(clock.GetLocalNow().Date),
            errors,
            warnings);
        var batch = new EmployeeImportBatch(agencyId, command.Mode, command.DryRun, upload.Headers, user.UserId, clock.GetUtcNow());

        var outcome = await store.ImportAsync(batch, rows.StageAsync(file, cancellationToken), errors, cancellationToken);
        upload.ThrowIfRejected();

        await ImportAudit.RecordAsync(audit, command.DryRun, "employees", new { rows = rows.RowCount, inserted = outcome.InsertedCount, updated = outcome.UpdatedCount, mode = command.Mode.ToString() }, agencyId, cancellationToken);
        return new EmployeeImportResultDto(command.DryRun, rows.RowCount, outcome.InsertedCount, outcome.UpdatedCount, warnings.Count, warnings.Ordered());
    }

    private sealed record PositionTarget(Guid Id, Guid UnitId, bool IsActive);

    /// <summary>Turns file rows into staged employees, recording every error of every row.</summary>
    private sealed class RowParser(
        Guid agencyId,
        Dictionary<string, (int Index, string Header)> columns,
        Dictionary<string, Grade> grades,
        Dictionary<string, PositionTarget> positions,
        char pppkMarker,
        DateOnly today,
        ImportMessages errors,
        ImportMessages warnings) : ImportRowParser<StagedEmployee>(columns, errors)
    {
        private static readonly Dictionary<string, string> ColumnOfField = new(StringComparer.OrdinalIgnoreCase)
        {
            ["nip"] = Columns.Nip,
            ["fullName"] = Columns.FullName,
            ["employeeType"] = Columns.EmployeeType,
            ["birthDate"] = Columns.BirthDate,
            ["gender"] = Columns.Gender,
            ["gradeCode"] = Columns.Grade,
            ["positionId"] = Columns.PositionCode,
            ["startDate"] = Columns.PositionStartDate,
        };

        protected override StagedEmployee? Parse(TabularRow row)
        {
            var errorsBefore = Errors.Count;
            Domain.Employees.Nip nip = null!;
            string? Cell(string column) => this.Cell(row, column);
            void Fail(string column, string message) => this.Fail(row, column, message);

            var nipText = Cell(Columns.Nip);
            if (nipText?.Contains("E+", StringComparison.OrdinalIgnoreCase) == true)
            {
                Fail(Columns.Nip, "The NIP is stored as a number in the spreadsheet and has lost digits; format the column as Text and enter the 18 digits again.");
            }
            else if (!Domain.Employees.Nip.TryParse(nipText, out var parsed, out var nipError, pppkMarker))
            {
                Fail(Columns.Nip, $"NIP {nipError}");
            }
            else
            {
                nip = parsed;
            }

            var fullName = Cell(Columns.FullName);
            if (fullName is null)
            {
                Fail(Columns.FullName, "The name is required.");
            }
            else if (fullName.Length > FieldLengths.Name)
            {
                Fail(Columns.FullName, $"The name is longer than {FieldLengths.Name} characters.");
            }

            var frontTitle = Limited(Columns.FrontTitle, FieldLengths.Title);
            var backTitle = Limited(Columns.BackTitle, FieldLengths.Title);
            var employeeType = Parsed(Columns.EmployeeType, ParseEmployeeType, "PNS or PPPK");
            var birthDate = Parsed(Columns.BirthDate, ParseDate, "a date such as 1986-09-26 or 26-09-1986");
            var gender = Parsed(Columns.Gender, ParseGender, "L or P (M or F)");
            var startDate = Parsed(Columns.PositionStartDate, ParseDate, "a date such as 2024-01-02 or 02-01-2024");

            Grade? grade = null;
            if (Cell(Columns.Grade) is { } gradeCode && !grades.TryGetValue(gradeCode, out grade))
            {
                Fail(Columns.Grade, $"'{gradeCode}' is not a grade; use a PNS golongan such as III/a or a PPPK grade such as IX.");
            }

            PositionTarget? position = null;
            if (Cell(Columns.PositionCode) is { } positionCode)
            {
                if (!positions.TryGetValue(positionCode, out position))
                {
                    Fail(Columns.PositionCode, $"The agency has no position with code '{positionCode}'.");
                }
                else if (!position.IsActive)
                {
                    Fail(Columns.PositionCode, $"Position '{positionCode}' is inactive.");
                }
            }
            else if (startDate is not null)
            {
                Fail(Columns.PositionStartDate, "A position start date needs a position_code.");
            }

            var email = Limited(Columns.Email, FieldLengths.Email);
            if (!ContactFormats.IsEmail(email))
            {
                Fail(Columns.Email, $"'{email}' {ContactFormats.EmailRule}");
            }

            var phone = Limited(Columns.Phone, FieldLengths.Phone);
            if (!ContactFormats.IsPhone(phone))
            {
                Fail(Columns.Phone, $"'{phone}' {ContactFormats.PhoneRule}");
            }
            if (Errors.Count > errorsBefore)
            {
                return null;
            }

            Employee employee;
            try
            {
                employee = Employee.Create(agencyId, nip, new EmployeeDetails(fullName!, frontTitle, backTitle, employeeType, grade, birthDate, gender, email, phone));
                if (position is not null)
                {
                    employee.AssignPosition(position.Id, position.UnitId, startDate ?? today, note: null);
                }
            }
            catch (DomainValidationException e)
            {
                Fail(e.Field is { } field && ColumnOfField.TryGetValue(field, out var column) ? column : Columns.Nip, char.ToUpperInvariant(e.Message[0]) + e.Message[1..]);
                return null;
            }

            foreach (var warning in nip.Warnings)
            {
                warnings.Add(row.RowNumber, ColumnMap[Columns.Nip].Header, $"NIP: {warning}");
            }

            var assignment = employee.Assignments.SingleOrDefault();
            return new StagedEmployee(
                row.RowNumber,
                employee.Id,
                employee.Nip,
                employee.EmployeeType,
                employee.FullName,
                employee.FrontTitle,
                employee.BackTitle,
                employee.BirthDate,
                employee.Gender,
                employee.AppointedOn,
                employee.GradeCode,
                assignment?.PositionId,
                assignment?.UnitId,
                assignment?.StartDate,
                assignment?.Id,
                employee.Email,
                employee.Phone);

            string? Limited(string column, int maxLength) => this.Limited(row, column, maxLength);

            T? Parsed<T>(string column, Func<string, T?> parse, string expected)
                where T : struct
            {
                var value = Cell(column);
                if (value is null)
                {
                    return null;
                }

                var parsed = parse(value);
                if (parsed is null)
                {
                    Fail(column, $"'{value}' is not {expected}.");
                }

                return parsed;
            }
        }


        private static EmployeeType? ParseEmployeeType(string value) => value.ToUpperInvariant() switch
        {
            "PNS" or "CPNS" => Domain.Employees.EmployeeType.Pns,
            "PPPK" => Domain.Employees.EmployeeType.Pppk,
            _ => null,
        };

        private static Gender? ParseGender(string value) => value.ToUpperInvariant() switch
        {
            "L" or "M" or "LAKI-LAKI" or "LAKI LAKI" or "PRIA" or "MALE" or "1" => Domain.Employees.Gender.Male,
            "P" or "F" or "PEREMPUAN" or "WANITA" or "FEMALE" or "2" => Domain.Employees.Gender.Female,
            _ => null,
        };
    }
}
