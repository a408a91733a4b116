namespace AsnCompetency.Application.Interchange;

/// <summary>What an import did with a file: how much was mapped, what was left out and what was adjusted to fit.</summary>
/// <param name="Format">case or moodle-csv.</param>
/// <param name="SourceTitle">The framework's title in the file.</param>
/// <param name="SourceIdentifier">The file's own identifier of the framework (CASE document identifier or Moodle ID number).</param>
/// <param name="Mapped">Counts of what became part of the new framework.</param>
/// <param name="Skipped">What was not imported, and why (the first 500).</param>
/// <param name="SkippedCount">How many things were not imported in all.</param>
/// <param name="Adjusted">What was imported changed to fit (a code made valid, a text shortened, a parent chosen; the first 500).</param>
/// <param name="AdjustedCount">How many adjustments in all.</param>
public sealed record FrameworkImportReportDto(
    string Format,
    string? SourceTitle,
    string? SourceIdentifier,
    FrameworkImportCountsDto Mapped,
    IReadOnlyList<FrameworkImportNoteDto> Skipped,
    int SkippedCount,
    IReadOnlyList<FrameworkImportNoteDto> Adjusted,
    int AdjustedCount);

/// <summary>How much of the file became the new framework.</summary>
public sealed record FrameworkImportCountsDto(int Groups, int Competencies, int LevelDescriptions, int ProficiencyLevels, int RelatedLinks);

/// <summary>One thing the import skipped or adjusted: which part of the file, and what happened.</summary>
public sealed record FrameworkImportNoteDto(string Subject, string Message);

/// <summary>Collects an import's notes as it goes.</summary>
public sealed class InterchangeReport(string format)
{
    public const int MaxKept = 500;

    private readonly List<FrameworkImportNoteDto> _skipped = [];
    private readonly List<FrameworkImportNoteDto> _adjusted = [];
    private int _skippedCount;
    private int _adjustedCount;

    public string Format { get; } = format;

    public string? SourceTitle { get; set; }

    public string? SourceIdentifier { get; set; }

    public void Skip(string subject, string message)
    {
        _skippedCount++;
        if (_skipped.Count < MaxKept)
        {
            _skipped.Add(new FrameworkImportNoteDto(subject, message));
        }
    }

    public void Adjust(string subject, string message)
    {
        _adjustedCount++;
        if (_adjusted.Count < MaxKept)
        {
            _adjusted.Add(new FrameworkImportNoteDto(subject, message));
        }
    }

    public FrameworkImportReportDto ToDto(FrameworkImportCountsDto mapped) =>
        new(Format, SourceTitle, SourceIdentifier, mapped, _skipped, _skippedCount, _adjusted, _adjustedCount);
}
