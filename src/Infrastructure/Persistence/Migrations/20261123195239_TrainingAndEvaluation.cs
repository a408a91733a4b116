using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AsnCompetency.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TrainingAndEvaluation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "agreement_number",
                table: "training_programs",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "agreement_valid_from",
                table: "training_programs",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "agreement_valid_until",
                table: "training_programs",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "delivery_mode",
                table: "training_programs",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "InPerson");

            migrationBuilder.AddColumn<string>(
                name: "form",
                table: "training_programs",
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                defaultValue: "Technical");

            migrationBuilder.AddColumn<string>(
                name: "jp_source",
                table: "training_programs",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Stated");

            migrationBuilder.AddColumn<string>(
                name: "provider_name",
                table: "training_programs",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "jp_conversions",
                table: "tna_settings",
                type: "jsonb",
                nullable: false,
                defaultValueSql: "'[]'::jsonb");

            migrationBuilder.AddColumn<decimal>(
                name: "min_attendance_share",
                table: "tna_settings",
                type: "numeric(5,4)",
                precision: 5,
                scale: 4,
                nullable: false,
                defaultValue: 0.8m);

            migrationBuilder.CreateTable(
                name: "audit_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    agency_id = table.Column<Guid>(type: "uuid", nullable: true),
                    action = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    target = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    detail = table.Column<string>(type: "jsonb", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_events", x => x.id);
                });

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

            migrationBuilder.CreateTable(
                name: "training_sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<Guid>(type: "uuid", nullable: false),
                    agency_id = table.Column<Guid>(type: "uuid", nullable: true),
                    code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: false),
                    meeting_days = table.Column<DateOnly[]>(type: "date[]", nullable: false),
                    location = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    online_link = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    organiser = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    cancellation_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_training_sessions", x => x.id);
                    table.ForeignKey(
                        name: "fk_training_sessions_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_training_sessions_training_programs_program_id",
                        column: x => x.program_id,
                        principalTable: "training_programs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "enrollments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_item_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    queue_number = table.Column<int>(type: "integer", nullable: false),
                    status_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    certificate_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    credited_jp = table.Column<int>(type: "integer", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_enrollments", x => x.id);
                    table.ForeignKey(
                        name: "fk_enrollments_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_enrollments_development_plan_items_plan_item_id",
                        column: x => x.plan_item_id,
                        principalTable: "development_plan_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_enrollments_employees_employee_id",
                        column: x => x.employee_id,
                        principalTable: "employees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_enrollments_training_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "training_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "score_instruments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    min_score = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    max_score = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    competency_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_score_instruments", x => x.id);
                    table.ForeignKey(
                        name: "fk_score_instruments_competencies_competency_id",
                        column: x => x.competency_id,
                        principalTable: "competencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_score_instruments_training_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "training_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "attendance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    enrollment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    present = table.Column<bool>(type: "boolean", nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attendance", x => x.id);
                    table.ForeignKey(
                        name: "fk_attendance_enrollments_enrollment_id",
                        column: x => x.enrollment_id,
                        principalTable: "enrollments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "follow_up_activities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    enrollment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    mentor_employee_id = table.Column<Guid>(type: "uuid", nullable: true),
                    mentor_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    notes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_follow_up_activities", x => x.id);
                    table.ForeignKey(
                        name: "fk_follow_up_activities_employees_mentor_employee_id",
                        column: x => x.mentor_employee_id,
                        principalTable: "employees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_follow_up_activities_enrollments_enrollment_id",
                        column: x => x.enrollment_id,
                        principalTable: "enrollments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "learning_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    jp = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    form = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    enrollment_id = table.Column<Guid>(type: "uuid", nullable: true),
                    program_id = table.Column<Guid>(type: "uuid", nullable: true),
                    provider = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    certificate_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_learning_records", x => x.id);
                    table.ForeignKey(
                        name: "fk_learning_records_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_learning_records_employees_employee_id",
                        column: x => x.employee_id,
                        principalTable: "employees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_learning_records_enrollments_enrollment_id",
                        column: x => x.enrollment_id,
                        principalTable: "enrollments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_learning_records_training_programs_program_id",
                        column: x => x.program_id,
                        principalTable: "training_programs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "participant_scores",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    instrument_id = table.Column<Guid>(type: "uuid", nullable: false),
                    enrollment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    phase = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    value = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_participant_scores", x => x.id);
                    table.ForeignKey(
                        name: "fk_participant_scores_enrollments_enrollment_id",
                        column: x => x.enrollment_id,
                        principalTable: "enrollments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_participant_scores_score_instruments_instrument_id",
                        column: x => x.instrument_id,
                        principalTable: "score_instruments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_attendance_enrollment_id_date",
                table: "attendance",
                columns: new[] { "enrollment_id", "date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_agency_id_at",
                table: "audit_events",
                columns: new[] { "agency_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_at",
                table: "audit_events",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_enrollments_agency_id",
                table: "enrollments",
                column: "agency_id");

            migrationBuilder.CreateIndex(
                name: "ix_enrollments_employee_id_status",
                table: "enrollments",
                columns: new[] { "employee_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_enrollments_plan_item_id",
                table: "enrollments",
                column: "plan_item_id");

            migrationBuilder.CreateIndex(
                name: "ix_enrollments_session_id_employee_id",
                table: "enrollments",
                columns: new[] { "session_id", "employee_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_enrollments_session_id_queue_number",
                table: "enrollments",
                columns: new[] { "session_id", "queue_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_follow_up_activities_enrollment_id",
                table: "follow_up_activities",
                column: "enrollment_id");

            migrationBuilder.CreateIndex(
                name: "ix_follow_up_activities_mentor_employee_id",
                table: "follow_up_activities",
                column: "mentor_employee_id");

            migrationBuilder.CreateIndex(
                name: "ix_learning_records_agency_id_date",
                table: "learning_records",
                columns: new[] { "agency_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_learning_records_employee_id_date",
                table: "learning_records",
                columns: new[] { "employee_id", "date" })
                .Annotation("Npgsql:IndexInclude", new[] { "jp" });

            migrationBuilder.CreateIndex(
                name: "ix_learning_records_enrollment_id",
                table: "learning_records",
                column: "enrollment_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_learning_records_program_id",
                table: "learning_records",
                column: "program_id");

            migrationBuilder.CreateIndex(
                name: "ix_participant_scores_enrollment_id",
                table: "participant_scores",
                column: "enrollment_id");

            migrationBuilder.CreateIndex(
                name: "ix_participant_scores_instrument_id_enrollment_id_phase",
                table: "participant_scores",
                columns: new[] { "instrument_id", "enrollment_id", "phase" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_satisfaction_surveys_agency_id",
                table: "satisfaction_surveys",
                column: "agency_id");

            migrationBuilder.CreateIndex(
                name: "ix_satisfaction_surveys_unit_id_period_start",
                table: "satisfaction_surveys",
                columns: new[] { "unit_id", "period_start" });

            migrationBuilder.CreateIndex(
                name: "ix_score_instruments_competency_id",
                table: "score_instruments",
                column: "competency_id");

            migrationBuilder.CreateIndex(
                name: "ix_score_instruments_session_id_code",
                table: "score_instruments",
                columns: new[] { "session_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_training_sessions_agency_id_start_date",
                table: "training_sessions",
                columns: new[] { "agency_id", "start_date" });

            migrationBuilder.CreateIndex(
                name: "ix_training_sessions_meeting_days",
                table: "training_sessions",
                column: "meeting_days")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_training_sessions_program_id_agency_id_code",
                table: "training_sessions",
                columns: new[] { "program_id", "agency_id", "code" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            // Settings rows created before the conversion table existed (the national one and any
            // agency's own) get DOMAIN.md's examples, the national defaults.
            migrationBuilder.Sql(
                """
                UPDATE tna_settings
                SET jp_conversions = '[{"form":"Coaching","jp":2},{"form":"Mentoring","jp":2},{"form":"Benchmarking","jp":10},{"form":"Internship","jp":20}]'::jsonb
                WHERE jp_conversions = '[]'::jsonb;
                """);

            // The audit log is append-only: no code path (or hand-written SQL) can rewrite or erase it.
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'restrict_violation';
                END $$;
                CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
                    FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_events_append_only ON audit_events; DROP FUNCTION IF EXISTS audit_events_refuse_change();");

            migrationBuilder.DropTable(
                name: "attendance");

            migrationBuilder.DropTable(
                name: "audit_events");

            migrationBuilder.DropTable(
                name: "follow_up_activities");

            migrationBuilder.DropTable(
                name: "learning_records");

            migrationBuilder.DropTable(
                name: "participant_scores");

            migrationBuilder.DropTable(
                name: "satisfaction_surveys");

            migrationBuilder.DropTable(
                name: "enrollments");

            migrationBuilder.DropTable(
                name: "score_instruments");

            migrationBuilder.DropTable(
                name: "training_sessions");

            migrationBuilder.DropColumn(
                name: "agreement_number",
                table: "training_programs");

            migrationBuilder.DropColumn(
                name: "agreement_valid_from",
                table: "training_programs");

            migrationBuilder.DropColumn(
                name: "agreement_valid_until",
                table: "training_programs");

            migrationBuilder.DropColumn(
                name: "delivery_mode",
                table: "training_programs");

            migrationBuilder.DropColumn(
                name: "form",
                table: "training_programs");

            migrationBuilder.DropColumn(
                name: "jp_source",
                table: "training_programs");

            migrationBuilder.DropColumn(
                name: "provider_name",
                table: "training_programs");

            migrationBuilder.DropColumn(
                name: "jp_conversions",
                table: "tna_settings");

            migrationBuilder.DropColumn(
                name: "min_attendance_share",
                table: "tna_settings");
        }
    }
}
