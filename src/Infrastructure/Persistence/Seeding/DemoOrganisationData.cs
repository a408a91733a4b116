using AsnCompetency.Domain.Employees;
using AsnCompetency.Domain.Organisation;
using AsnCompetency.Domain.Positions;

namespace AsnCompetency.Infrastructure.Persistence.Seeding;

/// <summary>What the demo seeds for one agency; codes tie units, positions and competencies together.</summary>
internal sealed record DemoOrganisation(
    string AgencyCode,
    string EmailDomain,
    DemoNamePool Names,
    IReadOnlyList<DemoUnit> Units,
    IReadOnlyList<DemoPosition> Positions,
    DemoFramework Framework,
    IReadOnlyList<DemoPinnedEmployee> Pinned);

/// <summary>A unit; its parent comes earlier in the list.</summary>
internal sealed record DemoUnit(string Code, string Name, UnitKind Kind, string? Parent = null);

/// <summary>A position, how many employees hold it, and the technical lines added to its proposed SKJ.</summary>
internal sealed record DemoPosition(
    string Code,
    string Name,
    PositionType Type,
    Eselon? Eselon,
    string Unit,
    int Holders,
    DemoProfession Profession,
    IReadOnlyList<DemoTechnical> Technical);

/// <summary>
/// A technical competency of the position's standard. The level is the usual one for the position
/// type moved by <paramref name="LevelOffset"/>, so a supporting competency can sit below the core one.
/// </summary>
internal sealed record DemoTechnical(string CompetencyCode, decimal Weight, int LevelOffset);

/// <summary>The academic titles people in a profession carry, and how many of them are women.</summary>
internal sealed record DemoProfession(double FemaleShare, IReadOnlyList<(string Front, string Back)> Titles);

/// <summary>Given and family names; a region where family names are shared by both genders lists them twice.</summary>
internal sealed record DemoNamePool(
    IReadOnlyList<string> MaleFirst,
    IReadOnlyList<string> FemaleFirst,
    IReadOnlyList<string> MaleLast,
    IReadOnlyList<string> FemaleLast);

/// <summary>A named employee the demo relies on (a demo user signs in as her), placed as the first holder of the position.</summary>
internal sealed record DemoPinnedEmployee(
    string PositionCode,
    string FullName,
    Gender Gender,
    string FrontTitle,
    string BackTitle,
    string? LinkedUserName);

internal static class DemoProfessions
{
    public static readonly DemoProfession Leader = new(0.35, [("", "S.Sos., M.Si."), ("", "S.E., M.M."), ("", "S.H., M.H."), ("", "S.IP., M.Si."), ("", "S.STP., M.Si.")]);
    public static readonly DemoProfession GovernmentOfficer = new(0.3, [("", "S.STP."), ("", "S.STP., M.Si."), ("", "S.IP."), ("", "S.Sos., M.Si.")]);
    public static readonly DemoProfession HealthLeader = new(0.55, [("dr.", "M.Kes."), ("dr.", "M.K.M."), ("", "S.KM., M.Kes."), ("dr.", "")]);
    public static readonly DemoProfession EducationLeader = new(0.45, [("", "S.Pd., M.Pd."), ("", "S.Pd., M.Si."), ("Dr.", "M.Pd.")]);
    public static readonly DemoProfession InformaticsLeader = new(0.3, [("", "S.Kom., M.T."), ("", "S.T., M.Kom."), ("", "S.Kom., M.M.")]);
    public static readonly DemoProfession Doctor = new(0.6, [("dr.", ""), ("dr.", ""), ("dr.", "M.Kes.")]);
    public static readonly DemoProfession Specialist = new(0.45, [("dr.", "Sp.PD."), ("dr.", "Sp.A."), ("dr.", "Sp.OG."), ("dr.", "Sp.B."), ("dr.", "Sp.JP.")]);
    public static readonly DemoProfession Dentist = new(0.7, [("drg.", "")]);
    public static readonly DemoProfession NurseExpert = new(0.7, [("", "S.Kep., Ns.")]);
    public static readonly DemoProfession Nurse = new(0.7, [("", "A.Md.Kep.")]);
    public static readonly DemoProfession Midwife = new(1.0, [("", "A.Md.Keb."), ("", "S.Tr.Keb.")]);
    public static readonly DemoProfession PublicHealth = new(0.6, [("", "S.KM."), ("", "S.KM."), ("", "S.KM., M.Kes."), ("", "S.KM., M.Epid.")]);
    public static readonly DemoProfession Sanitarian = new(0.5, [("", "A.Md.KL.")]);
    public static readonly DemoProfession Nutritionist = new(0.8, [("", "A.Md.Gz.")]);
    public static readonly DemoProfession Pharmacist = new(0.7, [("", "S.Farm., Apt.")]);
    public static readonly DemoProfession Teacher = new(0.7, [("", "S.Pd."), ("", "S.Pd."), ("", "S.Pd., M.Pd."), ("", "S.Pd.I.")]);
    public static readonly DemoProfession Librarian = new(0.7, [("", "A.Md."), ("", "S.I.Pust.")]);
    public static readonly DemoProfession Informatics = new(0.4, [("", "S.Kom."), ("", "S.Kom."), ("", "S.T."), ("", "S.Kom., M.T.")]);
    public static readonly DemoProfession InformaticsTechnician = new(0.35, [("", "A.Md.Kom."), ("", "A.Md.")]);
    public static readonly DemoProfession Statistician = new(0.5, [("", "S.Si."), ("", "S.Stat."), ("", "S.Tr.Stat.")]);
    public static readonly DemoProfession HumanResources = new(0.55, [("", "S.Psi."), ("", "S.Sos."), ("", "S.E."), ("", "S.Sos., M.Si.")]);
    public static readonly DemoProfession Auditor = new(0.45, [("", "S.E., Ak."), ("", "S.E."), ("", "S.H."), ("", "S.E., M.Ak.")]);
    public static readonly DemoProfession PolicyAnalyst = new(0.5, [("", "S.IP."), ("", "S.Sos., M.Si."), ("", "S.H.")]);
    public static readonly DemoProfession Archivist = new(0.6, [("", ""), ("", "A.Md.")]);
    public static readonly DemoProfession PublicOrder = new(0.2, [("", ""), ("", "A.Md.")]);
    public static readonly DemoProfession Administration = new(0.5, [("", ""), ("", ""), ("", "A.Md."), ("", "S.E."), ("", "S.Sos."), ("", "S.H.")]);
    public static readonly DemoProfession Operator = new(0.3, [("", ""), ("", ""), ("", "A.Md.")]);
}

/// <summary>
/// The three demo agencies' organisations, modelled on the perangkat daerah of a kabupaten, a
/// kecamatan and a kota (DOMAIN.md §6). Counts are sized for a demo, not taken from real formations.
/// </summary>
internal static class DemoOrganisationData
{
    /// <summary>The order matters: employee numbers are drawn from one sequence in this order.</summary>
    public static IReadOnlyList<DemoOrganisation> All() => [LampungSelatan(), KecamatanAlak(), KotaMedan()];

