using AsnCompetency.Application.Common.Import;
using AsnCompetency.Application.Common.Models;

namespace AsnCompetency.Application.Assessments.Import;

/// <summary>
/// The columns of the assessment import file. Names are matched case-insensitively, with spaces
/// and dashes read as underscores, and Indonesian names are accepted as aliases. nip,
/// competency_code, level, method and assessed_on are required.
/// </summary>
public static class AssessmentImportColumns
{
    public const string Nip = "nip";
    public const string CompetencyCode = "competency_code";
    public const string FrameworkCode = "framework_code";
    public const string Level = "level";
    public const string Method = "method";
    public const string AssessedOn = "assessed_on";
    public const string AssessorName = "assessor_name";
    public const string EvidenceNote = "evidence_note";
    public const string EvidenceUrl = "evidence_url";

    /// <summary>Canonical name, the aliases accepted for it, and what it holds (for the documentation and the template).</summary>
    public static readonly IReadOnlyList<(string Name, string[] Aliases, string Description)> All =
    [
        (Nip, ["ni_pppk", "nomor_induk_pegawai"], "Required. NIP or NI PPPK of an active employee of the agency, 18 digits; spaces are ignored. Format the column as Text in Excel."),
        (CompetencyCode, ["kode_kompetensi", "competency"], "Required. Code of a competency (not a group) of a national published or retired framework, or of the agency's own, e.g. M.01."),
        (FrameworkCode, ["kode_kamus", "kode_kamus_kompetensi", "framework"], "Optional. Code of the framework, needed only when the competency code is in more than one framework."),
        (Level, ["tingkat", "level_kompetensi", "tingkat_kompetensi"], "Required. Whole number from 1 to the number of levels of the framework (5 for PermenPANRB 38/2017)."),
        (Method, ["metode", "metode_penilaian"], "Required. Self, Supervisor, Peer, AssessmentCentre, Test or PostTraining; also mandiri, atasan, rekan/360, assessment center/AC, tes/ujian, pasca pelatihan."),
        (AssessedOn, ["tanggal_penilaian", "tgl_penilaian", "assessment_date"], "Required. Day of the assessment, YYYY-MM-DD or DD-MM-YYYY; not in the future."),
        (AssessorName, ["nama_penilai", "penilai", "asesor", "assessor"], "Who assessed; default the importing user's name."),
        (EvidenceNote, ["catatan_bukti", "bukti", "catatan"], "What the level is based on (observations, test result, report number)."),
        (EvidenceUrl, ["tautan_bukti", "url_bukti", "link_bukti"], "Link to the evidence, http or https."),
    ];

    private static readonly string[] Required = [Nip, CompetencyCode, Level, Method, AssessedOn];

    private static readonly Dictionary<string, string> ByAlias = ImportHeader.Aliases(All);

    /// <summary>Maps the file's header to column positions (see <see cref="ImportHeader.Map"/>).</summary>
    public static Dictionary<string, (int Index, string Header)> Map(IReadOnlyList<string> headers, ImportMessages errors, ImportMessages warnings) =>
        ImportHeader.Map(headers, ByAlias, Required, errors, warnings);
}
