using AsnCompetency.Domain.Assessments;
using AsnCompetency.Domain.Training;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AsnCompetency.Infrastructure.Persistence.Seeding;

/// <summary>
/// Demo training needs: programmes that target the national and the agencies' technical
/// competencies (the kinds of training the Kalianda, Alak and Medan documents ask for), and a
/// realistic spread of assessments of the demo employees: most assessed by their supervisor,
/// some also by themselves or an assessment centre, a few re-assessed after training, a few
/// corrected, and about one in twelve never assessed. Drawn from a fixed seed, so every demo
/// installation shows the same gaps.
/// </summary>
public sealed class DemoTrainingNeedsSeeder(ApplicationDbContext db, TimeProvider clock, ILogger<DemoTrainingNeedsSeeder> logger)
{
    private const int Seed = 20_261_123;

    /// <summary>National programmes: code, title, JP, cost per participant, yearly capacity, targets (competency code → level).</summary>
    private static readonly DemoProgram[] NationalPrograms =
    [
        new("PKA", "Pelatihan Kepemimpinan Administrator (PKA)", 240, 32_500_000m, 60, [("M.01", 3), ("M.04", 3), ("M.06", 3), ("M.07", 3), ("M.08", 3)])
        {
            Form = DevelopmentForm.LeadershipPka, Mode = DeliveryMode.Blended, Provider = "BPSDM Provinsi Lampung",
        },
        new("PKP", "Pelatihan Kepemimpinan Pengawas (PKP)", 208, 21_000_000m, 80, [("M.02", 2), ("M.04", 2), ("M.06", 2), ("M.08", 2)])
        {
            Form = DevelopmentForm.LeadershipPkp, Mode = DeliveryMode.Blended, Provider = "BPSDM Provinsi Lampung",
        },
        new("PELAYANAN-PRIMA", "Pelayanan Publik Prima", 32, 3_500_000m, 120, [("M.05", 3)]) { Form = DevelopmentForm.Technical },
        new("KOMUNIKASI", "Komunikasi Efektif dan Public Speaking", 24, 2_750_000m, 100, [("M.03", 3)]) { Form = DevelopmentForm.Workshop },
        new("ETIKA-INTEGRITAS", "Etika dan Integritas ASN", 16, 1_500_000m, null, [("M.01", 2), ("SK.01", 2)]) { Form = DevelopmentForm.ELearning, Mode = DeliveryMode.Online, Provider = "LAN RI (ASN Unggul)" },
        new("MANAJEMEN-PERUBAHAN", "Manajemen Perubahan dan Inovasi", 30, 4_000_000m, 60, [("M.07", 3)]) { Form = DevelopmentForm.Managerial },
        new("PROYEK-PRAKTIK", "Manajemen Proyek Berbasis Praktik", 40, 5_500_000m, 40, [("M.04", 3), ("M.08", 2)]) { Form = DevelopmentForm.Managerial, Mode = DeliveryMode.Blended },
        new("MAP-UNIV", "Magister Administrasi Publik (tugas belajar, kerja sama universitas)", 720, 60_000_000m, 5, [("M.04", 4), ("M.06", 4), ("M.07", 4), ("M.08", 4)])
        {
            Form = DevelopmentForm.FormalEducation, Provider = "Universitas Lampung, Program Magister Administrasi Publik",
            Agreement = ("PKS/045/UN26/BKPSDM/2025", new DateOnly(2025, 1, 1), new DateOnly(2028, 12, 31)),
        },
        new("COACHING-MENTORING", "Coaching dan Mentoring oleh Atasan", 10, 0m, null, [("M.06", 2), ("M.02", 2)]) { Form = DevelopmentForm.Coaching },
        new("BENCHMARKING-INOVASI", "Patok Banding Inovasi Pelayanan", null, 6_000_000m, 20, [("M.07", 3)]) { Form = DevelopmentForm.Benchmarking },
    ];

