using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Evaluation;
using AsnCompetency.Domain.Frameworks;
using AsnCompetency.Domain.Training;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsnCompetency.Infrastructure.Persistence.Configurations;

public sealed class ScoreInstrumentConfiguration : IEntityTypeConfiguration<ScoreInstrument>
{
    public void Configure(EntityTypeBuilder<ScoreInstrument> builder)
    {
        builder.ToTable("score_instruments");
        builder.ConfigureAuditAndVersion();
        builder.Property(i => i.Code).HasMaxLength(FieldLengths.Code).IsRequired();
        builder.Property(i => i.Name).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(i => i.MinScore).HasPrecision(9, 3);
        builder.Property(i => i.MaxScore).HasPrecision(9, 3);
        builder.HasIndex(i => new { i.SessionId, i.Code }).IsUnique();
        builder.HasOne<TrainingSession>().WithMany().HasForeignKey(i => i.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Competency>().WithMany().HasForeignKey(i => i.CompetencyId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class SatisfactionSurveyConfiguration : IEntityTypeConfiguration<SatisfactionSurvey>
{
    public void Configure(EntityTypeBuilder<SatisfactionSurvey> builder)
    {
        builder.ToTable("satisfaction_surveys");
        builder.ConfigureAuditAndVersion();
        builder.Property(s => s.Title).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(s => s.ElementAverages).HasColumnType("numeric[]").IsRequired();
        builder.Ignore(s => s.Index);
        builder.Ignore(s => s.UnitIndex);
        builder.Ignore(s => s.Grade);
        builder.HasIndex(s => new { s.UnitId, s.PeriodStart });
        builder.HasIndex(s => s.AgencyId);
        builder.HasOne<Domain.Organisation.Agency>().WithMany().HasForeignKey(s => s.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Organisation.OrganisationUnit>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class AuditEventConfiguration : IEntityTypeConfiguration<Domain.Auditing.AuditEvent>
{
    public void Configure(EntityTypeBuilder<Domain.Auditing.AuditEvent> builder)
    {
        builder.ToTable("audit_events");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Action).HasMaxLength(FieldLengths.Code).IsRequired();
        builder.Property(e => e.Target).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(e => e.Detail).HasColumnType("jsonb").IsRequired();
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.AgencyId, e.At });
        builder.HasIndex(e => new { e.SubjectAgencyId, e.At });
        builder.HasIndex(e => e.SubjectId);
    }
}

public sealed class ParticipantScoreConfiguration : IEntityTypeConfiguration<ParticipantScore>
{
    public void Configure(EntityTypeBuilder<ParticipantScore> builder)
    {
        builder.ToTable("participant_scores");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Value).HasPrecision(9, 3);
        builder.HasIndex(s => new { s.InstrumentId, s.EnrollmentId, s.Phase }).IsUnique();
        builder.HasIndex(s => s.EnrollmentId);
        builder.HasOne<ScoreInstrument>().WithMany().HasForeignKey(s => s.InstrumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Enrollment>().WithMany().HasForeignKey(s => s.EnrollmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ReactionQuestionnaireConfiguration : IEntityTypeConfiguration<ReactionQuestionnaire>
{
    private static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new(System.Text.Json.JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<ReactionQuestionnaire> builder)
    {
        builder.ToTable("reaction_questionnaires");
        builder.ConfigureAuditAndVersion();

        // Read and written whole with the questionnaire: one JSON column.
        builder.Property(q => q.Items).HasColumnType("jsonb").IsRequired()
            .HasConversion(
                items => System.Text.Json.JsonSerializer.Serialize(items, JsonOptions),
                json => System.Text.Json.JsonSerializer.Deserialize<ReactionItem[]>(json, JsonOptions)!,
                new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<IReadOnlyList<ReactionItem>>(
                    (a, b) => a!.SequenceEqual(b!), a => a.Aggregate(0, (h, i) => HashCode.Combine(h, i)), a => a.ToArray()));
        builder.HasIndex(q => q.SessionId).IsUnique();
        builder.HasOne<TrainingSession>().WithMany().HasForeignKey(q => q.SessionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ReactionResponseConfiguration : IEntityTypeConfiguration<ReactionResponse>
{
    public void Configure(EntityTypeBuilder<ReactionResponse> builder)
    {
        builder.ToTable("reaction_responses");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Answers).HasColumnType("integer[]").IsRequired();
        builder.Property(r => r.Comment).HasMaxLength(ReactionResponse.MaxCommentLength);

        // A participant answers once; paper forms (no enrolment) as often as there are forms.
        builder.HasIndex(r => new { r.QuestionnaireId, r.EnrollmentId }).IsUnique();
        builder.HasIndex(r => r.AgencyId);
        builder.HasOne<ReactionQuestionnaire>().WithMany().HasForeignKey(r => r.QuestionnaireId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Enrollment>().WithMany().HasForeignKey(r => r.EnrollmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
