using AsnCompetency.Application.Common.Concurrency;
using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Application.Training;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Evaluation;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Domain.Training;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Evaluation;

/// <summary>
/// Sets a session's reaction questionnaire (Kirkpatrick level 1): the Likert scale and the
/// statements; without statements, the usual ones (see ReactionQuestionnaire.DefaultItems).
/// Creates it, or changes it while nobody has answered yet.
/// </summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record ConfigureReactionQuestionnaireCommand : ICommand<ReactionQuestionnaireDto>
{
    /// <summary>Points of the Likert scale (3–10, default 4: sangat tidak setuju … sangat setuju).</summary>
    public int ScalePoints { get; init; } = ReactionQuestionnaire.DefaultScalePoints;

    /// <summary>The statements, in order; empty or absent for the usual ones.</summary>
    public IReadOnlyList<ReactionItemDto>? Items { get; init; }

    internal Guid SessionId { get; init; }

    internal string? IfMatch { get; init; }

    public ConfigureReactionQuestionnaireCommand For(Guid sessionId, string? ifMatch) => this with { SessionId = sessionId, IfMatch = ifMatch };
}

/// <summary>
/// Records one respondent's answers. A participant (Employee) answers for themselves, once; the
/// session's organisers (admins and assessors of its agency) type in paper forms, anonymously.
/// </summary>
[Authorize]
public sealed record SubmitReactionResponseCommand : ICommand<ReactionResponseReceiptDto>
{
    /// <summary>One answer per statement, in order: 1 to the scale's points, or null for one skipped.</summary>
    public IReadOnlyList<int?> Answers { get; init; } = [];

    public string? Comment { get; init; }

    internal Guid SessionId { get; init; }

    public SubmitReactionResponseCommand For(Guid sessionId) => this with { SessionId = sessionId };
}

/// <summary>
/// The session's questionnaire, and for its organisers and analysts the results: per statement
/// the number of answers, mean, SD and distribution; the overall mean; the response rate.
/// A participant gets the questionnaire and whether they have answered.
/// </summary>
[Authorize]
public sealed record GetReactionQuery(Guid SessionId) : IQuery<ReactionDto>;

public sealed class ConfigureReactionQuestionnaireCommandValidator : AbstractValidator<ConfigureReactionQuestionnaireCommand>
{
    public ConfigureReactionQuestionnaireCommandValidator()
    {
        RuleFor(c => c.ScalePoints).InclusiveBetween(ReactionQuestionnaire.MinScalePoints, ReactionQuestionnaire.MaxScalePoints);
        RuleFor(c => c.Items).Must(items => items is null || items.Count <= ReactionQuestionnaire.MaxItems)
            .WithMessage($"'items' must hold at most {ReactionQuestionnaire.MaxItems} statements.");
        RuleForEach(c => c.Items).NotNull().ChildRules(item =>
        {
            item.RuleFor(i => i.Text).NotEmpty().MaximumLength(ReactionQuestionnaire.MaxItemLength);
            item.RuleFor(i => i.Category).MaximumLength(FieldLengths.Name);
        });
    }
}

public sealed class SubmitReactionResponseCommandValidator : AbstractValidator<SubmitReactionResponseCommand>
{
    public SubmitReactionResponseCommandValidator()
    {
        RuleFor(c => c.Answers).NotNull().NotEmpty()
            .Must(a => a is null || a.Count <= ReactionQuestionnaire.MaxItems).WithMessage($"'answers' must hold at most {ReactionQuestionnaire.MaxItems} answers.");
        RuleFor(c => c.Comment).MaximumLength(ReactionResponse.MaxCommentLength);
    }
}

