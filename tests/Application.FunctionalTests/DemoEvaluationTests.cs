using AsnCompetency.Application.Evaluation;
using AsnCompetency.Domain.Training;
using AsnCompetency.Infrastructure.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AsnCompetency.Application.FunctionalTests;

/// <summary>
/// The demo evaluation data: every completed session has scores that the evaluation pairs, a
/// reaction questionnaire with answers, and LAMSEL has IKM surveys before and after a training;
/// seeding twice adds nothing.
/// </summary>
public sealed class DemoEvaluationTests : FunctionalTestBase
{
    [Test]
    public async Task Seed_CompletedSessions_HaveEvaluationsReactionsAndSurveysOnce()
    {
        await SeedDemoAsync();
        var counts = await CountsAsync();

        var completed = await QueryDatabaseAsync(db => db.TrainingSessions.Where(s => s.Status == SessionStatus.Completed).Select(s => s.Id).ToListAsync());
        completed.ShouldNotBeEmpty();
        (await QueryDatabaseAsync(db => db.ReactionQuestionnaires.CountAsync())).ShouldBe(completed.Count);
        counts.Responses.ShouldBeGreaterThan(completed.Count);
        counts.Surveys.ShouldBe(4);

        await SignInAsAsync("sysadmin");
        var evaluation = await SendAsync(new GetSessionEvaluationQuery(completed[0]));
        var test = evaluation.Instruments.Single(i => i.Instrument.Code == "TEST").PrePost;
        test.PairedCount.ShouldBeGreaterThan(5);
        test.T.ShouldNotBeNull();
        test.MeanIndividualGain!.Value.ShouldBeInRange(0.0, 1.0);

        await SeedDemoAsync();

        (await CountsAsync()).ShouldBe(counts);
    }

    private static async Task SeedDemoAsync()
    {
        await using var scope = Environment.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(includeOrganisation: true, CancellationToken.None);
    }

    private static Task<(int Instruments, int Scores, int Responses, int Surveys)> CountsAsync() =>
        QueryDatabaseAsync(async db => (
            await db.ScoreInstruments.CountAsync(),
            await db.Scores.CountAsync(),
            await db.ReactionResponses.CountAsync(),
            await db.SatisfactionSurveys.CountAsync()));
}
