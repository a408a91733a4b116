using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Employees;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsnCompetency.Infrastructure.Persistence.Configurations;

public sealed class UserAccountConfiguration : IEntityTypeConfiguration<UserAccount>
{
    public void Configure(EntityTypeBuilder<UserAccount> builder)
    {
        builder.ToTable("users");
        builder.ConfigureAuditAndVersion();

        builder.Property(u => u.UserName).HasMaxLength(FieldLengths.UserName).IsRequired();
        builder.Property(u => u.DisplayName).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(u => u.Email).HasMaxLength(FieldLengths.Email);
        builder.Property(u => u.PasswordHash).HasMaxLength(500).IsRequired();
        builder.Property(u => u.Role).IsRequired();
        builder.HasIndex(u => u.UserName).IsUnique();

        builder.HasOne<Agency>().WithMany().HasForeignKey(u => u.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.AgencyId);

        builder.HasOne<Employee>().WithMany().HasForeignKey(u => u.EmployeeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(u => u.EmployeeId).IsUnique();
    }
}

public sealed class SignInThrottleConfiguration : IEntityTypeConfiguration<SignInThrottle>
{
    public void Configure(EntityTypeBuilder<SignInThrottle> builder)
    {
        // Written with SQL on a connection of its own (SignInGuard); mapped here for the schema.
        builder.ToTable("sign_in_throttles");
        builder.HasKey(t => t.UserName);
        builder.Property(t => t.UserName).HasMaxLength(FieldLengths.UserName);
        builder.HasIndex(t => t.FirstFailedAt);
    }
}

public sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public const int KeyLength = 200;

    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_records");
        builder.HasKey(r => new { r.Scope, r.Key });
        builder.Property(r => r.Scope).HasMaxLength(64);
        builder.Property(r => r.Key).HasMaxLength(KeyLength);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        builder.Property(r => r.ContentType).HasMaxLength(200);
        builder.Property(r => r.Location).HasMaxLength(2000);
        builder.Property(r => r.ETag).HasMaxLength(100);
        builder.HasIndex(r => r.CreatedAt);
    }
}

public sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> builder)
    {
        builder.ToTable("api_clients");
        builder.ConfigureAuditAndVersion();
        builder.Property(c => c.ClientId).HasMaxLength(FieldLengths.Code).IsRequired();
        builder.Property(c => c.Name).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(c => c.SecretHash).HasMaxLength(64).IsRequired();
        builder.HasIndex(c => c.ClientId).IsUnique();
        builder.HasOne<Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