    private static DemoOrganisation LampungSelatan() => new(
        "LAMSEL",
        "lampungselatan.demo.asncompetency.id",
        new DemoNamePool(
            ["Ahmad", "Rudi", "Yusuf", "Budi", "Agus", "Hendra", "Iwan", "Joko", "Dedi", "Heri", "Arif", "Fajar", "Rizal", "Irwan", "Andi", "Wahyu", "Eko", "Bambang", "Hasan", "Zainal", "Syaiful", "Rahmat"],
            ["Siti", "Dewi", "Rina", "Sri", "Nurul", "Yuli", "Wulan", "Ratna", "Fitri", "Eka", "Indah", "Novi", "Ayu", "Lina", "Desi", "Rahma", "Dian", "Mega"],
            ["Fauzi", "Hartono", "Hidayat", "Saputra", "Setiawan", "Kurniawan", "Pratama", "Gunawan", "Wijaya", "Syahputra", "Ramadhan", "Nugroho", "Effendi", "Basri", "Hakim", "Firmansyah", "Susanto", "Purnomo", "Irawan", "Hamzah", "Sanjaya", "Ardiansyah"],
            ["Rahmawati", "Lestari", "Wahyuni", "Handayani", "Susanti", "Puspita", "Anggraini", "Fitriani", "Marlina", "Yulianti", "Safitri", "Oktaviani", "Agustina", "Kartika", "Permatasari", "Novitasari", "Maharani", "Wulandari", "Hasanah", "Aprilia"]),
        [
            new("SETDA", "Sekretariat Daerah", UnitKind.SekretariatDaerah),
            new("SETDA-UMUM", "Bagian Umum", UnitKind.Bagian, "SETDA"),
            new("SETDA-ORG", "Bagian Organisasi", UnitKind.Bagian, "SETDA"),
            new("INSPEKTORAT", "Inspektorat", UnitKind.Inspektorat),
            new("DINKES", "Dinas Kesehatan", UnitKind.Dinas),
            new("DINKES-SEKR", "Sekretariat", Secretariat, "DINKES"),
            new("DINKES-P2P", "Bidang Pencegahan dan Pengendalian Penyakit", UnitKind.Bidang, "DINKES"),
            new("DINKES-P2P-SURVIM", "Seksi Surveilans dan Imunisasi", UnitKind.Seksi, "DINKES-P2P"),
            new("DINKES-YANKES", "Bidang Pelayanan Kesehatan", UnitKind.Bidang, "DINKES"),
            new("PKM-KALIANDA", "UPT Puskesmas Kalianda", UnitKind.Upt, "DINKES"),
            new("PKM-NATAR", "UPT Puskesmas Natar", UnitKind.Upt, "DINKES"),
            new("DISDIKBUD", "Dinas Pendidikan dan Kebudayaan", UnitKind.Dinas),
            new("DISDIKBUD-SD", "Bidang Pembinaan Sekolah Dasar", UnitKind.Bidang, "DISDIKBUD"),
            new("SDN1-KALIANDA", "UPT SD Negeri 1 Kalianda", UnitKind.Upt, "DISDIKBUD"),
            new("DISKOMINFO", "Dinas Komunikasi dan Informatika", UnitKind.Dinas),
            new("DISKOMINFO-APTIKA", "Bidang Aplikasi Informatika", UnitKind.Bidang, "DISKOMINFO"),
            new("DISKOMINFO-STATSAN", "Bidang Statistik dan Persandian", UnitKind.Bidang, "DISKOMINFO"),
            new("BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", UnitKind.Badan),
            new("BKPSDM-PKA", "Bidang Pengembangan Kompetensi Aparatur", UnitKind.Bidang, "BKPSDM"),
            new("KEC-KALIANDA", "Kecamatan Kalianda", UnitKind.Kecamatan),
            new("KEC-KALIANDA-SEKR", "Sekretariat Kecamatan", Secretariat, "KEC-KALIANDA"),
            new("KEC-KALIANDA-YANUM", "Seksi Pelayanan Umum", UnitKind.Seksi, "KEC-KALIANDA"),
        ],
        [
            Head("SEKDA", "Sekretaris Daerah", PositionType.JptPratama, Eselon.IIa, "SETDA", DemoProfessions.Leader),
            Head("KABAG-UMUM", "Kepala Bagian Umum", PositionType.Administrator, Eselon.IIIa, "SETDA-UMUM", DemoProfessions.Leader),
            Staff("ARSIPARIS-PML", "Arsiparis Pemula", PositionType.FungsionalPemula, "SETDA-UMUM", 2, DemoProfessions.Archivist),
            Staff("ARSIPARIS-TRP", "Arsiparis Terampil", PositionType.FungsionalTerampil, "SETDA-UMUM", 1, DemoProfessions.Archivist),
            Clerk("PU-SETDA-UMUM", "SETDA-UMUM", 4),
            ServiceOperator("OPR-SETDA-UMUM", "SETDA-UMUM", 2),
            Head("KABAG-ORG", "Kepala Bagian Organisasi", PositionType.Administrator, Eselon.IIIa, "SETDA-ORG", DemoProfessions.Leader),
            Staff("ANKEB-AM-ORG", "Analis Kebijakan Ahli Muda", PositionType.FungsionalAhliMuda, "SETDA-ORG", 1, DemoProfessions.PolicyAnalyst),
            Staff("ANKEB-AP-ORG", "Analis Kebijakan Ahli Pertama", PositionType.FungsionalAhliPertama, "SETDA-ORG", 2, DemoProfessions.PolicyAnalyst),
            DataProcessor("PD-SETDA-ORG", "SETDA-ORG", 1),

            Head("INSPEKTUR", "Inspektur", PositionType.JptPratama, Eselon.IIb, "INSPEKTORAT", DemoProfessions.Leader),
            Staff("AUDITOR-AMD", "Auditor Ahli Madya", PositionType.FungsionalAhliMadya, "INSPEKTORAT", 1, DemoProfessions.Auditor),
            Staff("AUDITOR-AM", "Auditor Ahli Muda", PositionType.FungsionalAhliMuda, "INSPEKTORAT", 2, DemoProfessions.Auditor),
            Staff("AUDITOR-AP", "Auditor Ahli Pertama", PositionType.FungsionalAhliPertama, "INSPEKTORAT", 3, DemoProfessions.Auditor),
            Clerk("PU-INSPEKTORAT", "INSPEKTORAT", 2),

            Head("KADINKES", "Kepala Dinas Kesehatan", PositionType.JptPratama, Eselon.IIb, "DINKES", DemoProfessions.HealthLeader,
                Tech("KES.01", 1.5m), Tech("KES.02", levelOffset: -1), Tech("KES.03", levelOffset: -1)),
            Head("SEKDINKES", "Sekretaris Dinas Kesehatan", PositionType.Administrator, Eselon.IIIa, "DINKES-SEKR", DemoProfessions.Leader,
                Tech("KES.01", levelOffset: -1)),
            Head("KASUBAG-UMPEG-DINKES", "Kepala Subbagian Umum dan Kepegawaian", PositionType.Pengawas, Eselon.IVa, "DINKES-SEKR", DemoProfessions.Leader),
            Clerk("PU-DINKES", "DINKES-SEKR", 3),
            ServiceOperator("OPR-DINKES", "DINKES-SEKR", 1),
            Head("KABID-P2P", "Kepala Bidang Pencegahan dan Pengendalian Penyakit", PositionType.Administrator, Eselon.IIIb, "DINKES-P2P", DemoProfessions.HealthLeader,
                Tech("KES.02", 2m)),
            Head("KASI-SURVIM", "Kepala Seksi Surveilans dan Imunisasi", PositionType.Pengawas, Eselon.IVa, "DINKES-P2P-SURVIM", DemoProfessions.PublicHealth,
                Tech("KES.02", 2m)),
            Staff("EPID-AM", "Epidemiolog Kesehatan Ahli Muda", PositionType.FungsionalAhliMuda, "DINKES-P2P-SURVIM", 1, DemoProfessions.PublicHealth, Tech("KES.02", 2m)),
            Staff("EPID-AP", "Epidemiolog Kesehatan Ahli Pertama", PositionType.FungsionalAhliPertama, "DINKES-P2P-SURVIM", 2, DemoProfessions.PublicHealth, Tech("KES.02", 2m)),
            DataProcessor("PD-SURVIM", "DINKES-P2P-SURVIM", 1, Tech("KES.02")),
            Head("KABID-YANKES", "Kepala Bidang Pelayanan Kesehatan", PositionType.Administrator, Eselon.IIIb, "DINKES-YANKES", DemoProfessions.HealthLeader,
                Tech("KES.03", 1.5m), Tech("KES.01", levelOffset: -1)),
            DataProcessor("PD-YANKES", "DINKES-YANKES", 2, Tech("KES.03")),

            Head("KAPKM-KALIANDA", "Kepala UPT Puskesmas Kalianda", PositionType.Pengawas, Eselon.IVa, "PKM-KALIANDA", DemoProfessions.HealthLeader,
                Tech("KES.01", 2m), Tech("KES.03", 1.5m)),
            Staff("DOKTER-AM-KLD", "Dokter Ahli Muda", PositionType.FungsionalAhliMuda, "PKM-KALIANDA", 1, DemoProfessions.Doctor, Tech("KES.03", 2m), Tech("KES.02", levelOffset: -1)),
            Staff("DOKTER-AP-KLD", "Dokter Ahli Pertama", PositionType.FungsionalAhliPertama, "PKM-KALIANDA", 2, DemoProfessions.Doctor, Tech("KES.03", 2m)),
            Staff("PERAWAT-AP-KLD", "Perawat Ahli Pertama", PositionType.FungsionalAhliPertama, "PKM-KALIANDA", 2, DemoProfessions.NurseExpert, Tech("KES.03", 1.5m)),
            Staff("PERAWAT-PNY-KLD", "Perawat Penyelia", PositionType.FungsionalPenyelia, "PKM-KALIANDA", 1, DemoProfessions.Nurse, Tech("KES.03", 1.5m)),
            Staff("PERAWAT-MHR-KLD", "Perawat Mahir", PositionType.FungsionalMahir, "PKM-KALIANDA", 3, DemoProfessions.Nurse, Tech("KES.03", 1.5m)),
            Staff("PERAWAT-TRP-KLD", "Perawat Terampil", PositionType.FungsionalTerampil, "PKM-KALIANDA", 6, DemoProfessions.Nurse, Tech("KES.03", 1.5m)),
            Staff("BIDAN-MHR-KLD", "Bidan Mahir", PositionType.FungsionalMahir, "PKM-KALIANDA", 2, DemoProfessions.Midwife, Tech("KES.03", 1.5m)),
            Staff("BIDAN-TRP-KLD", "Bidan Terampil", PositionType.FungsionalTerampil, "PKM-KALIANDA", 5, DemoProfessions.Midwife, Tech("KES.03", 1.5m)),
            Clerk("PU-PKM-KLD", "PKM-KALIANDA", 2),
            Head("KAPKM-NATAR", "Kepala UPT Puskesmas Natar", PositionType.Pengawas, Eselon.IVa, "PKM-NATAR", DemoProfessions.HealthLeader,
                Tech("KES.01", 2m), Tech("KES.03", 1.5m)),
            Staff("DOKTER-AP-NTR", "Dokter Ahli Pertama", PositionType.FungsionalAhliPertama, "PKM-NATAR", 2, DemoProfessions.Doctor, Tech("KES.03", 2m)),
            Staff("PERAWAT-AP-NTR", "Perawat Ahli Pertama", PositionType.FungsionalAhliPertama, "PKM-NATAR", 1, DemoProfessions.NurseExpert, Tech("KES.03", 1.5m)),
            Staff("PERAWAT-MHR-NTR", "Perawat Mahir", PositionType.FungsionalMahir, "PKM-NATAR", 2, DemoProfessions.Nurse, Tech("KES.03", 1.5m)),
            Staff("PERAWAT-TRP-NTR", "Perawat Terampil", PositionType.FungsionalTerampil, "PKM-NATAR", 5, DemoProfessions.Nurse, Tech("KES.03", 1.5m)),
            Staff("BIDAN-TRP-NTR", "Bidan Terampil", PositionType.FungsionalTerampil, "PKM-NATAR", 4, DemoProfessions.Midwife, Tech("KES.03", 1.5m)),
            Clerk("PU-PKM-NTR", "PKM-NATAR", 1),

            Head("KADISDIKBUD", "Kepala Dinas Pendidikan dan Kebudayaan", PositionType.JptPratama, Eselon.IIb, "DISDIKBUD", DemoProfessions.EducationLeader,
                Tech("PDK.01", levelOffset: -1)),
            Clerk("PU-DISDIKBUD", "DISDIKBUD", 3),
            Head("KABID-SD", "Kepala Bidang Pembinaan Sekolah Dasar", PositionType.Administrator, Eselon.IIIb, "DISDIKBUD-SD", DemoProfessions.EducationLeader,
                Tech("PDK.01", 1.5m)),
            DataProcessor("PD-DISDIKBUD-SD", "DISDIKBUD-SD", 2),
            Staff("GURU-AMD-SDN1", "Guru Ahli Madya", PositionType.FungsionalAhliMadya, "SDN1-KALIANDA", 2, DemoProfessions.Teacher, Tech("PDK.01", 2m)),
            Staff("GURU-AM-SDN1", "Guru Ahli Muda", PositionType.FungsionalAhliMuda, "SDN1-KALIANDA", 5, DemoProfessions.Teacher, Tech("PDK.01", 2m)),
            Staff("GURU-AP-SDN1", "Guru Ahli Pertama", PositionType.FungsionalAhliPertama, "SDN1-KALIANDA", 8, DemoProfessions.Teacher, Tech("PDK.01", 2m)),
            Staff("PUSTAKAWAN-TRP-SDN1", "Pustakawan Terampil", PositionType.FungsionalTerampil, "SDN1-KALIANDA", 1, DemoProfessions.Librarian),
            Clerk("PU-SDN1", "SDN1-KALIANDA", 2),

            Head("KADISKOMINFO", "Kepala Dinas Komunikasi dan Informatika", PositionType.JptPratama, Eselon.IIb, "DISKOMINFO", DemoProfessions.InformaticsLeader,
                Tech("TIK.01", 1.5m), Tech("TIK.02", levelOffset: -1)),
            Clerk("PU-DISKOMINFO", "DISKOMINFO", 2),
            Head("KABID-APTIKA", "Kepala Bidang Aplikasi Informatika", PositionType.Administrator, Eselon.IIIb, "DISKOMINFO-APTIKA", DemoProfessions.InformaticsLeader,
                Tech("TIK.01", 2m), Tech("TIK.02", levelOffset: -1)),
            Staff("PRAKOM-AM-APTIKA", "Pranata Komputer Ahli Muda", PositionType.FungsionalAhliMuda, "DISKOMINFO-APTIKA", 2, DemoProfessions.Informatics,
                Tech("TIK.01", 2m), Tech("TIK.02", levelOffset: -1)),
            Staff("PRAKOM-AP-APTIKA", "Pranata Komputer Ahli Pertama", PositionType.FungsionalAhliPertama, "DISKOMINFO-APTIKA", 5, DemoProfessions.Informatics,
                Tech("TIK.01", 2m), Tech("TIK.02", levelOffset: -1)),
            Staff("PRAKOM-TRP-APTIKA", "Pranata Komputer Terampil", PositionType.FungsionalTerampil, "DISKOMINFO-APTIKA", 3, DemoProfessions.InformaticsTechnician,
                Tech("TIK.01", 1.5m)),
            Head("KABID-STATSAN", "Kepala Bidang Statistik dan Persandian", PositionType.Administrator, Eselon.IIIb, "DISKOMINFO-STATSAN", DemoProfessions.InformaticsLeader,
                Tech("TIK.02", 2m)),
            Staff("STATISTISI-AP", "Statistisi Ahli Pertama", PositionType.FungsionalAhliPertama, "DISKOMINFO-STATSAN", 2, DemoProfessions.Statistician),
            Staff("SANDIMAN-AP", "Sandiman Ahli Pertama", PositionType.FungsionalAhliPertama, "DISKOMINFO-STATSAN", 1, DemoProfessions.Informatics, Tech("TIK.02", 2m)),
            DataProcessor("PD-STATSAN", "DISKOMINFO-STATSAN", 2),

            Head("KABKPSDM", "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", PositionType.JptPratama, Eselon.IIb, "BKPSDM", DemoProfessions.Leader),
            Clerk("PU-BKPSDM", "BKPSDM", 3),
            DataProcessor("PD-BKPSDM", "BKPSDM", 2),
            Head("KABID-PKA", "Kepala Bidang Pengembangan Kompetensi Aparatur", PositionType.Administrator, Eselon.IIIb, "BKPSDM-PKA", DemoProfessions.Leader),
            Staff("ASDM-AM-PKA", "Analis SDM Aparatur Ahli Muda", PositionType.FungsionalAhliMuda, "BKPSDM-PKA", 2, DemoProfessions.HumanResources),
            Staff("ASDM-AP-PKA", "Analis SDM Aparatur Ahli Pertama", PositionType.FungsionalAhliPertama, "BKPSDM-PKA", 3, DemoProfessions.HumanResources),

            Head("CAMAT-KALIANDA", "Camat Kalianda", PositionType.Administrator, Eselon.IIIa, "KEC-KALIANDA", DemoProfessions.GovernmentOfficer),
            Head("SEKCAM-KALIANDA", "Sekretaris Kecamatan Kalianda", PositionType.Administrator, Eselon.IIIb, "KEC-KALIANDA-SEKR", DemoProfessions.GovernmentOfficer),
            Clerk("PU-KEC-KALIANDA", "KEC-KALIANDA-SEKR", 3),
            Head("KASI-YANUM-KALIANDA", "Kepala Seksi Pelayanan Umum", PositionType.Pengawas, Eselon.IVa, "KEC-KALIANDA-YANUM", DemoProfessions.GovernmentOfficer),
            ServiceOperator("OPR-KEC-KALIANDA", "KEC-KALIANDA-YANUM", 3),
            DataProcessor("PD-KEC-KALIANDA", "KEC-KALIANDA-YANUM", 1),
        ],
        DemoFrameworks.LampungSelatan(),
        [new("PRAKOM-AP-APTIKA", "Siti Rahmawati", Gender.Female, "", "S.Kom.", "pegawai.kalianda")]);

