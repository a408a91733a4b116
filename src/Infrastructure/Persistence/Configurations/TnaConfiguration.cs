using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Employees;
using AsnCompetency.Domain.Frameworks;
using AsnCompetency.Domain.Organisation;
using AsnCompetency.Domain.Planning;
using AsnCompetency.Domain.Tna;
using AsnCompetency.Domain.Training;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsnCompetency.Infrastructure.Persistence.Configurations;

public sealed class TnaSettingsConfiguration : IEntityTypeConfiguration<TnaSettings>
{
    public void Configure(EntityTypeBuilder<TnaSettings> builder)
    {
        builder.ToTable("tna_settings");
        builder.ConfigureAuditAndVersion();

        // Stored by name in priority order, so SQL ranks a method with array_position.
        builder.Property(s => s.MethodPriority).HasColumnType("text[]")
            .HasConversion(
                methods => methods.Select(m => m.ToString()).ToArray(),
                names => names.Select(Enum.Parse<Domain.Assessments.AssessmentMethod>).ToArray(),
                new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<Domain.Assessments.AssessmentMethod[]>(
                    (a, b) => a!.SequenceEqual(b!), a => a.Aggregate(0, (h, m) => HashCode.Combine(h, m)), a => a.ToArray()));
        builder.Property(s => s.JpmOptimalThreshold).HasPrecision(6, 2);
        builder.Property(s => s.JpmAdequateThreshold).HasPrecision(6, 2);
        builder.Property(s => s.GapWeight).HasPrecision(6, 3);
        builder.Property(s => s.CriticalityWeight).HasPrecision(6, 3);
        builder.Property(s => s.PeopleWeight).HasPrecision(6, 3);
        builder.Property(s => s.RecencyWeight).HasPrecision(6, 3);
        builder.Property(s => s.MinAttendanceShare).HasPrecision(5, 4).HasDefaultValue(0.8m);

        // A small table read whole with the settings: one JSON column, forms by name.
        builder.Property(s => s.JpConversions).HasColumnType("jsonb").HasDefaultValueSql("'[]'::jsonb")
            .HasConversion(
                rates => System.Text.Json.JsonSerializer.Serialize(rates.Select(r => new JpConversionJson(r.Form.ToString(), r.Jp)), JsonOptions),
                json => System.Text.Json.JsonSerializer.Deserialize<JpConversionJson[]>(json, JsonOptions)!
                    .Select(r => new JpConversionRate(Enum.Parse<DevelopmentForm>(r.Form), r.Jp)).ToArray(),
                new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<JpConversionRate[]>(
                    (a, b) => a!.SequenceEqual(b!), a => a.Aggregate(0, (h, r) => HashCode.Combine(h, r)), a => a.ToArray()));

        // One row per agency, and one (agency null) for the national defaults.
        builder.HasIndex(s => s.AgencyId).IsUnique().AreNullsDistinct(false);
        builder.HasOne<Agency>().WithMany().HasForeignKey(s => s.AgencyId).OnDelete(DeleteBehavior.Cascade);
    }

    private static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new(System.Text.Json.JsonSerializerDefaults.Web);

    private sealed record JpConversionJson(string Form, int Jp);
}

public sealed class TrainingProgramConfiguration : IEntityTypeConfiguration<TrainingProgram>
{
    public void Configure(EntityTypeBuilder<TrainingProgram> builder)
    {
        builder.ToTable("training_programs");
        builder.ConfigureAuditAndVersion();
        builder.Property(p => p.Code).HasMaxLength(FieldLengths.Code).IsRequired();
        builder.Property(p => p.Title).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(p => p.Description).HasMaxLength(FieldLengths.Description);
        builder.Property(p => p.CostPerParticipant).HasPrecision(18, 2);
        builder.Property(p => p.Form).HasDefaultValue(DevelopmentForm.Technical).HasSentinel((DevelopmentForm)(-1));
        builder.Property(p => p.DeliveryMode).HasDefaultValue(DeliveryMode.InPerson).HasSentinel((DeliveryMode)(-1));
        builder.Property(p => p.JpSource).HasDefaultValue(JpSource.Stated).HasSentinel((JpSource)(-1));
        builder.Property(p => p.ProviderName).HasMaxLength(FieldLengths.Name);
        builder.Property(p => p.AgreementNumber).HasMaxLength(FieldLengths.Code * 2);
        builder.Ignore(p => p.Category);
        builder.HasIndex(p => new { p.AgencyId, p.Code }).IsUnique().AreNullsDistinct(false);
        builder.HasOne<Agency>().WithMany().HasForeignKey(p => p.AgencyId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(p => p.Targets).WithOne().HasForeignKey(t => t.ProgramId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Targets).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class TrainingProgramTargetConfiguration : IEntityTypeConfiguration<TrainingProgramTarget>
{
    public void Configure(EntityTypeBuilder<TrainingProgramTarget> builder)
    {
        builder.ToTable("training_program_competencies");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.HasIndex(t => new { t.ProgramId, t.CompetencyId }).IsUnique();
        builder.HasIndex(t => t.CompetencyId);
        builder.HasOne<Competency>().WithMany().HasForeignKey(t => t.CompetencyId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class DevelopmentPlanConfiguration : IEntityTypeConfiguration<DevelopmentPlan>
{
    public void Configure(EntityTypeBuilder<DevelopmentPlan> builder)
    {
        builder.ToTable("development_plans");
        builder.ConfigureAuditAndVersion();
        builder.Property(p => p.Title).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(p => p.BudgetCeiling).HasPrecision(18, 2);
        builder.Property(p => p.Status).IsRequired();
        builder.Property(p => p.DecisionNote).HasMaxLength(FieldLengths.Note);

        // One plan per agency and year.
        builder.HasIndex(p => new { p.AgencyId, p.Year }).IsUnique();
        builder.HasOne<Agency>().WithMany().HasForeignKey(p => p.AgencyId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(p => p.Items).WithOne().HasForeignKey(i => i.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class DevelopmentPlanItemConfiguration : IEntityTypeConfiguration<DevelopmentPlanItem>
{
    public void Configure(EntityTypeBuilder<DevelopmentPlanItem> builder)
    {
        builder.ToTable("development_plan_items");
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.PlannedCost).HasPrecision(18, 2);
        builder.Property(i => i.ExpectedGapClosure).HasPrecision(12, 3);
        builder.Property(i => i.Note).HasMaxLength(FieldLengths.Note);
        builder.HasIndex(i => i.PlanId);
        builder.HasIndex(i => i.EmployeeId);
        builder.HasOne<Employee>().WithMany().HasForeignKey(i => i.EmployeeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(i => i.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Competency>().WithMany().HasForeignKey(i => i.CompetencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TrainingProgram>().WithMany().HasForeignKey(i => i.ProgramId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class DevelopmentPlanEventConfiguration : IEntityTypeConfiguration<DevelopmentPlanEvent>
{
    public void Configure(EntityTypeBuilder<DevelopmentPlanEvent> builder)
    {
        builder.ToTable("development_plan_events");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Detail).HasColumnType("jsonb").IsRequired();
        builder.HasIndex(e => new { e.PlanId, e.At });
        builder.HasOne<DevelopmentPlan>().WithMany().HasForeignKey(e => e.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
