using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Frameworks;
using AsnCompetency.Domain.Organisation;
using AsnCompetency.Domain.Positions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsnCompetency.Infrastructure.Persistence.Configurations;

public sealed class PositionConfiguration : IEntityTypeConfiguration<Position>
{
    public void Configure(EntityTypeBuilder<Position> builder)
    {
        builder.ToTable("positions");
        builder.ConfigureAuditAndVersion();

        builder.Property(p => p.Code).HasMaxLength(FieldLengths.Code).IsRequired();
        builder.Property(p => p.Name).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(p => p.Type).IsRequired();
        builder.Ignore(p => p.Category);

        builder.HasIndex(p => new { p.AgencyId, p.Code }).IsUnique();
        builder.HasIndex(p => p.UnitId);
        builder.HasIndex(p => new { p.AgencyId, p.Type });

        builder.HasOne<Agency>().WithMany().HasForeignKey(p => p.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(p => p.Standards).WithOne().HasForeignKey(s => s.PositionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Standards).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class PositionStandardConfiguration : IEntityTypeConfiguration<PositionStandard>
{
    public void Configure(EntityTypeBuilder<PositionStandard> builder)
    {
        builder.ToTable("position_standards");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Weight).HasPrecision(4, 2);
        builder.HasIndex(s => new { s.PositionId, s.CompetencyId }).IsUnique();
        builder.HasIndex(s => s.CompetencyId);
        builder.HasIndex(s => s.FrameworkId);

        // A published framework cannot be deleted, and only drafts can lose competencies.
        builder.HasOne<Competency>().WithMany().HasForeignKey(s => s.CompetencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CompetencyFramework>().WithMany().HasForeignKey(s => s.FrameworkId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class StandardDefaultConfiguration : IEntityTypeConfiguration<StandardDefault>
{
    public void Configure(EntityTypeBuilder<StandardDefault> builder)
    {
        builder.ToTable("standard_defaults");
        builder.ConfigureAuditAndVersion();
        builder.Property(d => d.PositionType).IsRequired();
        builder.HasIndex(d => new { d.AgencyId, d.PositionType }).IsUnique().AreNullsDistinct(false);
        builder.HasOne<Agency>().WithMany().HasForeignKey(d => d.AgencyId).OnDelete(DeleteBehavior.Cascade);
    }
}