    private static DemoOrganisation KecamatanAlak() => new(
        "KUPANG-ALAK",
        "alak.demo.asncompetency.id",
        new DemoNamePool(
            ["Yohanes", "Agustinus", "Fransiskus", "Yosef", "Markus", "Petrus", "Paulus", "Stefanus", "Daniel", "Marthen", "Yakobus", "Obed", "Semuel", "Aleksander", "Hendrik", "Melkianus", "Yeremias", "Nikolaus"],
            ["Maria", "Yuliana", "Agustina", "Yohana", "Magdalena", "Theresia", "Elisabeth", "Margaretha", "Ester", "Debora", "Marselina", "Kristina", "Florida", "Adriana", "Ermelinda", "Naomi", "Yasinta"],
            TimorFamilyNames,
            TimorFamilyNames),
        [
            // The agency is the kecamatan itself; the root unit is the camat's office above the sections.
            new("KEC-ALAK", "Kecamatan Alak", UnitKind.Kecamatan),
            new("SEKCAM", "Sekretariat Kecamatan", Secretariat, "KEC-ALAK"),
            new("SIE-PEM", "Seksi Pemerintahan", UnitKind.Seksi, "KEC-ALAK"),
            new("SIE-YANUM", "Seksi Pelayanan Umum", UnitKind.Seksi, "KEC-ALAK"),
            new("SIE-KESOS", "Seksi Kesejahteraan Sosial", UnitKind.Seksi, "KEC-ALAK"),
            new("SIE-TRANTIB", "Seksi Ketenteraman dan Ketertiban Umum", UnitKind.Seksi, "KEC-ALAK"),
            new("KEL-ALAK", "Kelurahan Alak", UnitKind.Kelurahan, "KEC-ALAK"),
            new("KEL-NAMOSAIN", "Kelurahan Namosain", UnitKind.Kelurahan, "KEC-ALAK"),
            new("KEL-FATUFETO", "Kelurahan Fatufeto", UnitKind.Kelurahan, "KEC-ALAK"),
            new("PKM-ALAK", "UPT Puskesmas Alak", UnitKind.Upt, "KEC-ALAK"),
        ],
        [
            Head("CAMAT-ALAK", "Camat Alak", PositionType.Administrator, Eselon.IIIa, "KEC-ALAK", DemoProfessions.GovernmentOfficer,
                Tech("PEL.01", 1.5m), Tech("PEM.01"), Tech("PEL.02", levelOffset: -1)),
            Head("SEKCAM-ALAK", "Sekretaris Kecamatan Alak", PositionType.Administrator, Eselon.IIIb, "SEKCAM", DemoProfessions.GovernmentOfficer,
                Tech("PEL.01", levelOffset: -1)),
            Clerk("PU-SEKCAM", "SEKCAM", 3, Tech("PEL.01")),
            DataProcessor("PD-SEKCAM", "SEKCAM", 2),
            Staff("ARSIPARIS-TRP", "Arsiparis Terampil", PositionType.FungsionalTerampil, "SEKCAM", 1, DemoProfessions.Archivist),
            Head("KASI-PEM", "Kepala Seksi Pemerintahan", PositionType.Pengawas, Eselon.IVa, "SIE-PEM", DemoProfessions.GovernmentOfficer, Tech("PEM.01", 1.5m)),
            Clerk("PU-PEM", "SIE-PEM", 2),
            DataProcessor("PD-PEM", "SIE-PEM", 1),
            Head("KASI-YANUM", "Kepala Seksi Pelayanan Umum", PositionType.Pengawas, Eselon.IVa, "SIE-YANUM", DemoProfessions.GovernmentOfficer,
                Tech("PEL.01", 2m), Tech("PEL.02", 1.5m)),
            ServiceOperator("OPR-YANUM", "SIE-YANUM", 4, Tech("PEL.01", 2m), Tech("PEL.02")),
            Staff("PRAKOM-TRP-YANUM", "Pranata Komputer Terampil", PositionType.FungsionalTerampil, "SIE-YANUM", 1, DemoProfessions.InformaticsTechnician, Tech("PEL.01")),
            Head("KASI-KESOS", "Kepala Seksi Kesejahteraan Sosial", PositionType.Pengawas, Eselon.IVa, "SIE-KESOS", DemoProfessions.GovernmentOfficer, Tech("PEM.01", 2m)),
            DataProcessor("PD-KESOS", "SIE-KESOS", 1, Tech("PEM.01")),
            Head("KASI-TRANTIB", "Kepala Seksi Ketenteraman dan Ketertiban Umum", PositionType.Pengawas, Eselon.IVa, "SIE-TRANTIB", DemoProfessions.GovernmentOfficer,
                Tech("TRB.01", 2m), Tech("PEL.02")),
            Staff("POLPP-MHR", "Polisi Pamong Praja Mahir", PositionType.FungsionalMahir, "SIE-TRANTIB", 1, DemoProfessions.PublicOrder, Tech("TRB.01", 2m)),
            Staff("POLPP-TRP", "Polisi Pamong Praja Terampil", PositionType.FungsionalTerampil, "SIE-TRANTIB", 2, DemoProfessions.PublicOrder, Tech("TRB.01", 2m)),
            .. Kelurahan("ALAK", "Lurah Alak", 3),
            .. Kelurahan("NAMOSAIN", "Lurah Namosain", 3),
            .. Kelurahan("FATUFETO", "Lurah Fatufeto", 2),
            Head("KAPKM-ALAK", "Kepala UPT Puskesmas Alak", PositionType.Pengawas, Eselon.IVa, "PKM-ALAK", DemoProfessions.HealthLeader, Tech("PEL.02", 1.5m)),
            Staff("DOKTER-AP-ALAK", "Dokter Ahli Pertama", PositionType.FungsionalAhliPertama, "PKM-ALAK", 2, DemoProfessions.Doctor),
            Staff("PERAWAT-AP-ALAK", "Perawat Ahli Pertama", PositionType.FungsionalAhliPertama, "PKM-ALAK", 2, DemoProfessions.NurseExpert),
            Staff("PERAWAT-TRP-ALAK", "Perawat Terampil", PositionType.FungsionalTerampil, "PKM-ALAK", 6, DemoProfessions.Nurse),
            Staff("BIDAN-MHR-ALAK", "Bidan Mahir", PositionType.FungsionalMahir, "PKM-ALAK", 1, DemoProfessions.Midwife),
            Staff("BIDAN-TRP-ALAK", "Bidan Terampil", PositionType.FungsionalTerampil, "PKM-ALAK", 5, DemoProfessions.Midwife),
            Staff("PKM-AP-ALAK", "Penyuluh Kesehatan Masyarakat Ahli Pertama", PositionType.FungsionalAhliPertama, "PKM-ALAK", 1, DemoProfessions.PublicHealth, Tech("PEM.01")),
            Staff("SANITARIAN-TRP-ALAK", "Tenaga Sanitasi Lingkungan Terampil", PositionType.FungsionalTerampil, "PKM-ALAK", 1, DemoProfessions.Sanitarian),
            Staff("NUTRISIONIS-TRP-ALAK", "Nutrisionis Terampil", PositionType.FungsionalTerampil, "PKM-ALAK", 1, DemoProfessions.Nutritionist),
            Clerk("PU-PKM-ALAK", "PKM-ALAK", 2, Tech("PEL.02")),
        ],
        DemoFrameworks.KecamatanAlak(),
        []);

