using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Frameworks;
using AsnCompetency.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsnCompetency.Infrastructure.Persistence.Configurations;

public sealed class CompetencyFrameworkConfiguration : IEntityTypeConfiguration<CompetencyFramework>
{
    public void Configure(EntityTypeBuilder<CompetencyFramework> builder)
    {
        builder.ToTable("competency_frameworks");
        builder.ConfigureAuditAndVersion();

        builder.Property(f => f.Code).HasMaxLength(FieldLengths.Code).IsRequired();
        builder.Property(f => f.Name).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(f => f.AlternativeName).HasMaxLength(FieldLengths.Name);
        builder.Property(f => f.Description).HasMaxLength(FieldLengths.Description);
        builder.Property(f => f.Language).HasMaxLength(FieldLengths.LanguageTag).IsRequired();
        builder.Property(f => f.Status).IsRequired();

        // One row per version of a code per owner; national frameworks share the NULL owner.
        builder.HasIndex(f => new { f.OwnerAgencyId, f.Code, f.Version }).IsUnique().AreNullsDistinct(false);
        builder.HasIndex(f => f.Status);
        builder.HasIndex(f => f.CaseIdentifier).IsUnique();

        builder.HasOne<Agency>().WithMany().HasForeignKey(f => f.OwnerAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CompetencyFramework>().WithMany().HasForeignKey(f => f.PredecessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.PredecessorId);

        builder.OwnsMany(f => f.ProficiencyLevels, levels =>
        {
            levels.ToJson("proficiency_levels");
            levels.Property(l => l.Level);
            levels.Property(l => l.Name);
            levels.Property(l => l.Description);
        });
        builder.Navigation(f => f.ProficiencyLevels).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasMany(f => f.Competencies)
            .WithOne()
            .HasForeignKey(c => c.FrameworkId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(f => f.Competencies).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
