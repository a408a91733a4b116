using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AsnCompetency.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SatisfactionSurveys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "satisfaction_surveys",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    period_start = table.Column<DateOnly>(type: "date", nullable: false),
                    period_end = table.Column<DateOnly>(type: "date", nullable: false),
                    respondent_count = table.Column<int>(type: "integer", nullable: false),
                    element_averages = table.Column<decimal[]>(type: "numeric[]", nullable: false),
                    from_answers = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_satisfaction_surveys", x => x.id);
                    table.ForeignKey(
                        name: "fk_satisfaction_surveys_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_satisfaction_surveys_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_satisfaction_surveys_agency_id",
                table: "satisfaction_surveys",
                column: "agency_id");

            migrationBuilder.CreateIndex(
                name: "ix_satisfaction_surveys_unit_id_period_start",
                table: "satisfaction_surveys",
                columns: new[] { "unit_id", "period_start" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "satisfaction_surveys");
        }
    }
}