    /// <summary>Agency programmes target the agency's own technical competencies, matched by code within its framework.</summary>
    private static readonly Dictionary<string, DemoProgram[]> AgencyPrograms = new()
    {
        ["LAMSEL"] =
        [
            new("EGOV-DASAR", "E-Government dan Transformasi Digital", 32, 4_200_000m, 60, [("TIK.01", 3)]) { Form = DevelopmentForm.TechnicalGuidance, Mode = DeliveryMode.Blended },
            new("KEAMANAN-INFO", "Keamanan Informasi Instansi Pemerintah", 24, 3_800_000m, 30, [("TIK.02", 3)]),
            new("MANAJEMEN-PUSKESMAS", "Manajemen Puskesmas", 40, 4_500_000m, 40, [("KES.01", 3), ("KES.03", 2)]),
            new("SURVEILANS", "Magang Surveilans Epidemiologi", null, 2_000_000m, 20, [("KES.02", 3)]) { Form = DevelopmentForm.Internship, Provider = "Dinas Kesehatan Provinsi Lampung" },
            new("METODE-MENGAJAR", "Metode Pengajaran Inovatif", 24, 2_500_000m, 50, [("PDK.01", 3)]) { Form = DevelopmentForm.Functional, Provider = "LPMP Provinsi Lampung" },
        ],
        ["KUPANG-ALAK"] =
        [
            new("PATEN", "Pelayanan Administrasi Terpadu Kecamatan (PATEN)", 24, 2_000_000m, 30, [("PEL.01", 3)]),
            new("PENGADUAN", "Pengelolaan Pengaduan Masyarakat", 16, 1_200_000m, 30, [("PEL.02", 3)]),
            new("PEMBERDAYAAN", "Fasilitasi Pemberdayaan Masyarakat", 24, 1_800_000m, 25, [("PEM.01", 3)]),
        ],
        ["MEDAN"] =
        [
            new("MANAJEMEN-RS", "Manajemen Rumah Sakit", 48, 7_500_000m, 30, [("KES.01", 3)])
            {
                Provider = "Fakultas Kesehatan Masyarakat, Universitas Sumatera Utara", Agreement = ("PKS/112/USU-PEMKOMEDAN/2024", new DateOnly(2024, 6, 1), new DateOnly(2027, 5, 31)),
            },
            new("KESELAMATAN-PASIEN", "Keselamatan Pasien", 24, 3_000_000m, 60, [("KES.03", 3)]),
            new("TATA-KELOLA-DATA", "Tata Kelola Data dan Satu Data", 24, 3_200_000m, 40, [("TIK.01", 3)]),
            new("MANAJEMEN-PROYEK", "Manajemen Proyek Pemerintah", 32, 4_800_000m, 30, [("PP.01", 3)]),
            new("STANDAR-PELAYANAN", "Penyusunan Standar Pelayanan", 16, 1_500_000m, 50, [("PEL.01", 3)]),
        ],
    };

    public async Task SeedAsync(IReadOnlyDictionary<string, Guid> agencyIds, CancellationToken cancellationToken)
    {
        await SeedProgramsAsync(agencyIds, cancellationToken);
        await SeedAssessmentsAsync(agencyIds, cancellationToken);
    }

    private async Task SeedProgramsAsync(IReadOnlyDictionary<string, Guid> agencyIds, CancellationToken cancellationToken)
    {
        if (await db.TrainingPrograms.IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            return;
        }

        var national = await db.Competencies.IgnoreQueryFilters()
            .Where(c => db.CompetencyFrameworks.IgnoreQueryFilters().Any(f => f.Id == c.FrameworkId && f.OwnerAgencyId == null && f.Code == ReferenceDataSeeder.NationalStandardCode))
            .ToDictionaryAsync(c => c.Code, c => c.Id, cancellationToken);
        var programs = NationalPrograms.Select(p => p.Create(null, national)).ToList();
        foreach (var (agencyCode, agencyPrograms) in AgencyPrograms)
        {
            if (!agencyIds.TryGetValue(agencyCode, out var agencyId))
            {
                continue;
            }

            var technical = await db.Competencies.IgnoreQueryFilters()
                .Where(c => db.CompetencyFrameworks.IgnoreQueryFilters().Any(f => f.Id == c.FrameworkId && f.OwnerAgencyId == agencyId))
                .ToDictionaryAsync(c => c.Code, c => c.Id, cancellationToken);
            programs.AddRange(agencyPrograms.Select(p => p.Create(agencyId, technical)));
        }

        db.TrainingPrograms.AddRange(programs);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded {Count} demo training programmes", programs.Count);
    }

