using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsnCompetency.Infrastructure.Persistence.Configurations;

public sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.ToTable("agencies");
        builder.ConfigureAuditAndVersion();

        builder.Property(a => a.Code).HasMaxLength(FieldLengths.Code).IsRequired();
        builder.Property(a => a.Name).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(a => a.Region).HasMaxLength(FieldLengths.Region).IsRequired();
        builder.Property(a => a.Kind).IsRequired();
        builder.HasIndex(a => a.Code).IsUnique();
    }
}
