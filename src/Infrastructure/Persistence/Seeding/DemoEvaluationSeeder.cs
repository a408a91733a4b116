using AsnCompetency.Domain.Evaluation;
using AsnCompetency.Domain.Training;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AsnCompetency.Infrastructure.Persistence.Seeding;

/// <summary>
/// Demo evaluation of the completed demo sessions: a 0–100 knowledge test and the level of the
/// programme's first targeted competency, pre and post (and follow-up for the older sessions),
/// with gains that differ from session to session; a reaction questionnaire answered by most
/// participants; and IKM surveys of the units whose staff took the LAMSEL service-excellence
/// training, before and after it. Drawn from a fixed seed.
/// </summary>
public sealed class DemoEvaluationSeeder(ApplicationDbContext db, TimeProvider clock, ILogger<DemoEvaluationSeeder> logger)
{
    private const int Seed = 6_2026;
    private const decimal TestMaximum = 100m;

    /// <summary>Sessions older than this many days have follow-up scores (Kirkpatrick level 3 comes months later).</summary>
    private const int FollowUpAfterDays = 120;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.ScoreInstruments.IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            return;
        }

        var random = new Random(Seed);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var sessions = await db.TrainingSessions.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.Status == SessionStatus.Completed)
            .OrderBy(s => s.StartDate).ThenBy(s => s.Code)
            .ToListAsync(cancellationToken);
        var scoreCount = 0;
        var responseCount = 0;
        foreach (var session in sessions)
        {
            var participants = await db.Enrollments.IgnoreQueryFilters().AsNoTracking()
                .Where(e => e.SessionId == session.Id && Enrollment.PlaceHoldingStatuses.Contains(e.Status))
                .OrderBy(e => e.QueueNumber)
                .Select(e => new { e.Id, e.AgencyId })
                .ToListAsync(cancellationToken);
            if (participants.Count == 0)
            {
                continue;
            }

            var followUp = session.EndDate.AddDays(FollowUpAfterDays) < today;
            var test = ScoreInstrument.Test(session.Id, "TEST", "Tes pengetahuan (pre-test dan post-test)", TestMaximum);
            db.ScoreInstruments.Add(test);
            var level = await LevelInstrumentAsync(session, cancellationToken);

            // Each session has its own typical gain, so the evaluations differ.
            var sessionGain = 0.2 + (random.NextDouble() * 0.5);
            foreach (var participant in participants)
            {
                var pre = Math.Clamp(Math.Round(55 + (Normal(random) * 12)), 10, 95);
                db.Scores.Add(new ParticipantScore(test, participant.Id, ScorePhase.Pre, (decimal)pre, now, null));
                scoreCount++;
                if (random.Next(20) > 0)
                {
                    var gain = Math.Clamp(sessionGain + (Normal(random) * 0.15), -0.1, 1);
                    var post = Math.Clamp(Math.Round(pre + (gain * (100 - pre))), 0, 100);
                    db.Scores.Add(new ParticipantScore(test, participant.Id, ScorePhase.Post, (decimal)post, now, null));
                    scoreCount++;
                }

                if (level is not null)
                {
                    var preLevel = random.Next(1, Math.Min(4, (int)level.MaxScore + 1));
                    var postLevel = Math.Min(preLevel + (random.NextDouble() < sessionGain + 0.2 ? 1 : 0), (int)level.MaxScore);
                    db.Scores.Add(new ParticipantScore(level, participant.Id, ScorePhase.Pre, preLevel, now, null));
                    db.Scores.Add(new ParticipantScore(level, participant.Id, ScorePhase.Post, postLevel, now, null));
                    scoreCount += 2;
                    if (followUp)
                    {
                        var held = random.Next(5) == 0 ? preLevel : postLevel;
                        db.Scores.Add(new ParticipantScore(level, participant.Id, ScorePhase.FollowUp, held, now, null));
                        scoreCount++;
                    }
                }
            }

            responseCount += Reaction(session, [.. participants.Select(p => (p.Id, p.AgencyId))], random, now);
        }

        var surveys = await SatisfactionSurveysAsync(random, today, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation(
            "Seeded demo evaluation: {Scores} scores in {Sessions} sessions, {Responses} reaction responses, {Surveys} IKM surveys",
            scoreCount,
            sessions.Count,
            responseCount,
            surveys);
    }

    /// <summary>Standard normal by Box–Muller.</summary>
    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>The level of the programme's first targeted competency, when it targets one.</summary>
    private async Task<ScoreInstrument?> LevelInstrumentAsync(TrainingSession session, CancellationToken cancellationToken)
    {
        var target = await db.TrainingProgramTargets.IgnoreQueryFilters().AsNoTracking()
            .Where(t => t.ProgramId == session.ProgramId)
            .Join(db.Competencies.IgnoreQueryFilters(), t => t.CompetencyId, c => c.Id, (t, c) => new { c.Id, c.Code, c.Name, c.FrameworkId })
            .OrderBy(c => c.Code)
            .FirstOrDefaultAsync(cancellationToken);
        if (target is null)
        {
            return null;
        }

        var framework = await db.CompetencyFrameworks.IgnoreQueryFilters().AsNoTracking().FirstAsync(f => f.Id == target.FrameworkId, cancellationToken);
        var instrument = ScoreInstrument.Level(session.Id, target.Code, $"Tingkat kompetensi: {target.Name}", target.Id, framework.LevelCount);
        db.ScoreInstruments.Add(instrument);
        return instrument;
    }

    /// <summary>The usual questionnaire, answered by about five in six participants, mostly agreeing.</summary>
    private int Reaction(TrainingSession session, IReadOnlyList<(Guid EnrollmentId, Guid AgencyId)> participants, Random random, DateTimeOffset now)
    {
        var questionnaire = ReactionQuestionnaire.Create(session.Id, ReactionQuestionnaire.DefaultScalePoints, null);
        db.ReactionQuestionnaires.Add(questionnaire);
        var count = 0;
        foreach (var (enrollmentId, agencyId) in participants.Where(_ => random.Next(6) > 0))
        {
            int?[] answers = [.. questionnaire.Items.Select(_ => (int?)(random.Next(10) switch { 0 => 2, < 5 => 3, _ => 4 }))];
            var comment = random.Next(8) == 0 ? "Waktu praktik perlu ditambah." : null;
            db.ReactionResponses.Add(new ReactionResponse(questionnaire, enrollmentId, agencyId, answers, comment, now, null));
            count++;
        }

        return count;
    }

    /// <summary>
    /// The two units with the most participants in LAMSEL's PELAYANAN-PRIMA session: a survey in the
    /// year before the training and one since, the second somewhat better.
    /// </summary>
    private async Task<int> SatisfactionSurveysAsync(Random random, DateOnly today, CancellationToken cancellationToken)
    {
        var session = await db.TrainingSessions.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.Status == SessionStatus.Completed && s.AgencyId != null
                        && db.TrainingPrograms.IgnoreQueryFilters().Any(p => p.Id == s.ProgramId && p.Code == "PELAYANAN-PRIMA")
                        && db.Agencies.IgnoreQueryFilters().Any(a => a.Id == s.AgencyId && a.Code == "LAMSEL"))
            .FirstOrDefaultAsync(cancellationToken);
        if (session is null || session.EndDate.AddDays(30) >= today)
        {
            return 0;
        }

        var units = await db.Enrollments.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.SessionId == session.Id)
            .Join(db.Employees.IgnoreQueryFilters(), e => e.EmployeeId, p => p.Id, (e, p) => p.UnitId)
            .Where(u => u != null)
            .GroupBy(u => u)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => g.Key!.Value)
            .Take(2)
            .ToListAsync(cancellationToken);
        foreach (var unitId in units)
        {
            var before = (Start: session.StartDate.AddDays(-180), End: session.StartDate.AddDays(-1));
            var after = (Start: session.EndDate.AddDays(1), End: today.AddDays(-1));
            db.SatisfactionSurveys.Add(SatisfactionSurvey.FromResponses(
                session.AgencyId!.Value, unitId, "Survei Kepuasan Masyarakat semester sebelum pelatihan", before.Start, before.End, Answers(random, 120, lift: 0)));
            db.SatisfactionSurveys.Add(SatisfactionSurvey.FromResponses(
                session.AgencyId!.Value, unitId, "Survei Kepuasan Masyarakat sesudah pelatihan", after.Start, after.End, Answers(random, 120, lift: 2)));
        }

        return units.Count * 2;
    }

    /// <summary>Nine answers 1–4 per respondent; a higher lift moves answers up.</summary>
    private static IReadOnlyList<IReadOnlyList<int?>> Answers(Random random, int respondents, int lift) =>
        [.. Enumerable.Range(0, respondents).Select(_ => (IReadOnlyList<int?>)[.. Enumerable.Range(0, SatisfactionSurvey.ElementCount)
            .Select(_ => (int?)((random.Next(10) + lift) switch { < 1 => 1, < 4 => 2, < 9 => 3, _ => 4 }))])];
}
