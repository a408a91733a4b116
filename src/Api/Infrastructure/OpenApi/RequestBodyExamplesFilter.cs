using System.Text.Json;
using AsnCompetency.Api.Endpoints;
using AsnCompetency.Application.Agencies.Commands.CreateAgency;
using AsnCompetency.Application.Agencies.Commands.UpdateAgency;
using AsnCompetency.Application.ApiClients;
using AsnCompetency.Application.Assessments.Commands.RecordAssessment;
using AsnCompetency.Application.Auth.Commands.IssueAccessToken;
using AsnCompetency.Application.CompetencyFrameworks.Commands;
using AsnCompetency.Application.CompetencyFrameworks.Commands.AddCompetency;
using AsnCompetency.Application.CompetencyFrameworks.Commands.CreateCompetencyFramework;
using AsnCompetency.Application.CompetencyFrameworks.Commands.UpdateCompetency;
using AsnCompetency.Application.CompetencyFrameworks.Commands.UpdateCompetencyFramework;
using AsnCompetency.Application.Employees.Commands.CreateEmployee;
using AsnCompetency.Application.Employees.Commands.UpdateEmployee;
using AsnCompetency.Application.Positions.Commands.CreatePosition;
using AsnCompetency.Application.Positions.Commands.ReplacePositionStandards;
using AsnCompetency.Application.Positions.Commands.UpdatePosition;
using AsnCompetency.Application.Training.Programs;
using AsnCompetency.Application.Training.Sessions;
using AsnCompetency.Domain.Assessments;
using AsnCompetency.Domain.Employees;
using AsnCompetency.Domain.Frameworks;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Domain.Organisation;
using AsnCompetency.Domain.Positions;
using AsnCompetency.Domain.Training;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AsnCompetency.Api.Infrastructure.OpenApi;

/// <summary>
/// Examples of the main create and change bodies. They are built from the command types
/// themselves and written with the API's own JSON settings, so a renamed or retyped field changes
/// the example with it (and the linter checks each example against its schema).
/// </summary>
public sealed class RequestBodyExamplesFilter : IOperationFilter
{
    private static readonly Guid AgencyId = Guid.Parse("5b0c1e8e-6f7a-4c1e-9d3b-2a1f0e9c8b7a");
    private static readonly Guid UnitId = Guid.Parse("0f3a6c2d-1b4e-4f5a-8c9d-7e6f5a4b3c2d");
    private static readonly Guid PositionId = Guid.Parse("8d2b7c6a-5e4f-4a3b-9c1d-0e2f3a4b5c6d");
    private static readonly Guid EmployeeId = Guid.Parse("3c9e1f2a-7b6d-4e5c-8a9b-1c2d3e4f5a6b");
    private static readonly Guid CompetencyId = Guid.Parse("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");
    private static readonly Guid ProgramId = Guid.Parse("6e5d4c3b-2a1f-4e0d-9c8b-7a6f5e4d3c2b");

    private static readonly JsonSerializerOptions Json = JsonOptions();

    private static readonly List<ProficiencyLevelInput> Levels =
    [
        new() { Level = 1, Name = "Dasar", Description = "Memahami dasar-dasar bidang tugas." },
        new() { Level = 2, Name = "Menengah", Description = "Menerapkan dalam tugas rutin." },
        new() { Level = 3, Name = "Mahir", Description = "Menerapkan dalam situasi yang beragam." },
        new() { Level = 4, Name = "Ahli", Description = "Membimbing orang lain." },
        new() { Level = 5, Name = "Pakar", Description = "Menjadi rujukan nasional." },
    ];

    private static readonly List<CompetencyLevelInput> CompetencyLevels =
    [
        new() { Level = 1, Description = "Menyusun laporan keuangan sederhana dengan bimbingan.", Indicators = ["Mencatat transaksi sesuai SAP"] },
        new() { Level = 3, Description = "Menyusun laporan keuangan SKPD secara mandiri.", Indicators = ["Menyusun LRA, neraca dan CaLK", "Merekonsiliasi kas"] },
    ];

