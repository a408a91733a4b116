using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Employees;
using AsnCompetency.Domain.Organisation;
using AsnCompetency.Domain.Planning;
using AsnCompetency.Domain.Training;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsnCompetency.Infrastructure.Persistence.Configurations;

public sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> builder)
    {
        builder.ToTable("training_sessions");
        builder.ConfigureAuditAndVersion();
        builder.Property(s => s.Code).HasMaxLength(FieldLengths.Code).IsRequired();
        builder.Property(s => s.Title).HasMaxLength(FieldLengths.Name);
        builder.Property(s => s.Location).HasMaxLength(FieldLengths.Name);
        builder.Property(s => s.OnlineLink).HasMaxLength(FieldLengths.Url);
        builder.Property(s => s.Organiser).HasMaxLength(FieldLengths.Name);
        builder.Property(s => s.CancellationReason).HasMaxLength(FieldLengths.Note);

        // date[]: the overlap check is one array-overlap (&&) test, served by the GIN index.
        builder.Property(s => s.MeetingDays).HasColumnType("date[]").IsRequired();
        builder.HasIndex(s => s.MeetingDays).HasMethod("gin");
        // Each organiser numbers its own sessions (angkatan) of a programme.
        builder.HasIndex(s => new { s.ProgramId, s.AgencyId, s.Code }).IsUnique().AreNullsDistinct(false);
        builder.HasIndex(s => new { s.AgencyId, s.StartDate });
        builder.HasOne<TrainingProgram>().WithMany().HasForeignKey(s => s.ProgramId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(s => s.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class EnrollmentConfiguration : IEntityTypeConfiguration<Enrollment>
{
    public void Configure(EntityTypeBuilder<Enrollment> builder)
    {
        builder.ToTable("enrollments");
        builder.ConfigureAuditAndVersion();
        builder.Property(e => e.StatusReason).HasMaxLength(FieldLengths.Note);
        builder.Property(e => e.CertificateNumber).HasMaxLength(FieldLengths.Code * 2);
        builder.Ignore(e => e.HoldsPlace);
        builder.Ignore(e => e.DaysPresent);

        // One enrolment per person and session (a dropped one is re-activated, not duplicated).
        builder.HasIndex(e => new { e.SessionId, e.EmployeeId }).IsUnique();
        builder.HasIndex(e => new { e.SessionId, e.QueueNumber }).IsUnique();
        builder.HasIndex(e => new { e.EmployeeId, e.Status });
        builder.HasIndex(e => e.AgencyId);
        builder.HasIndex(e => e.PlanItemId);
        builder.HasOne<TrainingSession>().WithMany().HasForeignKey(e => e.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employee>().WithMany().HasForeignKey(e => e.EmployeeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(e => e.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DevelopmentPlanItem>().WithMany().HasForeignKey(e => e.PlanItemId).OnDelete(DeleteBehavior.SetNull);

        builder.HasMany(e => e.Attendance).WithOne().HasForeignKey(a => a.EnrollmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Attendance).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(e => e.FollowUps).WithOne().HasForeignKey(f => f.EnrollmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.FollowUps).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class AttendanceRecordConfiguration : IEntityTypeConfiguration<AttendanceRecord>
{
    public void Configure(EntityTypeBuilder<AttendanceRecord> builder)
    {
        builder.ToTable("attendance");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Note).HasMaxLength(FieldLengths.Note);
        builder.HasIndex(a => new { a.EnrollmentId, a.Date }).IsUnique();
    }
}

public sealed class FollowUpActivityConfiguration : IEntityTypeConfiguration<FollowUpActivity>
{
    public void Configure(EntityTypeBuilder<FollowUpActivity> builder)
    {
        builder.ToTable("follow_up_activities");
        builder.ConfigureAudit();
        builder.Property(f => f.MentorName).HasMaxLength(FieldLengths.Name);
        builder.Property(f => f.Notes).HasMaxLength(FieldLengths.Description);
        builder.HasIndex(f => f.EnrollmentId);
        builder.HasOne<Employee>().WithMany().HasForeignKey(f => f.MentorEmployeeId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class LearningRecordConfiguration : IEntityTypeConfiguration<LearningRecord>
{
    public void Configure(EntityTypeBuilder<LearningRecord> builder)
    {
        builder.ToTable("learning_records");
        builder.ConfigureAudit();
        builder.Property(r => r.Title).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(r => r.Provider).HasMaxLength(FieldLengths.Name);
        builder.Property(r => r.CertificateNumber).HasMaxLength(FieldLengths.Code * 2);

        // The ledger is read per employee and year, and summed per agency and year.
        builder.HasIndex(r => new { r.EmployeeId, r.Date }).IncludeProperties(r => r.Jp);
        builder.HasIndex(r => new { r.AgencyId, r.Date });
        builder.HasIndex(r => r.EnrollmentId).IsUnique();
        builder.HasOne<Employee>().WithMany().HasForeignKey(r => r.EmployeeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Enrollment>().WithMany().HasForeignKey(r => r.EnrollmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TrainingProgram>().WithMany().HasForeignKey(r => r.ProgramId).OnDelete(DeleteBehavior.Restrict);
    }
}
