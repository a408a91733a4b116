using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace AsnCompetency.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OrganisationAndEmployees : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "employee_id",
                table: "users",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "grades",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    employee_type = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    rank = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grades", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "standard_defaults",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    agency_id = table.Column<Guid>(type: "uuid", nullable: true),
                    position_type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    required_level = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_standard_defaults", x => x.id);
                    table.ForeignKey(
                        name: "fk_standard_defaults_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "units",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    path = table.Column<string>(type: "character varying(297)", maxLength: 297, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_units", x => x.id);
                    table.ForeignKey(
                        name: "fk_units_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_units_units_parent_id",
                        column: x => x.parent_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "positions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    eselon = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_positions", x => x.id);
                    table.ForeignKey(
                        name: "fk_positions_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_positions_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "employees",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    nip = table.Column<string>(type: "character(18)", fixedLength: true, maxLength: 18, nullable: false),
                    employee_type = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    full_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    front_title = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    back_title = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    birth_date = table.Column<DateOnly>(type: "date", nullable: false),
                    gender = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    appointed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    grade_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    position_id = table.Column<Guid>(type: "uuid", nullable: true),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_employees", x => x.id);
                    table.ForeignKey(
                        name: "fk_employees_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_employees_grades_grade_code",
                        column: x => x.grade_code,
                        principalTable: "grades",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_employees_positions_position_id",
                        column: x => x.position_id,
                        principalTable: "positions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_employees_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "position_standards",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    position_id = table.Column<Guid>(type: "uuid", nullable: false),
                    competency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    framework_id = table.Column<Guid>(type: "uuid", nullable: false),
                    required_level = table.Column<int>(type: "integer", nullable: false),
                    weight = table.Column<decimal>(type: "numeric(4,2)", precision: 4, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_position_standards", x => x.id);
                    table.ForeignKey(
                        name: "fk_position_standards_competencies_competency_id",
                        column: x => x.competency_id,
                        principalTable: "competencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_position_standards_competency_frameworks_framework_id",
                        column: x => x.framework_id,
                        principalTable: "competency_frameworks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_position_standards_positions_position_id",
                        column: x => x.position_id,
                        principalTable: "positions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "position_assignments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_position_assignments", x => x.id);
                    table.ForeignKey(
                        name: "fk_position_assignments_employees_employee_id",
                        column: x => x.employee_id,
                        principalTable: "employees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_position_assignments_positions_position_id",
                        column: x => x.position_id,
                        principalTable: "positions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_position_assignments_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "grades",
                columns: new[] { "code", "employee_type", "name", "rank" },
                values: new object[,]
                {
                    { "I", "Pppk", "Golongan I", 1 },
                    { "I/a", "Pns", "Juru Muda", 1 },
                    { "I/b", "Pns", "Juru Muda Tingkat I", 2 },
                    { "I/c", "Pns", "Juru", 3 },
                    { "I/d", "Pns", "Juru Tingkat I", 4 },
                    { "II", "Pppk", "Golongan II", 2 },
                    { "II/a", "Pns", "Pengatur Muda", 5 },
                    { "II/b", "Pns", "Pengatur Muda Tingkat I", 6 },
                    { "II/c", "Pns", "Pengatur", 7 },
                    { "II/d", "Pns", "Pengatur Tingkat I", 8 },
                    { "III", "Pppk", "Golongan III", 3 },
                    { "III/a", "Pns", "Penata Muda", 9 },
                    { "III/b", "Pns", "Penata Muda Tingkat I", 10 },
                    { "III/c", "Pns", "Penata", 11 },
                    { "III/d", "Pns", "Penata Tingkat I", 12 },
                    { "IV", "Pppk", "Golongan IV", 4 },
                    { "IV/a", "Pns", "Pembina", 13 },
                    { "IV/b", "Pns", "Pembina Tingkat I", 14 },
                    { "IV/c", "Pns", "Pembina Utama Muda", 15 },
                    { "IV/d", "Pns", "Pembina Utama Madya", 16 },
                    { "IV/e", "Pns", "Pembina Utama", 17 },
                    { "IX", "Pppk", "Golongan IX", 9 },
                    { "V", "Pppk", "Golongan V", 5 },
                    { "VI", "Pppk", "Golongan VI", 6 },
                    { "VII", "Pppk", "Golongan VII", 7 },
                    { "VIII", "Pppk", "Golongan VIII", 8 },
                    { "X", "Pppk", "Golongan X", 10 },
                    { "XI", "Pppk", "Golongan XI", 11 },
                    { "XII", "Pppk", "Golongan XII", 12 },
                    { "XIII", "Pppk", "Golongan XIII", 13 },
                    { "XIV", "Pppk", "Golongan XIV", 14 },
                    { "XV", "Pppk", "Golongan XV", 15 },
                    { "XVI", "Pppk", "Golongan XVI", 16 },
                    { "XVII", "Pppk", "Golongan XVII", 17 }
                });

            migrationBuilder.CreateIndex(
                name: "ix_users_employee_id",
                table: "users",
                column: "employee_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_employees_agency_id_full_name",
                table: "employees",
                columns: new[] { "agency_id", "full_name" });

            migrationBuilder.CreateIndex(
                name: "ix_employees_grade_code",
                table: "employees",
                column: "grade_code");

            migrationBuilder.CreateIndex(
                name: "ix_employees_nip",
                table: "employees",
                column: "nip",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_employees_position_id",
                table: "employees",
                column: "position_id");

            migrationBuilder.CreateIndex(
                name: "ix_employees_unit_id",
                table: "employees",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_grades_employee_type_rank",
                table: "grades",
                columns: new[] { "employee_type", "rank" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_position_assignments_employee_id_start_date",
                table: "position_assignments",
                columns: new[] { "employee_id", "start_date" });

            migrationBuilder.CreateIndex(
                name: "ix_position_assignments_position_id",
                table: "position_assignments",
                column: "position_id");

            migrationBuilder.CreateIndex(
                name: "ix_position_assignments_unit_id",
                table: "position_assignments",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ux_position_assignments_current",
                table: "position_assignments",
                column: "employee_id",
                unique: true,
                filter: "end_date IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_position_standards_competency_id",
                table: "position_standards",
                column: "competency_id");

            migrationBuilder.CreateIndex(
                name: "ix_position_standards_framework_id",
                table: "position_standards",
                column: "framework_id");

            migrationBuilder.CreateIndex(
                name: "ix_position_standards_position_id_competency_id",
                table: "position_standards",
                columns: new[] { "position_id", "competency_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_positions_agency_id_code",
                table: "positions",
                columns: new[] { "agency_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_positions_agency_id_type",
                table: "positions",
                columns: new[] { "agency_id", "type" });

            migrationBuilder.CreateIndex(
                name: "ix_positions_unit_id",
                table: "positions",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_standard_defaults_agency_id_position_type",
                table: "standard_defaults",
                columns: new[] { "agency_id", "position_type" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "ix_units_agency_id_code",
                table: "units",
                columns: new[] { "agency_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_units_parent_id",
                table: "units",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_units_path",
                table: "units",
                column: "path")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.AddForeignKey(
                name: "fk_users_employees_employee_id",
                table: "users",
                column: "employee_id",
                principalTable: "employees",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_users_employees_employee_id",
                table: "users");

            migrationBuilder.DropTable(
                name: "position_assignments");

            migrationBuilder.DropTable(
                name: "position_standards");

            migrationBuilder.DropTable(
                name: "standard_defaults");

            migrationBuilder.DropTable(
                name: "employees");

            migrationBuilder.DropTable(
                name: "grades");

            migrationBuilder.DropTable(
                name: "positions");

            migrationBuilder.DropTable(
                name: "units");

            migrationBuilder.DropIndex(
                name: "ix_users_employee_id",
                table: "users");

            migrationBuilder.DropColumn(
                name: "employee_id",
                table: "users");
        }
    }
}
