using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AsnCompetency.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AssessmentsAndTrainingNeeds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assessments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    competency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    framework_id = table.Column<Guid>(type: "uuid", nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    method = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    assessed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    assessor_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    assessor_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    evidence_note = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    evidence_url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    supersedes_id = table.Column<Guid>(type: "uuid", nullable: true),
                    correction_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessments", x => x.id);
                    table.CheckConstraint("ck_assessments_level", "level BETWEEN 1 AND 5");
                    table.ForeignKey(
                        name: "fk_assessments_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_assessments_assessments_supersedes_id",
                        column: x => x.supersedes_id,
                        principalTable: "assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_assessments_competencies_competency_id",
                        column: x => x.competency_id,
                        principalTable: "competencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_assessments_competency_frameworks_framework_id",
                        column: x => x.framework_id,
                        principalTable: "competency_frameworks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_assessments_employees_employee_id",
                        column: x => x.employee_id,
                        principalTable: "employees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "development_plans",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    budget_ceiling = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    submitted_by = table.Column<Guid>(type: "uuid", nullable: true),
                    approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    approved_by = table.Column<Guid>(type: "uuid", nullable: true),
                    decision_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_development_plans", x => x.id);
                    table.ForeignKey(
                        name: "fk_development_plans_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "tna_settings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    agency_id = table.Column<Guid>(type: "uuid", nullable: true),
                    current_level_rule = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    method_priority = table.Column<string[]>(type: "text[]", nullable: false),
                    validity_months = table.Column<int>(type: "integer", nullable: true),
                    jpm_optimal_threshold = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    jpm_adequate_threshold = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    jpm_category_variant = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    gap_weight = table.Column<decimal>(type: "numeric(6,3)", precision: 6, scale: 3, nullable: false),
                    criticality_weight = table.Column<decimal>(type: "numeric(6,3)", precision: 6, scale: 3, nullable: false),
                    people_weight = table.Column<decimal>(type: "numeric(6,3)", precision: 6, scale: 3, nullable: false),
                    recency_weight = table.Column<decimal>(type: "numeric(6,3)", precision: 6, scale: 3, nullable: false),
                    recency_horizon_months = table.Column<int>(type: "integer", nullable: false),
                    min_annual_jp_pns = table.Column<int>(type: "integer", nullable: false),
                    max_annual_jp_pns = table.Column<int>(type: "integer", nullable: false),
                    max_annual_jp_pppk = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tna_settings", x => x.id);
                    table.ForeignKey(
                        name: "fk_tna_settings_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "training_programs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    agency_id = table.Column<Guid>(type: "uuid", nullable: true),
                    code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    description = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    jp = table.Column<int>(type: "integer", nullable: false),
                    cost_per_participant = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    annual_capacity = table.Column<int>(type: "integer", nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_training_programs", x => x.id);
                    table.ForeignKey(
                        name: "fk_training_programs_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "development_plan_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    detail = table.Column<string>(type: "jsonb", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_development_plan_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_development_plan_events_development_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "development_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "development_plan_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<Guid>(type: "uuid", nullable: true),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    participant_count = table.Column<int>(type: "integer", nullable: false),
                    competency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<Guid>(type: "uuid", nullable: true),
                    planned_jp = table.Column<int>(type: "integer", nullable: false),
                    planned_cost = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    planned_quarter = table.Column<int>(type: "integer", nullable: false),
                    expected_gap_closure = table.Column<decimal>(type: "numeric(12,3)", precision: 12, scale: 3, nullable: true),
                    source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_development_plan_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_development_plan_items_competencies_competency_id",
                        column: x => x.competency_id,
                        principalTable: "competencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_development_plan_items_development_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "development_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_development_plan_items_employees_employee_id",
                        column: x => x.employee_id,
                        principalTable: "employees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_development_plan_items_training_programs_program_id",
                        column: x => x.program_id,
                        principalTable: "training_programs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_development_plan_items_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "training_program_competencies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<Guid>(type: "uuid", nullable: false),
                    competency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    target_level = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_training_program_competencies", x => x.id);
                    table.ForeignKey(
                        name: "fk_training_program_competencies_competencies_competency_id",
                        column: x => x.competency_id,
                        principalTable: "competencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_training_program_competencies_training_programs_program_id",
                        column: x => x.program_id,
                        principalTable: "training_programs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_assessments_agency_id_competency_id",
                table: "assessments",
                columns: new[] { "agency_id", "competency_id" });

            migrationBuilder.CreateIndex(
                name: "ix_assessments_competency_id",
                table: "assessments",
                column: "competency_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_employee_id_competency_id_assessed_on",
                table: "assessments",
                columns: new[] { "employee_id", "competency_id", "assessed_on" });

            migrationBuilder.CreateIndex(
                name: "ix_assessments_framework_id",
                table: "assessments",
                column: "framework_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_supersedes_id",
                table: "assessments",
                column: "supersedes_id",
                unique: true,
                filter: "supersedes_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_development_plan_events_plan_id_at",
                table: "development_plan_events",
                columns: new[] { "plan_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_development_plan_items_competency_id",
                table: "development_plan_items",
                column: "competency_id");

            migrationBuilder.CreateIndex(
                name: "ix_development_plan_items_employee_id",
                table: "development_plan_items",
                column: "employee_id");

            migrationBuilder.CreateIndex(
                name: "ix_development_plan_items_plan_id",
                table: "development_plan_items",
                column: "plan_id");

            migrationBuilder.CreateIndex(
                name: "ix_development_plan_items_program_id",
                table: "development_plan_items",
                column: "program_id");

            migrationBuilder.CreateIndex(
                name: "ix_development_plan_items_unit_id",
                table: "development_plan_items",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_development_plans_agency_id_year",
                table: "development_plans",
                columns: new[] { "agency_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tna_settings_agency_id",
                table: "tna_settings",
                column: "agency_id",
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "ix_training_program_competencies_competency_id",
                table: "training_program_competencies",
                column: "competency_id");

            migrationBuilder.CreateIndex(
                name: "ix_training_program_competencies_program_id_competency_id",
                table: "training_program_competencies",
                columns: new[] { "program_id", "competency_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_training_programs_agency_id_code",
                table: "training_programs",
                columns: new[] { "agency_id", "code" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            // Assessments are a history: a correction is a new row, never an edit. The database
            // refuses UPDATE so no code path (or hand-written SQL) can rewrite what was assessed.
            migrationBuilder.Sql("""
                CREATE FUNCTION assessments_refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'assessments are append-only: record a correction that supersedes assessment %', OLD.id
                        USING ERRCODE = 'restrict_violation';
                END $$;
                CREATE TRIGGER assessments_append_only BEFORE UPDATE ON assessments
                    FOR EACH ROW EXECUTE FUNCTION assessments_refuse_update();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS assessments_append_only ON assessments; DROP FUNCTION IF EXISTS assessments_refuse_update();");

            migrationBuilder.DropTable(
                name: "assessments");

            migrationBuilder.DropTable(
                name: "development_plan_events");

            migrationBuilder.DropTable(
                name: "development_plan_items");

            migrationBuilder.DropTable(
                name: "tna_settings");

            migrationBuilder.DropTable(
                name: "training_program_competencies");

            migrationBuilder.DropTable(
                name: "development_plans");

            migrationBuilder.DropTable(
                name: "training_programs");
        }
    }
}
