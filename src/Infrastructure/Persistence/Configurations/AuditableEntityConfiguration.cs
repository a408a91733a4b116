using AsnCompetency.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsnCompetency.Infrastructure.Persistence.Configurations;

internal static class AuditableEntityConfiguration
{
    /// <summary>Audit columns and the row version (PostgreSQL's xmin) shared by every auditable entity.</summary>
    public static void ConfigureAuditAndVersion<T>(this EntityTypeBuilder<T> builder)
        where T : AuditableEntity, IHasRowVersion
    {
        builder.ConfigureAudit();
        builder.Property(e => e.RowVersion).IsRowVersion();
    }

    /// <summary>Audit columns of an auditable entity that is never edited concurrently on its own.</summary>
    public static void ConfigureAudit<T>(this EntityTypeBuilder<T> builder)
        where T : AuditableEntity
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.CreatedAt).IsRequired();
        builder.Property(e => e.UpdatedAt).IsRequired();
    }
}
