using AsnCompetency.Application.Common.Models;
using AsnCompetency.Domain.Assessments;

namespace AsnCompetency.Application.Assessments.Import;

/// <summary>What one assessment import does and on whose behalf.</summary>
/// <param name="AgencyId">The agency whose employees the rows are about.</param>
/// <param name="Columns">The import columns the file has, to the header as the file writes it.</param>
/// <param name="UserId">The importing user, written as recorded_by.</param>
/// <param name="Now">Written as recorded_at.</param>
public sealed record AssessmentImportBatch(
    Guid AgencyId,
    bool DryRun,
    IReadOnlyDictionary<string, string> Columns,
    Guid? UserId,
    DateTimeOffset Now)
{
    /// <summary>The header to name in a message about a column.</summary>
    public string HeaderOf(string column) => Columns.TryGetValue(column, out var header) ? header : column;
}

/// <summary>
/// A row ready for the checks against the file and the database. Only the NIP is certain: a row
/// whose other cells failed is still staged, with those left null, so that its NIP is checked in
/// the same upload; its cell errors stop the import, so it is never written.
/// </summary>
/// <param name="Nip">The 18 digits, without separators.</param>
/// <param name="FrameworkId">The framework of the resolved competency.</param>
/// <param name="AssessorUserId">The importing user when the file names no assessor.</param>
public sealed record StagedAssessment(
    int RowNumber,
    Guid Id,
    string Nip,
    Guid? CompetencyId,
    Guid? FrameworkId,
    int? Level,
    AssessmentMethod? Method,
    DateOnly? AssessedOn,
    string? AssessorName,
    Guid? AssessorUserId,
    string? EvidenceNote,
    string? EvidenceUrl);

/// <summary>How many assessments were recorded (or would be, in a dry run).</summary>
public sealed record AssessmentImportOutcome(int InsertedCount);

/// <summary>
/// Stages rows with PostgreSQL COPY, resolves NIPs to the agency's employees and finds unknown,
/// inactive and other-agency NIPs and repeated rows with set-based queries, then inserts the
/// assessments with one INSERT … SELECT. Runs inside the command's transaction, so an error
/// anywhere leaves nothing behind.
/// </summary>
public interface IAssessmentImportStore
{
    Task<AssessmentImportOutcome> ImportAsync(
        AssessmentImportBatch batch,
        IAsyncEnumerable<StagedAssessment> rows,
        ImportMessages errors,
        CancellationToken cancellationToken);
}
