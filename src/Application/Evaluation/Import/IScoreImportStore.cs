using AsnCompetency.Application.Common.Models;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Evaluation;

namespace AsnCompetency.Application.Evaluation.Import;

/// <summary>What one score import does and on whose behalf.</summary>
/// <param name="Scope">Whose sessions and participants the importing user may score.</param>
/// <param name="Columns">The import columns the file has, to the header as the file writes it.</param>
/// <param name="UserId">The importing user, written as recorded_by.</param>
/// <param name="Now">Written as recorded_at.</param>
public sealed record ScoreImportBatch(
    DataScope Scope,
    bool DryRun,
    IReadOnlyDictionary<string, string> Columns,
    Guid? UserId,
    DateTimeOffset Now)
{
    /// <summary>The header to name in a message about a column.</summary>
    public string HeaderOf(string column) => Columns.TryGetValue(column, out var header) ? header : column;
}

/// <summary>
/// A row ready for the checks against the file and the database. The NIP and the session and
/// instrument codes are certain; a row whose phase or score failed is still staged, with those
/// left null, so its NIP and codes are checked in the same upload. Codes are upper case, as stored.
/// </summary>
public sealed record StagedScore(
    int RowNumber,
    Guid Id,
    string Nip,
    string SessionCode,
    string? ProgramCode,
    string? AgencyCode,
    string InstrumentCode,
    ScorePhase? Phase,
    decimal? Value);

/// <summary>How many scores were added and how many replaced a recorded value (or would be, in a dry run).</summary>
public sealed record ScoreImportOutcome(int AddedCount, int ReplacedCount);

/// <summary>
/// Stages rows with PostgreSQL COPY, resolves sessions, instruments, NIPs and enrolments within
/// the user's scope with set-based statements, reports every failing row, and writes the scores
/// with one INSERT … ON CONFLICT (a score given again replaces the recorded one). Runs inside the
/// command's transaction, so an error anywhere leaves nothing behind.
/// </summary>
public interface IScoreImportStore
{
    Task<ScoreImportOutcome> ImportAsync(
        ScoreImportBatch batch,
        IAsyncEnumerable<StagedScore> rows,
        ImportMessages errors,
        CancellationToken cancellationToken);
}
