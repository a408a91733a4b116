using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AsnCompetency.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class FrameworkInterchange : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "case_identifier",
                table: "competency_frameworks",
                type: "uuid",
                nullable: false,
                defaultValueSql: "gen_random_uuid()");

            migrationBuilder.AddColumn<Guid>(
                name: "case_identifier",
                table: "competencies",
                type: "uuid",
                nullable: false,
                defaultValueSql: "gen_random_uuid()");

            migrationBuilder.AddColumn<Guid[]>(
                name: "related_competency_ids",
                table: "competencies",
                type: "uuid[]",
                nullable: false,
                defaultValue: new Guid[0]);

            // Existing rows got random (version 4) identifiers from the default; new rows get theirs
            // from the domain, so the default goes.
            migrationBuilder.Sql("alter table competency_frameworks alter column case_identifier drop default;");
            migrationBuilder.Sql("alter table competencies alter column case_identifier drop default;");

            migrationBuilder.CreateIndex(
                name: "ix_competency_frameworks_case_identifier",
                table: "competency_frameworks",
                column: "case_identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_competencies_case_identifier",
                table: "competencies",
                column: "case_identifier",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_competency_frameworks_case_identifier",
                table: "competency_frameworks");

            migrationBuilder.DropIndex(
                name: "ix_competencies_case_identifier",
                table: "competencies");

            migrationBuilder.DropColumn(
                name: "case_identifier",
                table: "competency_frameworks");

            migrationBuilder.DropColumn(
                name: "case_identifier",
                table: "competencies");

            migrationBuilder.DropColumn(
                name: "related_competency_ids",
                table: "competencies");
        }
    }
}
