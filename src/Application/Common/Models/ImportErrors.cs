namespace AsnCompetency.Application.Common.Models;

/// <summary>An error (or warning) about one cell or row of an uploaded file.</summary>
/// <param name="Row">The row number as a spreadsheet shows it (the header is row 1).</param>
/// <param name="Column">The column name as written in the file's header, when the problem is one cell.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record ImportRowMessage(int Row, string? Column, string Message);

/// <summary>
/// Collects the errors of an import. All of them are counted; the first <see cref="MaxKept"/>
/// are kept for the answer, so a broken 100,000-row file does not produce a 100,000-line reply.
/// </summary>
public sealed class ImportMessages
{
    public const int MaxKept = 1_000;

    private readonly List<ImportRowMessage> _kept = [];

    public int Count { get; private set; }

    public bool Any => Count > 0;

    public IReadOnlyList<ImportRowMessage> Kept => _kept;

    /// <summary>How many more may still be kept.</summary>
    public int Room => MaxKept - _kept.Count;

    public void Add(int row, string? column, string message)
    {
        Count++;
        if (_kept.Count < MaxKept)
        {
            _kept.Add(new ImportRowMessage(row, column, message));
        }
    }

    /// <summary>Adds a total counted elsewhere (in SQL) whose first items were added with <see cref="Add"/>.</summary>
    public void AddUnlisted(int count) => Count += count;

    public IReadOnlyList<ImportRowMessage> Ordered() => [.. _kept.OrderBy(m => m.Row).ThenBy(m => m.Column, StringComparer.Ordinal)];
}
