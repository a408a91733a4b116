using AsnCompetency.Domain.Assessments;
using AsnCompetency.Domain.Employees;
using AsnCompetency.Domain.Evaluation;
using AsnCompetency.Domain.Frameworks;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Domain.Organisation;
using AsnCompetency.Domain.Planning;
using AsnCompetency.Domain.Positions;
using AsnCompetency.Domain.Tna;
using AsnCompetency.Domain.Training;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace AsnCompetency.Application.Common.Interfaces;

/// <summary>
/// The database as handlers see it. Every set is already limited to what the current user may
/// see (the scope filters live in one place, the DbContext); handlers add no scope conditions.
/// </summary>
public interface IApplicationDbContext
{
    DbSet<Agency> Agencies { get; }

    DbSet<UserAccount> Users { get; }

    DbSet<CompetencyFramework> CompetencyFrameworks { get; }

    DbSet<Competency> Competencies { get; }

    DbSet<OrganisationUnit> Units { get; }

    DbSet<Position> Positions { get; }

    DbSet<PositionStandard> PositionStandards { get; }

    DbSet<StandardDefault> StandardDefaults { get; }

    DbSet<Grade> Grades { get; }

    DbSet<Employee> Employees { get; }

    DbSet<PositionAssignment> PositionAssignments { get; }

    DbSet<Assessment> Assessments { get; }

    DbSet<TnaSettings> TnaSettings { get; }

    DbSet<TrainingProgram> TrainingPrograms { get; }

    DbSet<TrainingProgramTarget> TrainingProgramTargets { get; }

    DbSet<DevelopmentPlan> DevelopmentPlans { get; }

    DbSet<DevelopmentPlanItem> DevelopmentPlanItems { get; }

    DbSet<DevelopmentPlanEvent> DevelopmentPlanEvents { get; }

    DbSet<TrainingSession> TrainingSessions { get; }

    DbSet<Enrollment> Enrollments { get; }

    DbSet<AttendanceRecord> Attendance { get; }

    DbSet<FollowUpActivity> FollowUps { get; }

    DbSet<LearningRecord> LearningRecords { get; }

    DbSet<ScoreInstrument> ScoreInstruments { get; }

    DbSet<ParticipantScore> Scores { get; }

    DbSet<SatisfactionSurvey> SatisfactionSurveys { get; }

    DbSet<ReactionQuestionnaire> ReactionQuestionnaires { get; }

    DbSet<ReactionResponse> ReactionResponses { get; }

    DbSet<Domain.Auditing.AuditEvent> AuditEvents { get; }

    DbSet<Domain.Privacy.CorrectionRequest> CorrectionRequests { get; }

    DbSet<ApiClient> ApiClients { get; }

    EntityEntry<TEntity> Entry<TEntity>(TEntity entity)
        where TEntity : class;

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
