using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Employees;
using AsnCompetency.Domain.Organisation;
using AsnCompetency.Domain.Positions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AsnCompetency.Infrastructure.Persistence.Configurations;

public sealed class EmployeeConfiguration : IEntityTypeConfiguration<Employee>
{
    public void Configure(EntityTypeBuilder<Employee> builder)
    {
        builder.ToTable("employees");
        builder.ConfigureAuditAndVersion();

        builder.Property(e => e.Nip).HasMaxLength(Nip.Length).IsFixedLength().IsRequired();
        builder.Property(e => e.EmployeeType).IsRequired();
        builder.Property(e => e.FullName).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(e => e.FrontTitle).HasMaxLength(FieldLengths.Title);
        builder.Property(e => e.BackTitle).HasMaxLength(FieldLengths.Title);
        builder.Property(e => e.Gender).IsRequired();
        builder.Property(e => e.GradeCode).HasMaxLength(Grades.CodeLength);
        builder.Property(e => e.Email).HasMaxLength(FieldLengths.Email);
        builder.Property(e => e.Phone).HasMaxLength(FieldLengths.Phone);
        builder.Ignore(e => e.DisplayName);

        builder.HasIndex(e => e.Nip).IsUnique();
        builder.HasIndex(e => new { e.AgencyId, e.FullName });
        builder.HasIndex(e => e.UnitId);
        builder.HasIndex(e => e.PositionId);
        builder.HasIndex(e => e.GradeCode);

        builder.HasOne<Agency>().WithMany().HasForeignKey(e => e.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Position>().WithMany().HasForeignKey(e => e.PositionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Grade>().WithMany().HasForeignKey(e => e.GradeCode).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(e => e.Assignments).WithOne().HasForeignKey(a => a.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Assignments).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class PositionAssignmentConfiguration : IEntityTypeConfiguration<PositionAssignment>
{
    public void Configure(EntityTypeBuilder<PositionAssignment> builder)
    {
        builder.ToTable("position_assignments");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Note).HasMaxLength(FieldLengths.Note);
        builder.Ignore(a => a.IsCurrent);
        builder.HasIndex(a => new { a.EmployeeId, a.StartDate });
        builder.HasIndex(a => a.PositionId);

        // At most one open assignment per employee.
        builder.HasIndex(a => a.EmployeeId).IsUnique().HasFilter("end_date IS NULL").HasDatabaseName("ux_position_assignments_current");

        builder.HasOne<Position>().WithMany().HasForeignKey(a => a.PositionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class GradeConfiguration : IEntityTypeConfiguration<Grade>
{
    public void Configure(EntityTypeBuilder<Grade> builder)
    {
        builder.ToTable("grades");
        builder.HasKey(g => g.Code);
        builder.Property(g => g.Code).HasMaxLength(Grades.CodeLength);
        builder.Property(g => g.Name).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.HasIndex(g => new { g.EmployeeType, g.Rank }).IsUnique();

        // Reference data of the law, identical in every database: part of the schema.
        builder.HasData(Grade.All);
    }
}

internal static class Grades
{
    public const int CodeLength = 10;
}

public sealed class CorrectionRequestConfiguration : IEntityTypeConfiguration<Domain.Privacy.CorrectionRequest>
{
    public void Configure(EntityTypeBuilder<Domain.Privacy.CorrectionRequest> builder)
    {
        builder.ToTable("correction_requests");
        builder.ConfigureAuditAndVersion();
        builder.Property(r => r.Description).HasMaxLength(Domain.Privacy.CorrectionRequest.MaxDescriptionLength).IsRequired();
        builder.Property(r => r.Resolution).HasMaxLength(Domain.Privacy.CorrectionRequest.MaxDescriptionLength);
        builder.HasIndex(r => new { r.AgencyId, r.Status });
        builder.HasIndex(r => r.EmployeeId);
        builder.HasOne<Employee>().WithMany().HasForeignKey(r => r.EmployeeId).OnDelete(DeleteBehavior.Restrict);
    }
}