public sealed class ReactionHandlers(IApplicationDbContext db, ICurrentUser user, IRowLocks locks, TimeProvider clock) :
    ICommandHandler<ConfigureReactionQuestionnaireCommand, ReactionQuestionnaireDto>,
    ICommandHandler<SubmitReactionResponseCommand, ReactionResponseReceiptDto>,
    IQueryHandler<GetReactionQuery, ReactionDto>
{
    /// <summary>Roles that see the answers (anonymised) and not only the questions.</summary>
    private static readonly UserRole[] ResultReaders = [UserRole.SystemAdmin, UserRole.AgencyAdmin, UserRole.Analyst, UserRole.Assessor];

    public async ValueTask<ReactionQuestionnaireDto> Handle(ConfigureReactionQuestionnaireCommand command, CancellationToken cancellationToken)
    {
        var session = await SessionAsync(command.SessionId, cancellationToken);
        AccessPolicy.EnsureCanMaintain(user, session.AgencyId, "this training session's reaction questionnaire");

        // Changes and answers of one session take turns, so no answer slips in under a changed scale.
        await locks.LockSessionAsync(session.Id, cancellationToken);
        var items = command.Items?.Select(i => new ReactionItem(i.Text, i.Category)).ToList();
        var questionnaire = await db.ReactionQuestionnaires.FirstOrDefaultAsync(q => q.SessionId == session.Id, cancellationToken);
        if (questionnaire is null)
        {
            questionnaire = ReactionQuestionnaire.Create(session.Id, command.ScalePoints, items);
            db.ReactionQuestionnaires.Add(questionnaire);
        }
        else
        {
            EntityTag.EnsureMatches(questionnaire, command.IfMatch, $"The reaction questionnaire of session {session.Code}");

            // Every response counts here, also those of other agencies' participants the caller cannot see.
            var answered = await db.ReactionResponses.IgnoreQueryFilters().AnyAsync(r => r.QuestionnaireId == questionnaire.Id, cancellationToken);
            questionnaire.Configure(command.ScalePoints, items, answered);
        }

        await db.SaveChangesAsync(cancellationToken);
        return ToDto(questionnaire);
    }

    public async ValueTask<ReactionResponseReceiptDto> Handle(SubmitReactionResponseCommand command, CancellationToken cancellationToken)
    {
        var session = await SessionAsync(command.SessionId, cancellationToken);
        await locks.LockSessionAsync(session.Id, cancellationToken);
        var questionnaire = await db.ReactionQuestionnaires.AsNoTracking().FirstOrDefaultAsync(q => q.SessionId == session.Id, cancellationToken)
            ?? throw new BusinessRuleException($"Session {session.Code} has no reaction questionnaire yet.");

        // Begun: started, completed, or open with its first day reached (not every organiser marks the start).
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var begun = session.Status is SessionStatus.Running or SessionStatus.Completed || (session.Status == SessionStatus.Open && session.StartDate <= today);
        if (!begun)
        {
            throw new BusinessRuleException($"Session {session.Code} has not begun ({session.Status}, first day {session.StartDate:yyyy-MM-dd}): its participants answer the questionnaire once the training has begun.");
        }

        Guid? enrollmentId = null;
        Guid? agencyId = session.AgencyId;
        if (user.Role == UserRole.Employee)
        {
            // The Employee scope shows only the caller's own enrolments.
            var enrollment = await db.Enrollments.AsNoTracking()
                .Where(e => e.SessionId == session.Id && Enrollment.PlaceHoldingStatuses.Contains(e.Status))
                .Select(e => new { e.Id, e.AgencyId })
                .FirstOrDefaultAsync(cancellationToken)
                ?? throw new ForbiddenAccessException($"Only participants of session {session.Code} answer its questionnaire.");
            if (await db.ReactionResponses.AnyAsync(r => r.QuestionnaireId == questionnaire.Id && r.EnrollmentId == enrollment.Id, cancellationToken))
            {
                throw new BusinessRuleException("You have already answered this questionnaire.");
            }

            (enrollmentId, agencyId) = (enrollment.Id, enrollment.AgencyId);
        }
        else if (user.Role is not (UserRole.SystemAdmin or UserRole.AgencyAdmin or UserRole.Assessor)
                 || (user.Role != UserRole.SystemAdmin && user.AgencyId != session.AgencyId))
        {
            throw new ForbiddenAccessException($"Paper forms of session {session.Code} are typed in by its organisers: the admins and assessors of its agency.");
        }

        var response = new ReactionResponse(questionnaire, enrollmentId, agencyId, command.Answers, command.Comment, clock.GetUtcNow(), user.UserId);
        db.ReactionResponses.Add(response);
        await db.SaveChangesAsync(cancellationToken);
        return new ReactionResponseReceiptDto(response.Id, response.SubmittedAt);
    }

    public async ValueTask<ReactionDto> Handle(GetReactionQuery query, CancellationToken cancellationToken)
    {
        var session = await SessionAsync(query.SessionId, cancellationToken);
        var questionnaire = await db.ReactionQuestionnaires.AsNoTracking().FirstOrDefaultAsync(q => q.SessionId == session.Id, cancellationToken);
        if (questionnaire is null)
        {
            return new ReactionDto(session.Id, null, null, null);
        }

        // Responses follow the respondents' scope: an agency sees its own participants' answers
        // (and its paper forms); an Employee only whether they have answered.
        var answers = await db.ReactionResponses.AsNoTracking()
            .Where(r => r.QuestionnaireId == questionnaire.Id)
            .Select(r => new { r.Answers, r.Comment })
            .ToListAsync(cancellationToken);
        if (user.Role is { } role && !user.IsSystem && !ResultReaders.Contains(role))
        {
            return new ReactionDto(session.Id, ToDto(questionnaire), answers.Count > 0, null);
        }

        var participants = await db.Enrollments.CountAsync(e => e.SessionId == session.Id && Enrollment.PlaceHoldingStatuses.Contains(e.Status), cancellationToken);
        var results = ReactionResults.Of(questionnaire, [.. answers.Select(a => a.Answers)], participants, [.. answers.Select(a => a.Comment).OfType<string>()]);
        return new ReactionDto(session.Id, ToDto(questionnaire), null, results);
    }

    private async Task<TrainingSession> SessionAsync(Guid sessionId, CancellationToken cancellationToken) =>
        await db.TrainingSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken)
        ?? throw new NotFoundException(TrainingQueries.SessionResource, sessionId);

    private static ReactionQuestionnaireDto ToDto(ReactionQuestionnaire q) =>
        new(q.Id, q.SessionId, q.ScalePoints, [.. q.Items.Select(i => new ReactionItemDto(i.Text, i.Category))], EntityTag.Format(q.RowVersion));
}

