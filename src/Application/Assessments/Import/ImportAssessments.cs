using System.Globalization;
using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Import;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Models;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Assessments;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Frameworks;
using AsnCompetency.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Columns = AsnCompetency.Application.Assessments.Import.AssessmentImportColumns;

namespace AsnCompetency.Application.Assessments.Import;

/// <summary>
/// Imports competency assessments from a CSV or XLSX file, all or nothing: every failing row is
/// reported with its row number, column and message, and then nothing is written. A dry run
/// checks everything and writes nothing.
/// </summary>
/// <param name="Content">The uploaded file.</param>
/// <param name="FileName">Its name; the extension (.csv or .xlsx) tells the format.</param>
/// <param name="AgencyId">The agency whose employees were assessed; defaults to the caller's own.</param>
/// <param name="DryRun">Check only.</param>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin, UserRole.Assessor)]
public sealed record ImportAssessmentsCommand(Stream Content, string FileName, Guid? AgencyId, bool DryRun)
    : ICommand<AssessmentImportResultDto>;

/// <summary>The result of an assessment import that had no errors.</summary>
/// <param name="DryRun">True when nothing was written: the counts say what would have happened.</param>
/// <param name="RowCount">Data rows read (empty rows are skipped).</param>
/// <param name="InsertedCount">Assessments recorded (or that would be, in a dry run).</param>
/// <param name="Warnings">Things worth a look that did not stop the import (unknown columns).</param>
public sealed record AssessmentImportResultDto(bool DryRun, int RowCount, int InsertedCount, int WarningCount, IReadOnlyList<ImportRowMessage> Warnings);