    private static DemoOrganisation KotaMedan() => new(
        "MEDAN",
        "medan.demo.asncompetency.id",
        new DemoNamePool(
            ["Rizky", "Andi", "Hendra", "Fernando", "Dedi", "Ahmad", "Muhammad", "Ricardo", "Joni", "Bonar", "Martin", "Roy", "Irfan", "Fadli", "Syahrul", "Budi", "Tigor", "Parlindungan", "Darwin", "Wahyu"],
            ["Nurhayati", "Fitri", "Dewi", "Rina", "Sari", "Intan", "Novita", "Rosmawati", "Yanti", "Maya", "Riris", "Ernita", "Tiurma", "Sondang", "Lasma", "Juliana", "Nova", "Siti"],
            [.. BatakAndMalayFamilyNames, "Syahputra", "Pratama", "Hidayat", "Saputra"],
            [.. BatakAndMalayFamilyNames, "Wahyuni", "Lestari", "Handayani", "Rahayu"]),
        [
            new("SETDA", "Sekretariat Daerah", UnitKind.SekretariatDaerah),
            new("SETDA-TAPEM", "Bagian Tata Pemerintahan", UnitKind.Bagian, "SETDA"),
            new("SETDA-UMUM", "Bagian Umum", UnitKind.Bagian, "SETDA"),
            new("DINKES", "Dinas Kesehatan", UnitKind.Dinas),
            new("DINKES-YANKES", "Bidang Pelayanan Kesehatan", UnitKind.Bidang, "DINKES"),
            new("PKM-PDBULAN", "UPT Puskesmas Padang Bulan", UnitKind.Upt, "DINKES"),
            new("DISDIK", "Dinas Pendidikan", UnitKind.Dinas),
            new("DISDIK-GTK", "Bidang Guru dan Tenaga Kependidikan", UnitKind.Bidang, "DISDIK"),
            new("SMPN1-MEDAN", "UPT SMP Negeri 1 Medan", UnitKind.Upt, "DISDIK"),
            new("DISKOMINFO", "Dinas Komunikasi dan Informatika", UnitKind.Dinas),
            new("DISKOMINFO-APTIKA", "Bidang Aplikasi Informatika", UnitKind.Bidang, "DISKOMINFO"),
            new("DISKOMINFO-STATSAN", "Bidang Statistik dan Persandian", UnitKind.Bidang, "DISKOMINFO"),
            new("BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", UnitKind.Badan),
            new("BKPSDM-PKA", "Bidang Pengembangan Kompetensi Aparatur", UnitKind.Bidang, "BKPSDM"),
            new("KEC-MDNBARU", "Kecamatan Medan Baru", UnitKind.Kecamatan),
            new("KEC-MDNBARU-YANUM", "Seksi Pelayanan Umum", UnitKind.Seksi, "KEC-MDNBARU"),
            new("KEL-PDBULAN", "Kelurahan Padang Bulan", UnitKind.Kelurahan, "KEC-MDNBARU"),
            new("KEC-MDNJOHOR", "Kecamatan Medan Johor", UnitKind.Kecamatan),
            new("KEC-MDNJOHOR-TRANTIB", "Seksi Ketenteraman dan Ketertiban Umum", UnitKind.Seksi, "KEC-MDNJOHOR"),
            new("KEL-PKLMASYHUR", "Kelurahan Pangkalan Masyhur", UnitKind.Kelurahan, "KEC-MDNJOHOR"),
            new("RSUD-PIRNGADI", "UPT RSUD dr. Pirngadi", UnitKind.Upt),
        ],
        [
            Head("SEKDA", "Sekretaris Daerah", PositionType.JptPratama, Eselon.IIa, "SETDA", DemoProfessions.Leader, Tech("PP.01"), Tech("PEL.01", levelOffset: -1)),

            // Demo-only placements: a kota's asisten and staf ahli are JPT Pratama in reality. These two
            // exist so that every position type, JPT Madya and JPT Utama included, appears in the demo.
            Head("ASISTEN-PEMKESRA", "Asisten Pemerintahan dan Kesejahteraan Rakyat", PositionType.JptMadya, null, "SETDA", DemoProfessions.Leader,
                Tech("PEL.01", 1.5m)),
            Head("SAHLI-PEM", "Staf Ahli Wali Kota Bidang Pemerintahan", PositionType.JptUtama, null, "SETDA", DemoProfessions.Leader, Tech("PEL.01")),

            Head("KABAG-TAPEM", "Kepala Bagian Tata Pemerintahan", PositionType.Administrator, Eselon.IIIa, "SETDA-TAPEM", DemoProfessions.GovernmentOfficer),
            Staff("ANKEB-AM-TAPEM", "Analis Kebijakan Ahli Muda", PositionType.FungsionalAhliMuda, "SETDA-TAPEM", 2, DemoProfessions.PolicyAnalyst),
            Staff("ANKEB-AP-TAPEM", "Analis Kebijakan Ahli Pertama", PositionType.FungsionalAhliPertama, "SETDA-TAPEM", 2, DemoProfessions.PolicyAnalyst),
            Clerk("PU-SETDA-TAPEM", "SETDA-TAPEM", 3),
            Head("KABAG-UMUM", "Kepala Bagian Umum", PositionType.Administrator, Eselon.IIIa, "SETDA-UMUM", DemoProfessions.Leader),
            Staff("ARSIPARIS-MHR", "Arsiparis Mahir", PositionType.FungsionalMahir, "SETDA-UMUM", 1, DemoProfessions.Archivist),
            Staff("ARSIPARIS-TRP", "Arsiparis Terampil", PositionType.FungsionalTerampil, "SETDA-UMUM", 2, DemoProfessions.Archivist),
            Clerk("PU-SETDA-UMUM", "SETDA-UMUM", 4),
            ServiceOperator("OPR-SETDA-UMUM", "SETDA-UMUM", 3),

            Head("KADINKES", "Kepala Dinas Kesehatan", PositionType.JptPratama, Eselon.IIb, "DINKES", DemoProfessions.HealthLeader,
                Tech("KES.02", 1.5m), Tech("KES.01", levelOffset: -1)),
            Clerk("PU-DINKES", "DINKES", 4),
            Head("KABID-YANKES", "Kepala Bidang Pelayanan Kesehatan", PositionType.Administrator, Eselon.IIIb, "DINKES-YANKES", DemoProfessions.HealthLeader,
                Tech("KES.02", 2m), Tech("KES.03")),
            Staff("ADMINKES-AM", "Administrator Kesehatan Ahli Muda", PositionType.FungsionalAhliMuda, "DINKES-YANKES", 2, DemoProfessions.PublicHealth, Tech("KES.02")),
            DataProcessor("PD-YANKES", "DINKES-YANKES", 2, Tech("TIK.01")),
            Head("KAPKM-PDBULAN", "Kepala UPT Puskesmas Padang Bulan", PositionType.Pengawas, Eselon.IVa, "PKM-PDBULAN", DemoProfessions.HealthLeader,
                Tech("KES.02", 2m), Tech("PP.01", levelOffset: -1)),
            Staff("DOKTER-AM-PKM", "Dokter Ahli Muda", PositionType.FungsionalAhliMuda, "PKM-PDBULAN", 1, DemoProfessions.Doctor, Tech("KES.02", 2m)),
            Staff("DOKTER-AP-PKM", "Dokter Ahli Pertama", PositionType.FungsionalAhliPertama, "PKM-PDBULAN", 3, DemoProfessions.Doctor, Tech("KES.02", 2m)),
            Staff("DRG-AP-PKM", "Dokter Gigi Ahli Pertama", PositionType.FungsionalAhliPertama, "PKM-PDBULAN", 1, DemoProfessions.Dentist, Tech("KES.02", 1.5m)),
            Staff("PERAWAT-AP-PKM", "Perawat Ahli Pertama", PositionType.FungsionalAhliPertama, "PKM-PDBULAN", 2, DemoProfessions.NurseExpert, Tech("KES.02", 1.5m)),
            Staff("PERAWAT-TRP-PKM", "Perawat Terampil", PositionType.FungsionalTerampil, "PKM-PDBULAN", 6, DemoProfessions.Nurse, Tech("KES.02", 1.5m)),
            Staff("BIDAN-PNY-PKM", "Bidan Penyelia", PositionType.FungsionalPenyelia, "PKM-PDBULAN", 1, DemoProfessions.Midwife, Tech("KES.02", 1.5m)),
            Staff("BIDAN-TRP-PKM", "Bidan Terampil", PositionType.FungsionalTerampil, "PKM-PDBULAN", 4, DemoProfessions.Midwife, Tech("KES.02", 1.5m)),
            Clerk("PU-PKM-PDBULAN", "PKM-PDBULAN", 2),

            Head("KADISDIK", "Kepala Dinas Pendidikan", PositionType.JptPratama, Eselon.IIb, "DISDIK", DemoProfessions.EducationLeader, Tech("PP.01")),
            Clerk("PU-DISDIK", "DISDIK", 3),
            Head("KABID-GTK", "Kepala Bidang Guru dan Tenaga Kependidikan", PositionType.Administrator, Eselon.IIIb, "DISDIK-GTK", DemoProfessions.EducationLeader,
                Tech("PP.01", 1.5m)),
            DataProcessor("PD-DISDIK-GTK", "DISDIK-GTK", 3, Tech("TIK.01")),
            Staff("GURU-AMD-SMPN1", "Guru Ahli Madya", PositionType.FungsionalAhliMadya, "SMPN1-MEDAN", 3, DemoProfessions.Teacher),
            Staff("GURU-AM-SMPN1", "Guru Ahli Muda", PositionType.FungsionalAhliMuda, "SMPN1-MEDAN", 8, DemoProfessions.Teacher),
            Staff("GURU-AP-SMPN1", "Guru Ahli Pertama", PositionType.FungsionalAhliPertama, "SMPN1-MEDAN", 8, DemoProfessions.Teacher),
            Staff("PUSTAKAWAN-AP-SMPN1", "Pustakawan Ahli Pertama", PositionType.FungsionalAhliPertama, "SMPN1-MEDAN", 1, DemoProfessions.Librarian),
            Clerk("PU-SMPN1", "SMPN1-MEDAN", 3),

            Head("KADISKOMINFO", "Kepala Dinas Komunikasi dan Informatika", PositionType.JptPratama, Eselon.IIb, "DISKOMINFO", DemoProfessions.InformaticsLeader,
                Tech("TIK.01", 1.5m), Tech("PP.01")),
            Clerk("PU-DISKOMINFO", "DISKOMINFO", 3),
            Head("KABID-APTIKA", "Kepala Bidang Aplikasi Informatika", PositionType.Administrator, Eselon.IIIb, "DISKOMINFO-APTIKA", DemoProfessions.InformaticsLeader,
                Tech("TIK.01"), Tech("PP.01", 1.5m)),
            Staff("PRAKOM-AM-APTIKA", "Pranata Komputer Ahli Muda", PositionType.FungsionalAhliMuda, "DISKOMINFO-APTIKA", 2, DemoProfessions.Informatics,
                Tech("TIK.01", 2m), Tech("PP.01", levelOffset: -1)),
            Staff("PRAKOM-AP-APTIKA", "Pranata Komputer Ahli Pertama", PositionType.FungsionalAhliPertama, "DISKOMINFO-APTIKA", 4, DemoProfessions.Informatics,
                Tech("TIK.01", 2m), Tech("PP.01", levelOffset: -1)),
            Staff("PRAKOM-TRP-APTIKA", "Pranata Komputer Terampil", PositionType.FungsionalTerampil, "DISKOMINFO-APTIKA", 3, DemoProfessions.InformaticsTechnician,
                Tech("TIK.01", 1.5m)),
            Head("KABID-STATSAN", "Kepala Bidang Statistik dan Persandian", PositionType.Administrator, Eselon.IIIb, "DISKOMINFO-STATSAN", DemoProfessions.InformaticsLeader,
                Tech("TIK.01", 2m)),
            Staff("STATISTISI-AM", "Statistisi Ahli Muda", PositionType.FungsionalAhliMuda, "DISKOMINFO-STATSAN", 1, DemoProfessions.Statistician, Tech("TIK.01", 2m)),
            Staff("STATISTISI-AP", "Statistisi Ahli Pertama", PositionType.FungsionalAhliPertama, "DISKOMINFO-STATSAN", 2, DemoProfessions.Statistician, Tech("TIK.01", 2m)),
            Staff("SANDIMAN-TRP", "Sandiman Terampil", PositionType.FungsionalTerampil, "DISKOMINFO-STATSAN", 1, DemoProfessions.InformaticsTechnician),
            DataProcessor("PD-STATSAN", "DISKOMINFO-STATSAN", 3, Tech("TIK.01", 1.5m)),

            Head("KABKPSDM", "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", PositionType.JptPratama, Eselon.IIb, "BKPSDM", DemoProfessions.Leader,
                Tech("PP.01")),
            Clerk("PU-BKPSDM", "BKPSDM", 4),
            DataProcessor("PD-BKPSDM", "BKPSDM", 3, Tech("TIK.01")),
            Head("KABID-PKA", "Kepala Bidang Pengembangan Kompetensi Aparatur", PositionType.Administrator, Eselon.IIIb, "BKPSDM-PKA", DemoProfessions.Leader,
                Tech("PP.01", 1.5m)),
            Staff("ASDM-AM-PKA", "Analis SDM Aparatur Ahli Muda", PositionType.FungsionalAhliMuda, "BKPSDM-PKA", 3, DemoProfessions.HumanResources, Tech("PP.01")),
            Staff("ASDM-AP-PKA", "Analis SDM Aparatur Ahli Pertama", PositionType.FungsionalAhliPertama, "BKPSDM-PKA", 4, DemoProfessions.HumanResources,
                Tech("PP.01", levelOffset: -1)),

            Head("CAMAT-MDNBARU", "Camat Medan Baru", PositionType.Administrator, Eselon.IIIa, "KEC-MDNBARU", DemoProfessions.GovernmentOfficer,
                Tech("PEL.01", 2m), Tech("PP.01", levelOffset: -1)),
            Head("SEKCAM-MDNBARU", "Sekretaris Kecamatan Medan Baru", PositionType.Administrator, Eselon.IIIb, "KEC-MDNBARU", DemoProfessions.GovernmentOfficer,
                Tech("PEL.01")),
            Clerk("PU-KEC-MDNBARU", "KEC-MDNBARU", 3),
            Head("KASI-YANUM-MDNBARU", "Kepala Seksi Pelayanan Umum", PositionType.Pengawas, Eselon.IVa, "KEC-MDNBARU-YANUM", DemoProfessions.GovernmentOfficer,
                Tech("PEL.01", 2m)),
            ServiceOperator("OPR-YANUM-MDNBARU", "KEC-MDNBARU-YANUM", 3, Tech("PEL.01", 1.5m)),
            Head("LURAH-PDBULAN", "Lurah Padang Bulan", PositionType.Pengawas, Eselon.IVa, "KEL-PDBULAN", DemoProfessions.GovernmentOfficer, Tech("PEL.01", 1.5m)),
            Clerk("PU-KEL-PDBULAN", "KEL-PDBULAN", 3, Tech("PEL.01")),
            Head("CAMAT-MDNJOHOR", "Camat Medan Johor", PositionType.Administrator, Eselon.IIIa, "KEC-MDNJOHOR", DemoProfessions.GovernmentOfficer,
                Tech("PEL.01", 2m), Tech("PP.01", levelOffset: -1)),
            Head("SEKCAM-MDNJOHOR", "Sekretaris Kecamatan Medan Johor", PositionType.Administrator, Eselon.IIIb, "KEC-MDNJOHOR", DemoProfessions.GovernmentOfficer,
                Tech("PEL.01")),
            Clerk("PU-KEC-MDNJOHOR", "KEC-MDNJOHOR", 3),
            Head("KASI-TRANTIB-MDNJOHOR", "Kepala Seksi Ketenteraman dan Ketertiban Umum", PositionType.Pengawas, Eselon.IVa, "KEC-MDNJOHOR-TRANTIB", DemoProfessions.GovernmentOfficer),
            Staff("POLPP-PNY-MDNJOHOR", "Polisi Pamong Praja Penyelia", PositionType.FungsionalPenyelia, "KEC-MDNJOHOR-TRANTIB", 1, DemoProfessions.PublicOrder),
            Staff("POLPP-TRP-MDNJOHOR", "Polisi Pamong Praja Terampil", PositionType.FungsionalTerampil, "KEC-MDNJOHOR-TRANTIB", 3, DemoProfessions.PublicOrder),
            Head("LURAH-PKLMASYHUR", "Lurah Pangkalan Masyhur", PositionType.Pengawas, Eselon.IVa, "KEL-PKLMASYHUR", DemoProfessions.GovernmentOfficer,
                Tech("PEL.01", 1.5m)),
            Clerk("PU-KEL-PKLMASYHUR", "KEL-PKLMASYHUR", 3, Tech("PEL.01")),

            Head("DIREKTUR-RSUD", "Direktur UPT RSUD dr. Pirngadi", PositionType.Administrator, Eselon.IIIa, "RSUD-PIRNGADI", DemoProfessions.HealthLeader,
                Tech("KES.01", 2m), Tech("KES.03", 1.5m), Tech("PP.01", levelOffset: -1)),
            Staff("DOKTER-AU-RSUD", "Dokter Ahli Utama", PositionType.FungsionalAhliUtama, "RSUD-PIRNGADI", 1, DemoProfessions.Specialist,
                Tech("KES.03", 2m), Tech("KES.01", levelOffset: -2)),
            Staff("DOKTER-AMD-RSUD", "Dokter Ahli Madya", PositionType.FungsionalAhliMadya, "RSUD-PIRNGADI", 3, DemoProfessions.Specialist, Tech("KES.03", 2m)),
            Staff("DOKTER-AM-RSUD", "Dokter Ahli Muda", PositionType.FungsionalAhliMuda, "RSUD-PIRNGADI", 4, DemoProfessions.Doctor, Tech("KES.03", 2m)),
            Staff("DOKTER-AP-RSUD", "Dokter Ahli Pertama", PositionType.FungsionalAhliPertama, "RSUD-PIRNGADI", 4, DemoProfessions.Doctor, Tech("KES.03", 2m)),
            Staff("PERAWAT-AP-RSUD", "Perawat Ahli Pertama", PositionType.FungsionalAhliPertama, "RSUD-PIRNGADI", 6, DemoProfessions.NurseExpert, Tech("KES.03", 2m)),
            Staff("PERAWAT-PNY-RSUD", "Perawat Penyelia", PositionType.FungsionalPenyelia, "RSUD-PIRNGADI", 2, DemoProfessions.Nurse, Tech("KES.03", 2m)),
            Staff("PERAWAT-MHR-RSUD", "Perawat Mahir", PositionType.FungsionalMahir, "RSUD-PIRNGADI", 6, DemoProfessions.Nurse, Tech("KES.03", 2m)),
            Staff("PERAWAT-TRP-RSUD", "Perawat Terampil", PositionType.FungsionalTerampil, "RSUD-PIRNGADI", 8, DemoProfessions.Nurse, Tech("KES.03", 2m)),
            Staff("BIDAN-TRP-RSUD", "Bidan Terampil", PositionType.FungsionalTerampil, "RSUD-PIRNGADI", 4, DemoProfessions.Midwife, Tech("KES.03", 1.5m)),
            Staff("APOTEKER-AP-RSUD", "Apoteker Ahli Pertama", PositionType.FungsionalAhliPertama, "RSUD-PIRNGADI", 2, DemoProfessions.Pharmacist, Tech("KES.03", 1.5m)),
            Staff("PRAKOM-TRP-RSUD", "Pranata Komputer Terampil", PositionType.FungsionalTerampil, "RSUD-PIRNGADI", 2, DemoProfessions.InformaticsTechnician, Tech("TIK.01")),
            Clerk("PU-RSUD", "RSUD-PIRNGADI", 4, Tech("KES.01")),
            ServiceOperator("OPR-RSUD", "RSUD-PIRNGADI", 4),
        ],
        DemoFrameworks.KotaMedan(),
        []);

