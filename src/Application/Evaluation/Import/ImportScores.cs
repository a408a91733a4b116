using System.Globalization;
using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Import;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Models;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Evaluation;
using AsnCompetency.Domain.Identity;
using Mediator;
using Columns = AsnCompetency.Application.Evaluation.Import.ScoreImportColumns;

namespace AsnCompetency.Application.Evaluation.Import;

/// <summary>
/// Imports participants' scores from a CSV or XLSX file, all or nothing: every failing row is
/// reported with its row number, column and message, and then nothing is written. A score given
/// for a participant, instrument and phase that already has one replaces it, as on the grid.
/// </summary>
/// <param name="Content">The uploaded file.</param>
/// <param name="FileName">Its name; the extension (.csv or .xlsx) tells the format.</param>
/// <param name="DryRun">Check only.</param>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin, UserRole.Assessor)]
public sealed record ImportScoresCommand(Stream Content, string FileName, bool DryRun) : ICommand<ScoreImportResultDto>;

/// <summary>The result of a score import that had no errors.</summary>
/// <param name="DryRun">True when nothing was written: the counts say what would have happened.</param>
/// <param name="RowCount">Data rows read (empty rows are not counted).</param>
/// <param name="AddedCount">Scores recorded where there was none.</param>
/// <param name="ReplacedCount">Scores that replaced a recorded value.</param>
/// <param name="SkippedCount">Rows with an empty score cell: nothing recorded for them.</param>
/// <param name="Warnings">Things worth a look that did not stop the import (unknown columns).</param>
public sealed record ScoreImportResultDto(
    bool DryRun, int RowCount, int AddedCount, int ReplacedCount, int SkippedCount, int WarningCount, IReadOnlyList<ImportRowMessage> Warnings);

public sealed class ImportScoresCommandHandler(
    ICurrentUser user,
    ITabularFileReader files,
    IScoreImportStore store,
    IAuditLog audit,
    TimeProvider clock) : ICommandHandler<ImportScoresCommand, ScoreImportResultDto>
{
    public async ValueTask<ScoreImportResultDto> Handle(ImportScoresCommand command, CancellationToken cancellationToken)
    {
        await using var upload = await ImportUpload.OpenAsync(files, command.Content, command.FileName, Columns.Map, cancellationToken);
        var (file, columns, errors, warnings) = (upload.File, upload.Columns, upload.Errors, upload.Warnings);

        var rows = new RowParser(columns, errors);
        var batch = new ScoreImportBatch(
            DataScope.For(user), command.DryRun, upload.Headers, user.UserId, clock.GetUtcNow());
        var outcome = await store.ImportAsync(batch, rows.StageAsync(file, cancellationToken), errors, cancellationToken);
        upload.ThrowIfRejected();

        await ImportAudit.RecordAsync(audit, command.DryRun, "scores", new { rows = rows.RowCount, added = outcome.AddedCount, replaced = outcome.ReplacedCount }, null, cancellationToken);
        return new ScoreImportResultDto(
            command.DryRun, rows.RowCount, outcome.AddedCount, outcome.ReplacedCount, rows.SkippedCount, warnings.Count, warnings.Ordered());
    }

    /// <summary>Turns file rows into staged scores, recording every error of every row.</summary>
    private sealed class RowParser(Dictionary<string, (int Index, string Header)> columns, ImportMessages errors)
        : ImportRowParser<StagedScore>(columns, errors)
    {
        /// <summary>Well beyond any scale (tests go to 1,000) and the largest numeric(9,3) holds.</summary>
        private const decimal LargestScore = 999_999.999m;

        private const int MaxDecimals = 3;

        /// <summary>Phase names and the words Indonesian forms use, compared without case, spaces, dashes or underscores.</summary>
        private static readonly Dictionary<string, ScorePhase> Phases = new(StringComparer.OrdinalIgnoreCase)
        {
            ["pre"] = ScorePhase.Pre,
            ["pretest"] = ScorePhase.Pre,
            ["awal"] = ScorePhase.Pre,
            ["sebelum"] = ScorePhase.Pre,
            ["post"] = ScorePhase.Post,
            ["posttest"] = ScorePhase.Post,
            ["akhir"] = ScorePhase.Post,
            ["sesudah"] = ScorePhase.Post,
            ["followup"] = ScorePhase.FollowUp,
            ["tindaklanjut"] = ScorePhase.FollowUp,
            ["lanjutan"] = ScorePhase.FollowUp,
        };

        public int SkippedCount { get; private set; }

        protected override StagedScore? Parse(TabularRow row)
        {
            string? Cell(string column) => this.Cell(row, column);
            void Fail(string column, string message) => this.Fail(row, column, message);

            var scoreText = Cell(Columns.Score);
            if (scoreText is null)
            {
                SkippedCount++;
                return null;
            }

            var nip = ParseNip(Cell(Columns.Nip), out var nipError);
            if (nipError is not null)
            {
                Fail(Columns.Nip, nipError);
            }

            var sessionCode = Code(Columns.SessionCode, required: true);
            var programCode = Code(Columns.ProgramCode, required: false);
            var agencyCode = Code(Columns.AgencyCode, required: false);
            var instrumentCode = Code(Columns.InstrumentCode, required: true);

            ScorePhase? phase = null;
            if (Cell(Columns.Phase) is not { } phaseText)
            {
                Fail(Columns.Phase, "Required: Pre, Post or FollowUp.");
            }
            else if (Phases.TryGetValue(string.Concat(phaseText.Where(ch => !char.IsWhiteSpace(ch) && ch is not '-' and not '_')), out var parsed))
            {
                phase = parsed;
            }
            else
            {
                Fail(Columns.Phase, $"'{phaseText}' is not a phase: Pre, Post or FollowUp (or pretest, posttest, follow-up; awal, akhir, tindak lanjut).");
            }

            var value = ParseScore(scoreText, out var scoreError);
            if (scoreError is not null)
            {
                Fail(Columns.Score, scoreError);
            }

            if (nip is null || sessionCode is null || instrumentCode is null)
            {
                return null;
            }

            return new StagedScore(row.RowNumber, Guid.CreateVersion7(), nip, sessionCode, programCode, agencyCode, instrumentCode, phase, value);

            string? Code(string column, bool required)
            {
                var code = Limited(row, column, FieldLengths.Code)?.ToUpperInvariant();
                if (code is null && required)
                {
                    Fail(column, "Required.");
                }

                return code is { Length: > FieldLengths.Code } ? null : code;
            }
        }

        /// <summary>
        /// A number with '.' or ',' as the decimal mark (spreadsheets in Indonesian write a comma);
        /// thousands separators are refused rather than guessed at.
        /// </summary>
        private static decimal? ParseScore(string text, out string? error)
        {
            error = null;
            var normalised = text.Contains(',') && !text.Contains('.') ? text.Replace(',', '.') : text;
            if (!decimal.TryParse(normalised, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                error = $"'{text}' is not a number such as 78.5 or 78,5.";
                return null;
            }

            if (Math.Abs(value) > LargestScore)
            {
                error = $"{text} is far outside any instrument's scale.";
                return null;
            }

            if (value.Scale > MaxDecimals && value != Math.Round(value, MaxDecimals))
            {
                error = $"{text} has more than {MaxDecimals} decimals.";
                return null;
            }

            return value;
        }
    }
}
