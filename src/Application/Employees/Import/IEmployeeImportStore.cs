using AsnCompetency.Application.Common.Models;
using AsnCompetency.Domain.Employees;

namespace AsnCompetency.Application.Employees.Import;

/// <summary>How an import treats NIPs that are already registered in the agency.</summary>
public enum ImportMode
{
    /// <summary>Every row is a new employee; a registered NIP is an error.</summary>
    Insert,

    /// <summary>A registered NIP of the agency updates that employee; others are inserted.</summary>
    Upsert,
}

/// <summary>What one import does and on whose behalf.</summary>
/// <param name="Columns">The import columns the file has, to the header as the file writes it; on upsert only these are changed.</param>
public sealed record EmployeeImportBatch(
    Guid AgencyId,
    ImportMode Mode,
    bool DryRun,
    IReadOnlyDictionary<string, string> Columns,
    Guid? UserId,
    DateTimeOffset Now)
{
    /// <summary>The header to name in a message about a column.</summary>
    public string HeaderOf(string column) => Columns.TryGetValue(column, out var header) ? header : column;
}

/// <summary>A row that passed its own checks, ready for the checks against the file and the database.</summary>
public sealed record StagedEmployee(
    int RowNumber,
    Guid Id,
    string Nip,
    EmployeeType EmployeeType,
    string FullName,
    string? FrontTitle,
    string? BackTitle,
    DateOnly BirthDate,
    Gender Gender,
    DateOnly AppointedOn,
    string? GradeCode,
    Guid? PositionId,
    Guid? UnitId,
    DateOnly? PositionStartDate,
    Guid? AssignmentId,
    string? Email,
    string? Phone);

/// <summary>How many rows were inserted and updated (or would be, in a dry run).</summary>
public sealed record EmployeeImportOutcome(int InsertedCount, int UpdatedCount);

/// <summary>
/// Stages rows with PostgreSQL COPY and applies them set-based: duplicate NIPs within the file
/// and against the database are found in SQL, then the rows are inserted or merged. Runs inside
/// the command's transaction, so an error anywhere leaves nothing behind.
/// </summary>
public interface IEmployeeImportStore
{
    Task<EmployeeImportOutcome> ImportAsync(
        EmployeeImportBatch batch,
        IAsyncEnumerable<StagedEmployee> rows,
        ImportMessages errors,
        CancellationToken cancellationToken);
}