    // A dinas or kecamatan secretariat ranks with a bagian (led by an Administrator); UnitKind has no kind of its own for it.
    private const UnitKind Secretariat = UnitKind.Bagian;

    private static readonly string[] TimorFamilyNames =
    [
        "Ndun", "Fanggidae", "Bessie", "Tefa", "Manafe", "Tallo", "Ndoen", "Bire", "Mboeik", "Nalle", "Benu", "Sinlae", "Foenay", "Nenobais",
        "Kase", "Tanesib", "Lado", "Riwu", "Nubatonis", "Lona", "Amalo", "Pello", "Messakh", "Dethan",
    ];

    private static readonly string[] BatakAndMalayFamilyNames =
    [
        "Siregar", "Nasution", "Lubis", "Harahap", "Sitompul", "Simanjuntak", "Hutagalung", "Pane", "Tarigan", "Ginting", "Sembiring", "Sinaga",
        "Situmorang", "Pardede", "Damanik", "Batubara", "Purba", "Manurung", "Panjaitan", "Rangkuti", "Hasibuan", "Daulay", "Pohan", "Saragih",
    ];

    /// <summary>A kelurahan of Kecamatan Alak: the lurah and the staff at its service counter.</summary>
    private static IEnumerable<DemoPosition> Kelurahan(string name, string lurah, int clerks) =>
    [
        Head($"LURAH-{name}", lurah, PositionType.Pengawas, Eselon.IVa, $"KEL-{name}", DemoProfessions.GovernmentOfficer,
            Tech("PEM.01", 2m), Tech("PEL.01"), Tech("PEL.02")),
        Clerk($"PU-KEL-{name}", $"KEL-{name}", clerks, Tech("PEL.01")),
        ServiceOperator($"OPR-KEL-{name}", $"KEL-{name}", 1, Tech("PEL.01"), Tech("PEL.02")),
    ];