    private async Task SeedAssessmentsAsync(IReadOnlyDictionary<string, Guid> agencyIds, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var now = clock.GetUtcNow();
        foreach (var (agencyCode, agencyId) in agencyIds.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            if (await db.Assessments.IgnoreQueryFilters().AnyAsync(a => a.AgencyId == agencyId, cancellationToken))
            {
                continue;
            }

            var requirements = await (
                from e in db.Employees.IgnoreQueryFilters()
                join s in db.PositionStandards.IgnoreQueryFilters() on e.PositionId equals s.PositionId
                where e.AgencyId == agencyId && e.IsActive
                orderby e.Nip, s.CompetencyId
                select new { EmployeeId = e.Id, e.FullName, s.CompetencyId, s.FrameworkId, s.RequiredLevel })
                .ToListAsync(cancellationToken);
            var random = new Random(Seed + agencyCode.Length * 7919 + agencyCode[0]);
            var assessments = new List<Assessment>();
            foreach (var person in requirements.GroupBy(r => r.EmployeeId))
            {
                // About one in twelve has never been assessed; the demo Employee user always has been.
                var first = person.First();
                if (first.FullName != "Siti Rahmawati" && random.Next(12) == 0)
                {
                    continue;
                }

                // The demo Employee user has a gap to look at, from supervisor assessments only.
                var isDemoUser = first.FullName == "Siti Rahmawati";
                var ability = isDemoUser ? -2 : random.Next(-2, 2);
                var assessedOn = today.AddDays(-random.Next(60, 900));
                foreach (var requirement in person)
                {
                    if (random.Next(10) == 0 && !isDemoUser)
                    {
                        continue;
                    }

                    var level = Math.Clamp(requirement.RequiredLevel + ability + random.Next(-1, 2), 1, 5);
                    var facts = new AssessmentFacts(
                        requirement.EmployeeId, agencyId, requirement.CompetencyId, requirement.FrameworkId, level,
                        AssessmentMethod.Supervisor, assessedOn, "Atasan langsung", null, "Penilaian atasan tahunan", null);
                    var supervisor = Assessment.Record(facts, 5, today, now, null);
                    assessments.Add(supervisor);
                    var roll = isDemoUser ? 100 : random.Next(100);
                    if (roll < 25)
                    {
                        assessments.Add(Assessment.Record(
                            facts with { Method = AssessmentMethod.Self, Level = Math.Min(level + random.Next(0, 2), 5), AssessedOn = assessedOn.AddDays(-7), AssessorName = "Penilaian mandiri", EvidenceNote = null },
                            5, today, now, null));
                    }
                    else if (roll < 32)
                    {
                        assessments.Add(Assessment.Record(
                            facts with { Method = AssessmentMethod.AssessmentCentre, Level = Math.Clamp(level + random.Next(-1, 1), 1, 5), AssessedOn = assessedOn.AddDays(-30), AssessorName = "UPT Penilaian Kompetensi BKN", EvidenceNote = "Laporan assessment center" },
                            5, today, now, null));
                    }
                    else if (roll < 36 && level < 5)
                    {
                        assessments.Add(Assessment.Record(
                            facts with { Method = AssessmentMethod.PostTraining, Level = level + 1, AssessedOn = assessedOn.AddDays(45), AssessorName = "Penyelenggara pelatihan", EvidenceNote = "Penilaian ulang pasca pelatihan" },
                            5, today, now, null));
                    }
                    else if (roll < 38)
                    {
                        assessments.Add(supervisor.Correct(
                            facts with { Level = Math.Clamp(level - 1, 1, 5), EvidenceNote = "Nilai dikoreksi setelah verifikasi" },
                            "Salah input nilai pada rekap penilaian atasan", 5, today, now, null));
                    }
                }
            }

            db.Assessments.AddRange(assessments);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            logger.LogInformation("Seeded {Count} demo assessments for {AgencyCode}", assessments.Count, agencyCode);
        }
    }

    /// <param name="Jp">Null for a non-classroom form credited by the national conversion table.</param>
    private sealed record DemoProgram(string Code, string Title, int? Jp, decimal Cost, int? Capacity, (string Competency, int Level)[] Targets)
    {
        public DevelopmentForm Form { get; init; } = DevelopmentForm.Technical;

        public DeliveryMode Mode { get; init; } = DeliveryMode.InPerson;

        public string? Provider { get; init; }

        public (string Number, DateOnly From, DateOnly Until)? Agreement { get; init; }

        public TrainingProgram Create(Guid? agencyId, IReadOnlyDictionary<string, Guid> competencies)
        {
            var details = new TrainingProgramDetails(Title, Form, Jp, Cost)
            {
                DeliveryMode = Mode,
                ProviderName = Provider,
                AgreementNumber = Agreement?.Number,
                AgreementValidFrom = Agreement?.From,
                AgreementValidUntil = Agreement?.Until,
                AnnualCapacity = Capacity,
            };
            var program = TrainingProgram.Create(agencyId, Code, details, Domain.Tna.TnaSettings.NationalDefaults().ConversionJp(Form));
            foreach (var (code, level) in Targets)
            {
                if (competencies.TryGetValue(code, out var competencyId))
                {
                    program.Target(competencyId, level);
                }
            }

            return program;
        }
    }
}
