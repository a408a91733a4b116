using AsnCompetency.Domain.Assessments;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Employees;
using AsnCompetency.Domain.Frameworks;
using AsnCompetency.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsnCompetency.Infrastructure.Persistence.Configurations;

public sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public const int EvidenceUrlLength = 2000;

    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.ToTable("assessments", t => t.HasCheckConstraint("ck_assessments_level", "level BETWEEN 1 AND 5"));
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Method).IsRequired();
        builder.Property(a => a.AssessorName).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(a => a.EvidenceNote).HasMaxLength(FieldLengths.Description);
        builder.Property(a => a.EvidenceUrl).HasMaxLength(EvidenceUrlLength);
        builder.Property(a => a.CorrectionReason).HasMaxLength(FieldLengths.Note);

        // The current-level rule reads one employee's competency at a time, newest first.
        builder.HasIndex(a => new { a.EmployeeId, a.CompetencyId, a.AssessedOn });
        builder.HasIndex(a => new { a.AgencyId, a.CompetencyId });
        builder.HasIndex(a => a.CompetencyId);

        // One correction per assessment: a later correction corrects the correction.
        builder.HasIndex(a => a.SupersedesId).IsUnique().HasFilter("supersedes_id IS NOT NULL");

        builder.HasOne<Employee>().WithMany().HasForeignKey(a => a.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Agency>().WithMany().HasForeignKey(a => a.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Competency>().WithMany().HasForeignKey(a => a.CompetencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CompetencyFramework>().WithMany().HasForeignKey(a => a.FrameworkId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Assessment>().WithMany().HasForeignKey(a => a.SupersedesId).OnDelete(DeleteBehavior.Restrict);
    }
}