    /// <summary>A structural position; each has exactly one holder.</summary>
    private static DemoPosition Head(
        string code, string name, PositionType type, Eselon? eselon, string unit, DemoProfession profession, params DemoTechnical[] technical) =>
        new(code, name, type, eselon, unit, 1, profession, technical);

    private static DemoPosition Staff(
        string code, string name, PositionType type, string unit, int holders, DemoProfession profession, params DemoTechnical[] technical) =>
        new(code, name, type, null, unit, holders, profession, technical);

    // The Pelaksana positions every unit has, named as in the national nomenclature of Pelaksana positions.
    private static DemoPosition Clerk(string code, string unit, int holders, params DemoTechnical[] technical) =>
        Staff(code, "Pengadministrasi Umum", PositionType.Pelaksana, unit, holders, DemoProfessions.Administration, technical);

    private static DemoPosition DataProcessor(string code, string unit, int holders, params DemoTechnical[] technical) =>
        Staff(code, "Pengolah Data", PositionType.Pelaksana, unit, holders, DemoProfessions.Administration, technical);

    private static DemoPosition ServiceOperator(string code, string unit, int holders, params DemoTechnical[] technical) =>
        Staff(code, "Operator Layanan Operasional", PositionType.Pelaksana, unit, holders, DemoProfessions.Operator, technical);

    private static DemoTechnical Tech(string competencyCode, decimal weight = 1m, int levelOffset = 0) => new(competencyCode, weight, levelOffset);
}