    /// <summary>One example per request body type; a type not listed here has none.</summary>
    public static IReadOnlyDictionary<Type, object> Examples { get; } = new Dictionary<Type, object>
    {
        [typeof(IssueAccessTokenCommand)] = new IssueAccessTokenCommand { UserName = "admin.kalianda", Password = "Demo#2026" },
        [typeof(CreateApiClientCommand)] = new CreateApiClientCommand("sipd-lamsel", "SIPD Lampung Selatan", AgencyId),
        [typeof(CreateAgencyCommand)] = new CreateAgencyCommand
        {
            Code = "LAMSEL",
            Name = "Pemerintah Kabupaten Lampung Selatan",
            Region = "Lampung",
            Kind = AgencyKind.PemerintahKabupaten,
        },
        [typeof(UpdateAgencyCommand)] = new UpdateAgencyCommand
        {
            Name = "Pemerintah Kabupaten Lampung Selatan",
            Region = "Lampung",
            Kind = AgencyKind.PemerintahKabupaten,
        },
        [typeof(CreateCompetencyFrameworkCommand)] = new CreateCompetencyFrameworkCommand
        {
            Code = "TEKNIS-KEU",
            Name = "Kompetensi Teknis Pengelolaan Keuangan Daerah",
            AlternativeName = "Regional financial management technical competencies",
            Description = "Kompetensi teknis bagi pengelola keuangan perangkat daerah.",
            Language = "id",
            OwnerAgencyId = AgencyId,
            ProficiencyLevels = Levels,
            Competencies =
            [
                new CompetencyTreeInput
                {
                    Code = "KEU", Name = "Akuntansi Pemerintahan", ItemType = CompetencyItemType.Group, GroupKind = CompetencyGroupKind.Teknis,
                    Children =
                    [
                        new CompetencyTreeInput
                        {
                            Code = "KEU.1", Name = "Penyusunan Laporan Keuangan", ItemType = CompetencyItemType.Competency, GroupKind = CompetencyGroupKind.Teknis,
                            Description = "Menyusun laporan keuangan perangkat daerah sesuai standar akuntansi pemerintahan.",
                            Levels = CompetencyLevels,
                        },
                    ],
                },
            ],
        },
        [typeof(UpdateCompetencyFrameworkCommand)] = new UpdateCompetencyFrameworkCommand
        {
            Name = "Kompetensi Teknis Pengelolaan Keuangan Daerah",
            Description = "Kompetensi teknis bagi pengelola keuangan perangkat daerah (revisi).",
            Language = "id",
            ProficiencyLevels = Levels,
        },
        [typeof(AddCompetencyCommand)] = new AddCompetencyCommand
        {
            Code = "KEU.2",
            Name = "Pengelolaan Kas Daerah",
            ItemType = CompetencyItemType.Competency,
            GroupKind = CompetencyGroupKind.Teknis,
            Description = "Mengelola penerimaan dan pengeluaran kas daerah.",
            ParentId = CompetencyId,
            SortOrder = 2,
            Levels = CompetencyLevels,
        },
        [typeof(UpdateCompetencyCommand)] = new UpdateCompetencyCommand
        {
            Code = "KEU.2",
            Name = "Pengelolaan Kas dan Bank Daerah",
            ItemType = CompetencyItemType.Competency,
            GroupKind = CompetencyGroupKind.Teknis,
            ParentId = CompetencyId,
            SortOrder = 2,
            Levels = CompetencyLevels,
        },
        [typeof(CreatePositionCommand)] = new CreatePositionCommand
        {
            UnitId = UnitId,
            Code = "BKPSDM-KABID-PK",
            Name = "Kepala Bidang Pengembangan Kompetensi",
            Type = PositionType.Administrator,
            Eselon = Eselon.IIIb,
        },
        [typeof(UpdatePositionCommand)] = new UpdatePositionCommand
        {
            UnitId = UnitId,
            Code = "BKPSDM-KABID-PK",
            Name = "Kepala Bidang Pengembangan Kompetensi Aparatur",
            Type = PositionType.Administrator,
            Eselon = Eselon.IIIb,
        },
        [typeof(ReplacePositionStandardsCommand)] = new ReplacePositionStandardsCommand
        {
            Items = [new PositionStandardInput { CompetencyId = CompetencyId, RequiredLevel = 3, Weight = 1.5m }],
        },
        [typeof(CreateEmployeeCommand)] = new CreateEmployeeCommand
        {
            Nip = "198609262015051001",
            FullName = "Budi Santoso",
            BackTitle = "S.Kom.",
            EmployeeType = EmployeeType.Pns,
            GradeCode = "III/b",
            Email = "budi.santoso@example.go.id",
            Phone = "081234567890",
            AgencyId = AgencyId,
            PositionId = PositionId,
            PositionStartDate = new DateOnly(2024, 1, 2),
        },
        [typeof(UpdateEmployeeCommand)] = new UpdateEmployeeCommand
        {
            Nip = "198609262015051001",
            FullName = "Budi Santoso",
            BackTitle = "M.Kom.",
            EmployeeType = EmployeeType.Pns,
            GradeCode = "III/c",
            Email = "budi.santoso@example.go.id",
            Phone = "081234567890",
            IsActive = true,
        },
        [typeof(RecordAssessmentCommand)] = new RecordAssessmentCommand
        {
            EmployeeId = EmployeeId,
            CompetencyId = CompetencyId,
            Level = 3,
            Method = AssessmentMethod.AssessmentCentre,
            AssessedOn = new DateOnly(2026, 3, 2),
            AssessorName = "UPT Penilaian Kompetensi BKN",
            EvidenceNote = "Laporan hasil assessment centre no. 12/2026",
        },
        [typeof(CreateTrainingProgramCommand)] = new CreateTrainingProgramCommand
        {
            AgencyId = AgencyId,
            Code = "PT-KEU-01",
            Title = "Pelatihan Penyusunan Laporan Keuangan SKPD",
            Form = DevelopmentForm.Technical,
            DeliveryMode = DeliveryMode.Blended,
            ProviderName = "BPKP Perwakilan Lampung",
            Jp = 32,
            CostPerParticipant = 2_500_000m,
            AnnualCapacity = 60,
            Targets = [new ProgramTargetInput(CompetencyId, 3)],
        },
        [typeof(CreateTrainingSessionCommand)] = new CreateTrainingSessionCommand
        {
            ProgramId = ProgramId,
            AgencyId = AgencyId,
            Code = "ANGKATAN-1",
            Title = "Angkatan I Tahun 2026",
            StartDate = new DateOnly(2026, 5, 4),
            EndDate = new DateOnly(2026, 5, 7),
            Location = "Aula BKPSDM Kalianda",
            Organiser = "BKPSDM Kabupaten Lampung Selatan",
            Capacity = 30,
        },
        [typeof(ClientTokenForm)] = new ClientTokenForm("client_credentials", "sipd-lamsel", "the secret shown when the client was registered", "read"),
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.RequestBody?.Content is not { } content)
        {
            return;
        }

        var types = context.ApiDescription.ParameterDescriptions
            .Where(p => p.Source == BindingSource.Body || p.Source == BindingSource.Form)
            .Select(p => p.Type)
            .Concat(context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>().Select(a => a.RequestType))
            .OfType<Type>();
        var example = types.Select(t => Examples.GetValueOrDefault(t)).FirstOrDefault(e => e is not null);
        if (example is null)
        {
            return;
        }

        foreach (var media in content.Values)
        {
            media.Example = JsonSerializer.SerializeToNode(example, example.GetType(), Json);
        }
    }

    private static JsonSerializerOptions JsonOptions()
    {
        // Fields left out of an example are optional ones; nulls would only clutter it.
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };
        DependencyInjection.ConfigureJson(options);
        return options;
    }
}
