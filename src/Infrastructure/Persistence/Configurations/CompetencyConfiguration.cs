using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Frameworks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsnCompetency.Infrastructure.Persistence.Configurations;

public sealed class CompetencyConfiguration : IEntityTypeConfiguration<Competency>
{
    public void Configure(EntityTypeBuilder<Competency> builder)
    {
        builder.ToTable("competencies");
        builder.ConfigureAuditAndVersion();

        builder.Property(c => c.Code).HasMaxLength(FieldLengths.Code).IsRequired();
        builder.Property(c => c.Name).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(c => c.AlternativeName).HasMaxLength(FieldLengths.Name);
        builder.Property(c => c.Description).HasMaxLength(FieldLengths.Description);
        builder.Property(c => c.ItemType).IsRequired();
        builder.Property(c => c.GroupKind).IsRequired();
        builder.Ignore(c => c.IsGroup);

        builder.HasIndex(c => new { c.FrameworkId, c.Code }).IsUnique();
        builder.HasIndex(c => c.CaseIdentifier).IsUnique();

        // A PostgreSQL uuid[]: relations are few per item and always read with the item.
        builder.PrimitiveCollection(c => c.RelatedCompetencyIds).IsRequired();
        builder.HasOne<Competency>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.ParentId);

        builder.OwnsMany(c => c.Levels, levels =>
        {
            levels.ToJson("levels");
            levels.Property(l => l.Level);
            levels.Property(l => l.Description);
            levels.Property(l => l.Indicators);
        });
        builder.Navigation(c => c.Levels).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