/// <summary>The per-statement and overall figures of a questionnaire's answers.</summary>
public static class ReactionResults
{
    public static ReactionResultsDto Of(ReactionQuestionnaire questionnaire, IReadOnlyList<int?[]> responses, int participants, IReadOnlyList<string> comments)
    {
        var items = questionnaire.Items.Select((item, index) =>
        {
            var given = responses.Where(r => index < r.Length && r[index] is not null).Select(r => (double)r[index]!.Value).ToList();
            var distribution = Enumerable.Range(1, questionnaire.ScalePoints).Select(point => given.Count(a => a == point)).ToList();
            double? mean = given.Count > 0 ? given.Average() : null;
            double? sd = given.Count > 1 ? Math.Sqrt(given.Sum(a => (a - mean!.Value) * (a - mean.Value)) / (given.Count - 1)) : null;
            return new ReactionItemResultDto(index + 1, item.Text, item.Category, given.Count, mean, sd, distribution);
        }).ToList();

        // Every statement weighs the same, as the element averages do in the IKM.
        var means = items.Where(i => i.Mean is not null).Select(i => i.Mean!.Value).ToList();
        double? overall = means.Count > 0 ? means.Average() : null;
        return new ReactionResultsDto(
            responses.Count,
            participants,
            participants > 0 ? (double)responses.Count / participants : null,
            overall,
            overall is { } o ? (o - 1) / (questionnaire.ScalePoints - 1) * 100 : null,
            items,
            comments);
    }
}
