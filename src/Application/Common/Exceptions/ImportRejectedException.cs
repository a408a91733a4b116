using AsnCompetency.Application.Common.Models;

namespace AsnCompetency.Application.Common.Exceptions;

/// <summary>
/// An uploaded file with failing rows: nothing was imported (the transaction rolls back) and the
/// answer is 422 with every failing row, column and message.
/// </summary>
public sealed class ImportRejectedException(ImportMessages errors)
    : Exception($"{errors.Count} error(s) in the file; nothing was imported.")
{
    public int ErrorCount { get; } = errors.Count;

    public IReadOnlyList<ImportRowMessage> Errors { get; } = errors.Ordered();
}
