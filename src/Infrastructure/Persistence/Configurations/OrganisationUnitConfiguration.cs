using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsnCompetency.Infrastructure.Persistence.Configurations;

public sealed class OrganisationUnitConfiguration : IEntityTypeConfiguration<OrganisationUnit>
{
    public const int PathLength = (32 + 1) * (OrganisationUnit.MaxDepth + 1);

    public void Configure(EntityTypeBuilder<OrganisationUnit> builder)
    {
        builder.ToTable("units");
        builder.ConfigureAuditAndVersion();

        builder.Property(u => u.Code).HasMaxLength(FieldLengths.Code).IsRequired();
        builder.Property(u => u.Name).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(u => u.Kind).IsRequired();
        builder.Property(u => u.Path).HasMaxLength(PathLength).IsRequired();
        builder.Ignore(u => u.Depth);

        builder.HasIndex(u => new { u.AgencyId, u.Code }).IsUnique();
        builder.HasIndex(u => u.ParentId);

        // "This unit and everything below it" is a prefix match on the path.
        builder.HasIndex(u => u.Path).HasOperators("text_pattern_ops");

        builder.HasOne<Agency>().WithMany().HasForeignKey(u => u.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
