using System.Reflection;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Assessments;
using AsnCompetency.Domain.Auditing;
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

namespace AsnCompetency.Infrastructure.Persistence;

/// <summary>
/// The database. Scope rules live here, as query filters, so no handler can forget them: every
/// query sees only the rows the current user's role and agency allow.
/// </summary>
public sealed class ApplicationDbContext(DbContextOptions<ApplicationDbContext> options, ICurrentUser currentUser)
    : DbContext(options), IApplicationDbContext
{
    private DataScope? _scope;

    public DbSet<Agency> Agencies => Set<Agency>();

    public DbSet<UserAccount> Users => Set<UserAccount>();

    public DbSet<CompetencyFramework> CompetencyFrameworks => Set<CompetencyFramework>();

    public DbSet<Competency> Competencies => Set<Competency>();

    public DbSet<OrganisationUnit> Units => Set<OrganisationUnit>();

    public DbSet<Position> Positions => Set<Position>();

    public DbSet<PositionStandard> PositionStandards => Set<PositionStandard>();

    public DbSet<StandardDefault> StandardDefaults => Set<StandardDefault>();

    public DbSet<Grade> Grades => Set<Grade>();

    public DbSet<Employee> Employees => Set<Employee>();

    public DbSet<PositionAssignment> PositionAssignments => Set<PositionAssignment>();

    public DbSet<Assessment> Assessments => Set<Assessment>();

    public DbSet<TnaSettings> TnaSettings => Set<TnaSettings>();

    public DbSet<TrainingProgram> TrainingPrograms => Set<TrainingProgram>();

    public DbSet<TrainingProgramTarget> TrainingProgramTargets => Set<TrainingProgramTarget>();

    public DbSet<DevelopmentPlan> DevelopmentPlans => Set<DevelopmentPlan>();

    public DbSet<DevelopmentPlanItem> DevelopmentPlanItems => Set<DevelopmentPlanItem>();

    public DbSet<DevelopmentPlanEvent> DevelopmentPlanEvents => Set<DevelopmentPlanEvent>();

    public DbSet<TrainingSession> TrainingSessions => Set<TrainingSession>();

    public DbSet<Enrollment> Enrollments => Set<Enrollment>();

    public DbSet<AttendanceRecord> Attendance => Set<AttendanceRecord>();

    public DbSet<FollowUpActivity> FollowUps => Set<FollowUpActivity>();

    public DbSet<LearningRecord> LearningRecords => Set<LearningRecord>();

    public DbSet<ScoreInstrument> ScoreInstruments => Set<ScoreInstrument>();

    public DbSet<ParticipantScore> Scores => Set<ParticipantScore>();

    public DbSet<SatisfactionSurvey> SatisfactionSurveys => Set<SatisfactionSurvey>();

    public DbSet<ReactionQuestionnaire> ReactionQuestionnaires => Set<ReactionQuestionnaire>();

    public DbSet<ReactionResponse> ReactionResponses => Set<ReactionResponse>();

    public DbSet<Domain.Privacy.CorrectionRequest> CorrectionRequests => Set<Domain.Privacy.CorrectionRequest>();

    public DbSet<ApiClient> ApiClients => Set<ApiClient>();

    /// <summary>The audit log: written through <see cref="AuditLog"/>, never through handlers' sets.</summary>
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    // Query filters read these per query, so one model serves every user.
    internal bool ScopeCoversAllAgencies => Scope.AllAgencies;

    internal Guid? ScopeAgencyId => Scope.AgencyId;

    internal bool ScopeIncludesDrafts => Scope.IncludesDrafts;

    internal bool ScopeOwnRecordOnly => Scope.OwnRecordOnly;

    internal Guid? ScopeEmployeeId => Scope.EmployeeId;

    private DataScope Scope => _scope ??= DataScope.For(currentUser);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(Assembly.GetExecutingAssembly());

        // National frameworks are visible to all; an agency's only to that agency. Drafts only to
        // those who can work on them (admins and analysts of the owner, national staff).
        modelBuilder.Entity<CompetencyFramework>().HasQueryFilter(f =>
            (ScopeCoversAllAgencies || f.OwnerAgencyId == null || f.OwnerAgencyId == ScopeAgencyId)
            && (f.Status != FrameworkStatus.Draft
                || (ScopeIncludesDrafts && (ScopeCoversAllAgencies || f.OwnerAgencyId == ScopeAgencyId))));

        // A competency is visible exactly when its framework is.
        modelBuilder.Entity<Competency>().HasQueryFilter(c => CompetencyFrameworks.Any(f => f.Id == c.FrameworkId));

        // Organisation data belongs to one agency.
        modelBuilder.Entity<Agency>().HasQueryFilter(a => ScopeCoversAllAgencies || a.Id == ScopeAgencyId);
        modelBuilder.Entity<OrganisationUnit>().HasQueryFilter(u => ScopeCoversAllAgencies || u.AgencyId == ScopeAgencyId);
        modelBuilder.Entity<Position>().HasQueryFilter(p => ScopeCoversAllAgencies || p.AgencyId == ScopeAgencyId);
        modelBuilder.Entity<PositionStandard>().HasQueryFilter(s => Positions.Any(p => p.Id == s.PositionId));
        modelBuilder.Entity<StandardDefault>().HasQueryFilter(d => ScopeCoversAllAgencies || d.AgencyId == null || d.AgencyId == ScopeAgencyId);

        // Employees: their agency's staff see them; an employee sees only their own record.
        modelBuilder.Entity<Employee>().HasQueryFilter(e =>
            (ScopeCoversAllAgencies || e.AgencyId == ScopeAgencyId) && (!ScopeOwnRecordOnly || e.Id == ScopeEmployeeId));
        modelBuilder.Entity<PositionAssignment>().HasQueryFilter(a => Employees.Any(e => e.Id == a.EmployeeId));

        // Assessments follow their employee; the agency is on the row so the filter needs no join.
        modelBuilder.Entity<Assessment>().HasQueryFilter(a =>
            (ScopeCoversAllAgencies || a.AgencyId == ScopeAgencyId) && (!ScopeOwnRecordOnly || a.EmployeeId == ScopeEmployeeId));

        // National settings and programmes serve every agency; an agency's own only that agency.
        modelBuilder.Entity<TnaSettings>().HasQueryFilter(s => ScopeCoversAllAgencies || s.AgencyId == null || s.AgencyId == ScopeAgencyId);
        modelBuilder.Entity<TrainingProgram>().HasQueryFilter(p => ScopeCoversAllAgencies || p.AgencyId == null || p.AgencyId == ScopeAgencyId);
        modelBuilder.Entity<TrainingProgramTarget>().HasQueryFilter(t => TrainingPrograms.Any(p => p.Id == t.ProgramId));

        // Plans are the agency's internal work: its staff see them, an Employee user does not.
        modelBuilder.Entity<DevelopmentPlan>().HasQueryFilter(p => (ScopeCoversAllAgencies || p.AgencyId == ScopeAgencyId) && !ScopeOwnRecordOnly);
        modelBuilder.Entity<DevelopmentPlanItem>().HasQueryFilter(i => DevelopmentPlans.Any(p => p.Id == i.PlanId));
        modelBuilder.Entity<DevelopmentPlanEvent>().HasQueryFilter(e => DevelopmentPlans.Any(p => p.Id == e.PlanId));

        // Sessions are offered like programmes: national ones to all, an agency's to that agency.
        modelBuilder.Entity<TrainingSession>().HasQueryFilter(s => ScopeCoversAllAgencies || s.AgencyId == null || s.AgencyId == ScopeAgencyId);

        // Enrolments and the JP ledger are personal: they follow the employee (agency on the row).
        modelBuilder.Entity<Enrollment>().HasQueryFilter(e =>
            (ScopeCoversAllAgencies || e.AgencyId == ScopeAgencyId) && (!ScopeOwnRecordOnly || e.EmployeeId == ScopeEmployeeId));
        modelBuilder.Entity<AttendanceRecord>().HasQueryFilter(a => Enrollments.Any(e => e.Id == a.EnrollmentId));
        modelBuilder.Entity<FollowUpActivity>().HasQueryFilter(f => Enrollments.Any(e => e.Id == f.EnrollmentId));
        modelBuilder.Entity<LearningRecord>().HasQueryFilter(r =>
            (ScopeCoversAllAgencies || r.AgencyId == ScopeAgencyId) && (!ScopeOwnRecordOnly || r.EmployeeId == ScopeEmployeeId));

        // Instruments belong to their session; scores are personal and follow their enrolment.
        modelBuilder.Entity<ScoreInstrument>().HasQueryFilter(i => TrainingSessions.Any(s => s.Id == i.SessionId));
        modelBuilder.Entity<ParticipantScore>().HasQueryFilter(s => Enrollments.Any(e => e.Id == s.EnrollmentId));
        modelBuilder.Entity<SatisfactionSurvey>().HasQueryFilter(s => ScopeCoversAllAgencies || s.AgencyId == ScopeAgencyId);

        // A questionnaire belongs to its session; each answer to the respondent's agency, and an
        // Employee sees only their own (through their enrolment).
        // Correction requests are personal: the agency's staff see its own, an employee only theirs.
        modelBuilder.Entity<Domain.Privacy.CorrectionRequest>().HasQueryFilter(r =>
            (ScopeCoversAllAgencies || r.AgencyId == ScopeAgencyId) && (!ScopeOwnRecordOnly || r.EmployeeId == ScopeEmployeeId));

        // The audit log: an agency's admins read what their users did and what was done to their data.
        modelBuilder.Entity<AuditEvent>().HasQueryFilter(e => ScopeCoversAllAgencies || e.AgencyId == ScopeAgencyId || e.SubjectAgencyId == ScopeAgencyId);

        modelBuilder.Entity<ReactionQuestionnaire>().HasQueryFilter(q => TrainingSessions.Any(s => s.Id == q.SessionId));
        modelBuilder.Entity<ReactionResponse>().HasQueryFilter(r =>
            (ScopeCoversAllAgencies || r.AgencyId == ScopeAgencyId) && (!ScopeOwnRecordOnly || Enrollments.Any(e => e.Id == r.EnrollmentId)));
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL and stable when members are reordered.
        configurationBuilder.Properties<FrameworkStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<CompetencyItemType>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<CompetencyGroupKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<UserRole>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<Domain.Privacy.CorrectionTopic>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<Domain.Privacy.CorrectionStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<AgencyKind>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<UnitKind>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<PositionType>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<Eselon>().HaveConversion<string>().HaveMaxLength(5);
        configurationBuilder.Properties<EmployeeType>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<Gender>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<AssessmentMethod>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<CurrentLevelRule>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<JpmVariant>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<PlanStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<PlanItemSource>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<PlanEventKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<DevelopmentForm>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<DeliveryMode>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<JpSource>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<SessionStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<EnrollmentStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<FollowUpKind>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<LearningSource>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<InstrumentKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<ScorePhase>().HaveConversion<string>().HaveMaxLength(10);
    }
}