public sealed class ImportAssessmentsCommandHandler(
    IApplicationDbContext db,
    ICurrentUser user,
    ITabularFileReader files,
    IAssessmentImportStore store,
    IAuditLog audit,
    TimeProvider clock) : ICommandHandler<ImportAssessmentsCommand, AssessmentImportResultDto>
{
    public async ValueTask<AssessmentImportResultDto> Handle(ImportAssessmentsCommand command, CancellationToken cancellationToken)
    {
        var agencyId = command.AgencyId ?? user.AgencyId
            ?? throw new ValidationException("agencyId", "'agencyId' is required for a user without an agency of their own.");
        EnsureMayImportInto(agencyId);
        if (!await db.Agencies.AnyAsync(a => a.Id == agencyId, cancellationToken))
        {
            throw new ValidationException("agencyId", $"There is no agency {agencyId}.");
        }

        await using var upload = await ImportUpload.OpenAsync(files, command.Content, command.FileName, Columns.Map, cancellationToken);
        var (file, columns, errors, warnings) = (upload.File, upload.Columns, upload.Errors, upload.Warnings);

        var rows = new RowParser(
            columns,
            await CompetencyCatalogue.LoadAsync(db, agencyId, cancellationToken),
            await DefaultAssessorNameAsync(cancellationToken),
            user.UserId,
            DateOnly.FromDateTime(clock.GetLocalNow().Date),
            errors);
        var batch = new AssessmentImportBatch(agencyId, command.DryRun, upload.Headers, user.UserId, clock.GetUtcNow());

        var outcome = await store.ImportAsync(batch, rows.StageAsync(file, cancellationToken), errors, cancellationToken);
        upload.ThrowIfRejected();

        await ImportAudit.RecordAsync(audit, command.DryRun, "assessments", new { rows = rows.RowCount, inserted = outcome.InsertedCount }, agencyId, cancellationToken);
        return new AssessmentImportResultDto(command.DryRun, rows.RowCount, outcome.InsertedCount, warnings.Count, warnings.Ordered());
    }

    /// <summary>
    /// The rights of <see cref="AssessmentRecorder"/> for a whole agency. Not
    /// AccessPolicy.EnsureCanMaintain: that admits AgencyAdmins only, and recording assessments is
    /// an Assessor's everyday work.
    /// </summary>
    private void EnsureMayImportInto(Guid agencyId)
    {
        if (user.IsSystem || user.Role == UserRole.SystemAdmin)
        {
            return;
        }

        if (user.Role is UserRole.AgencyAdmin or UserRole.Assessor && user.AgencyId == agencyId)
        {
            return;
        }

        throw new ForbiddenAccessException("Only an Assessor or AgencyAdmin of the agency (or a SystemAdmin) may import its assessments.");
    }

    private async Task<string> DefaultAssessorNameAsync(CancellationToken cancellationToken)
    {
        if (user.UserId is not { } userId)
        {
            return "System";
        }

        return await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken) ?? "Unknown";
    }

    /// <summary>A competency a row may name, with what the checks need of its framework.</summary>
    private sealed record CatalogueItem(
        Guid Id, string Code, CompetencyItemType ItemType, Guid FrameworkId, string FrameworkCode, Guid? OwnerAgencyId, FrameworkStatus Status, int Version, int LevelCount);

    /// <summary>A competency code resolved, or why it could not be.</summary>
    private sealed record Resolution(CatalogueItem? Competency, string? Column, string? Error);

    /// <summary>
    /// The competencies usable by the agency (national published and retired frameworks and the
    /// agency's own), by code. Small enough to hold in memory, unlike the rows.
    /// </summary>
    private sealed class CompetencyCatalogue
    {
        private readonly Dictionary<string, List<CatalogueItem>> _byCode;
        private readonly Dictionary<(string Code, string? FrameworkCode), Resolution> _resolved = [];

        private CompetencyCatalogue(Dictionary<string, List<CatalogueItem>> byCode) => _byCode = byCode;

        public static async Task<CompetencyCatalogue> LoadAsync(IApplicationDbContext db, Guid agencyId, CancellationToken cancellationToken)
        {
            // Whole frameworks because the level count is the length of a JSON column; there are
            // only a handful per agency.
            var frameworks = await db.CompetencyFrameworks.AsNoTracking()
                .Where(f => f.Status != FrameworkStatus.Draft && (f.OwnerAgencyId == null || f.OwnerAgencyId == agencyId))
                .ToDictionaryAsync(f => f.Id, cancellationToken);
            var frameworkIds = frameworks.Keys.ToList();
            var items = await db.Competencies.AsNoTracking()
                .Where(c => frameworkIds.Contains(c.FrameworkId))
                .Select(c => new { c.Id, c.Code, c.ItemType, c.FrameworkId })
                .ToListAsync(cancellationToken);
            var byCode = items
                .Select(c =>
                {
                    var f = frameworks[c.FrameworkId];
                    return new CatalogueItem(c.Id, c.Code, c.ItemType, f.Id, f.Code, f.OwnerAgencyId, f.Status, f.Version, f.LevelCount);
                })
                .GroupBy(c => c.Code, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
            return new CompetencyCatalogue(byCode);
        }

        public Resolution Resolve(string code, string? frameworkCode)
        {
            var key = (code.ToUpperInvariant(), frameworkCode?.ToUpperInvariant());
            if (!_resolved.TryGetValue(key, out var resolution))
            {
                resolution = Find(code, frameworkCode);
                _resolved[key] = resolution;
            }

            return resolution;
        }

        private Resolution Find(string code, string? frameworkCode)
        {
            if (!_byCode.TryGetValue(code, out var candidates))
            {
                return new Resolution(null, Columns.CompetencyCode,
                    $"There is no competency '{code}' in the national published frameworks or the agency's own.");
            }

            if (frameworkCode is not null)
            {
                candidates = [.. candidates.Where(c => string.Equals(c.FrameworkCode, frameworkCode, StringComparison.OrdinalIgnoreCase))];
                if (candidates.Count == 0)
                {
                    return new Resolution(null, Columns.FrameworkCode,
                        $"Competency '{code}' is not in a framework with code '{frameworkCode}' that the agency may use.");
                }
            }

            var competencies = candidates.Where(c => c.ItemType == CompetencyItemType.Competency).ToList();
            if (competencies.Count == 0)
            {
                return new Resolution(null, Columns.CompetencyCode, $"'{code}' is a group heading; assess its competencies.");
            }

            // Versions of one framework share its code: the current version (published before
            // retired, then the newest) is meant, so only different frameworks are ambiguous.
            var current = competencies
                .GroupBy(c => (c.OwnerAgencyId, FrameworkCode: c.FrameworkCode.ToUpperInvariant()))
                .Select(g => g.OrderByDescending(c => c.Status == FrameworkStatus.Published).ThenByDescending(c => c.Version).First())
                .ToList();
            if (current.Count > 1)
            {
                var frameworks = string.Join(", ", current.Select(c => c.OwnerAgencyId is null ? $"{c.FrameworkCode} (national)" : $"{c.FrameworkCode} (the agency's)"));
                return new Resolution(null, Columns.CompetencyCode, frameworkCode is null
                    ? $"Competency '{code}' is in more than one framework ({frameworks}); add a framework_code column to say which."
                    : $"Competency '{code}' is in both a national framework and the agency's own framework with code '{frameworkCode}'; record these assessments through the API.");
            }

            return new Resolution(current[0], null, null);
        }
    }

    /// <summary>Turns file rows into staged assessments, recording every error of every row.</summary>
    private sealed class RowParser(
        Dictionary<string, (int Index, string Header)> columns,
        CompetencyCatalogue catalogue,
        string defaultAssessorName,
        Guid? userId,
        DateOnly today,
        ImportMessages errors) : ImportRowParser<StagedAssessment>(columns, errors)
    {
        /// <summary>The width of assessments.evidence_url (AssessmentConfiguration.EvidenceUrlLength).</summary>
        private const int EvidenceUrlLength = 2000;

        private static readonly DateOnly EarliestDate = new(1950, 1, 1);

        /// <summary>Method names and the words Indonesian forms use, compared without case, spaces, dashes or underscores.</summary>
        private static readonly Dictionary<string, AssessmentMethod> Methods = new(StringComparer.OrdinalIgnoreCase)
        {
            ["self"] = AssessmentMethod.Self,
            ["mandiri"] = AssessmentMethod.Self,
            ["penilaianmandiri"] = AssessmentMethod.Self,
            ["supervisor"] = AssessmentMethod.Supervisor,
            ["atasan"] = AssessmentMethod.Supervisor,
            ["atasanlangsung"] = AssessmentMethod.Supervisor,
            ["peer"] = AssessmentMethod.Peer,
            ["rekan"] = AssessmentMethod.Peer,
            ["rekankerja"] = AssessmentMethod.Peer,
            ["360"] = AssessmentMethod.Peer,
            ["assessmentcentre"] = AssessmentMethod.AssessmentCentre,
            ["assessmentcenter"] = AssessmentMethod.AssessmentCentre,
            ["ac"] = AssessmentMethod.AssessmentCentre,
            ["test"] = AssessmentMethod.Test,
            ["tes"] = AssessmentMethod.Test,
            ["ujian"] = AssessmentMethod.Test,
            ["posttraining"] = AssessmentMethod.PostTraining,
            ["pascapelatihan"] = AssessmentMethod.PostTraining,
        };

        protected override StagedAssessment? Parse(TabularRow row)
        {
            string? Cell(string column) => this.Cell(row, column);
            void Fail(string column, string message) => this.Fail(row, column, message);

            var nip = ParseNip(Cell(Columns.Nip), out var nipError);
            if (nipError is not null)
            {
                Fail(Columns.Nip, nipError);
            }

            CatalogueItem? competency = null;
            if (Cell(Columns.CompetencyCode) is not { } code)
            {
                Fail(Columns.CompetencyCode, "The competency code is required.");
            }
            else
            {
                var resolution = catalogue.Resolve(code, Cell(Columns.FrameworkCode));
                if (resolution.Error is { } error)
                {
                    Fail(resolution.Column ?? Columns.CompetencyCode, error);
                }

                competency = resolution.Competency;
            }

            var level = Required(Columns.Level, ParseLevel, "a whole number such as 3");
            if (level is { } given && competency is not null && (given < Assessment.MinLevel || given > competency.LevelCount))
            {
                Fail(Columns.Level, $"Level {given} is outside the scale of framework {competency.FrameworkCode}: {Assessment.MinLevel} to {competency.LevelCount}.");
                level = null;
            }

            var method = Required(Columns.Method, ParseMethod, "a method: Self, Supervisor, Peer, AssessmentCentre, Test or PostTraining (or mandiri, atasan, rekan, AC, tes, pasca pelatihan)");
            var assessedOn = Required(Columns.AssessedOn, ParseDate, "a date such as 2025-03-14 or 14-03-2025");
            if (assessedOn > today)
            {
                Fail(Columns.AssessedOn, $"{assessedOn:yyyy-MM-dd} is in the future; record an assessment once it has taken place.");
                assessedOn = null;
            }
            else if (assessedOn < EarliestDate)
            {
                Fail(Columns.AssessedOn, $"{assessedOn:yyyy-MM-dd} is before {EarliestDate:yyyy}; check the date.");
                assessedOn = null;
            }

            var assessorName = Limited(Columns.AssessorName, FieldLengths.Name);
            var evidenceNote = Limited(Columns.EvidenceNote, FieldLengths.Description);
            var evidenceUrl = Limited(Columns.EvidenceUrl, EvidenceUrlLength);
            if (evidenceUrl is not null && !AssessmentInputValidator.BeHttpUrl(evidenceUrl))
            {
                Fail(Columns.EvidenceUrl, $"'{evidenceUrl}' is not an absolute http or https address.");
            }

            if (nip is null)
            {
                return null;
            }

            return new StagedAssessment(
                row.RowNumber,
                Guid.CreateVersion7(),
                nip,
                competency?.Id,
                competency?.FrameworkId,
                level,
                method,
                assessedOn,
                assessorName ?? defaultAssessorName,
                assessorName is null ? userId : null,
                evidenceNote,
                evidenceUrl);

            string? Limited(string column, int maxLength) => this.Limited(row, column, maxLength);

            T? Required<T>(string column, Func<string, T?> parse, string expected)
                where T : struct
            {
                if (Cell(column) is not { } value)
                {
                    Fail(column, $"Required: {expected}.");
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

        private static int? ParseLevel(string value) =>
            int.TryParse(value, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var level) ? level : null;

        private static AssessmentMethod? ParseMethod(string value)
        {
            var key = string.Concat(value.Where(ch => !char.IsWhiteSpace(ch) && ch is not '-' and not '_'));
            return Methods.TryGetValue(key, out var method) ? method : null;
        }
    }
}
