using System.Text.Json;
using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Import;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Application.CompetencyFrameworks;
using AsnCompetency.Application.Interchange.Case;
using AsnCompetency.Application.Interchange.Moodle;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Interchange;

/// <summary>The interchange formats of whole frameworks.</summary>
public static class InterchangeFormats
{
    public const string Case = "case";
    public const string MoodleCsv = "moodle-csv";

    public static string Parse(string? format) => format?.Trim().ToLowerInvariant() switch
    {
        Case => Case,
        MoodleCsv => MoodleCsv,
        _ => throw new ValidationException("format", $"'format' must be {Case} (a CASE 1.1 package, JSON) or {MoodleCsv} (Moodle's competency framework CSV); \"{format}\" is not."),
    };
}

/// <summary>
/// Imports a framework file (a CASE package or a Moodle competency framework CSV) as a new draft
/// framework, all or nothing, and reports what was mapped, skipped and adjusted.
/// </summary>
/// <param name="Content">The uploaded file.</param>
/// <param name="Format">case or moodle-csv.</param>
/// <param name="OwnerAgencyId">The owning agency; an AgencyAdmin's own by default, national when a SystemAdmin names none.</param>
/// <param name="Code">The new framework's code; by default the file's, made unique for the owner.</param>
/// <param name="DryRun">Read and check only; nothing is saved.</param>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record ImportCompetencyFrameworkCommand(Stream Content, string Format, Guid? OwnerAgencyId, string? Code, bool DryRun)
    : ICommand<FrameworkImportResultDto>;

/// <summary>The imported draft framework (not saved on a dry run) and the import's report.</summary>
public sealed record FrameworkImportResultDto(bool DryRun, CompetencyFrameworkDto Framework, FrameworkImportReportDto Report);

public sealed class ImportCompetencyFrameworkCommandHandler(
    IApplicationDbContext db, ICurrentUser user, ITabularFileReader files, IAuditLog audit)
    : ICommandHandler<ImportCompetencyFrameworkCommand, FrameworkImportResultDto>
{
    public async ValueTask<FrameworkImportResultDto> Handle(ImportCompetencyFrameworkCommand command, CancellationToken cancellationToken)
    {
        var format = InterchangeFormats.Parse(command.Format);
        var owner = await db.OwnerForNewAsync(user, command.OwnerAgencyId, "a competency framework", cancellationToken);
        if (command.Code is { } requested && !CodeFormat.IsValid(requested.Trim()))
        {
            throw new ValidationException("code", $"'code' must be 1 to {FieldLengths.Code} characters and {CodeFormat.Description}.");
        }

        // A retried transaction reads the upload again from the start.
        if (command.Content.CanSeek)
        {
            command.Content.Position = 0;
        }

        var report = new InterchangeReport(format);
        var draft = format == InterchangeFormats.Case
            ? CasePackageReader.Read(await ReadJsonAsync(command.Content, cancellationToken), report)
            : await MoodleCsvReader.ReadAsync(files, command.Content, report, cancellationToken);

        var code = await CodeAsync(command.Code?.Trim(), draft, owner, report, cancellationToken);
        var (framework, counts) = FrameworkDraftBuilder.Build(draft, code, owner, report);
        if (!command.DryRun)
        {
            db.CompetencyFrameworks.Add(framework);
            await db.SaveChangesAsync(cancellationToken);
            await ImportAudit.RecordAsync(
                audit, dryRun: false, "competency-frameworks", new { format, framework = framework.Code, groups = counts.Groups, competencies = counts.Competencies }, owner, cancellationToken);
        }

        return new FrameworkImportResultDto(command.DryRun, framework.ToDto(), report.ToDto(counts));
    }

    private static async Task<JsonElement> ReadJsonAsync(Stream content, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(content, new JsonDocumentOptions { MaxDepth = 64 }, cancellationToken);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1}, position {e.BytePositionInLine + 1})" : "";
            throw new UnsupportedFileException($"The file is not valid JSON{where}; a CASE package is one JSON object.", isUnreadable: true);
        }
    }

    /// <summary>The requested code (refused when taken) or the file's, made unique for the owner.</summary>
    private async Task<string> CodeAsync(string? requested, FrameworkDraft draft, Guid? owner, InterchangeReport report, CancellationToken cancellationToken)
    {
        var taken = (await db.CompetencyFrameworks.IgnoreQueryFilters()
                .Where(f => f.OwnerAgencyId == owner)
                .Select(f => f.Code)
                .Distinct()
                .ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (requested is not null)
        {
            return taken.Contains(requested)
                ? throw new BusinessRuleException($"A framework with code {requested} already exists for this owner; choose another code or create a new version of it.", "code")
                : requested;
        }

        var code = CodeFormat.IsValid(draft.Code?.Trim()) ? draft.Code!.Trim() : InterchangeText.ToCode(draft.Code ?? draft.Name) ?? "IMPORT";
        if (code != draft.Code)
        {
            report.Adjust("framework", draft.Code is null ? $"The file gives the framework no code; it was given {code}." : $"The code '{draft.Code}' is not valid here; it became {code}.");
        }

        var unique = InterchangeText.Unique(code, taken);
        if (unique != code)
        {
            report.Adjust("framework", $"The code {code} is already used by a framework of this owner; the import is {unique}.");
        }

        return unique;
    }
}
