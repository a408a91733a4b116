using AsnCompetency.Application.Common.Import;
using AsnCompetency.Application.Common.Models;

namespace AsnCompetency.Application.Employees.Import;

/// <summary>
/// The columns of the employee import file. Names are matched case-insensitively, with spaces and
/// dashes read as underscores, and the Indonesian names of common exports are accepted as aliases.
/// Only nip and full_name are required; a column left out keeps the stored value on upsert.
/// </summary>
public static class EmployeeImportColumns
{
    public const string Nip = "nip";
    public const string FullName = "full_name";
    public const string FrontTitle = "front_title";
    public const string BackTitle = "back_title";
    public const string EmployeeType = "employee_type";
    public const string Grade = "grade";
    public const string PositionCode = "position_code";
    public const string PositionStartDate = "position_start_date";
    public const string BirthDate = "birth_date";
    public const string Gender = "gender";
    public const string Email = "email";
    public const string Phone = "phone";

    /// <summary>Canonical name, the aliases accepted for it, and what it holds (for the documentation and the template).</summary>
    public static readonly IReadOnlyList<(string Name, string[] Aliases, string Description)> All =
    [
        (Nip, ["ni_pppk", "nomor_induk_pegawai"], "Required. NIP or NI PPPK, 18 digits; spaces are ignored. Format the column as Text in Excel."),
        (FullName, ["nama", "nama_lengkap", "name"], "Required. Name without academic titles."),
        (FrontTitle, ["gelar_depan"], "Titles before the name, e.g. Dr. or dr."),
        (BackTitle, ["gelar_belakang"], "Titles after the name, e.g. S.Kom., M.T."),
        (EmployeeType, ["jenis_pegawai", "jenis_asn", "status_kepegawaian"], "PNS or PPPK; optional, the number tells it."),
        (Grade, ["golongan", "grade_code", "golongan_ruang"], "PNS golongan such as III/a, or PPPK grade such as IX."),
        (PositionCode, ["kode_jabatan"], "Code of a position of the agency (GET /api/v1/positions)."),
        (PositionStartDate, ["tmt_jabatan", "start_date"], "First day in the position, YYYY-MM-DD or DD-MM-YYYY; default today."),
        (BirthDate, ["tanggal_lahir", "tgl_lahir"], "Optional check: must equal the birth date in the NIP."),
        (Gender, ["jenis_kelamin"], "Optional check: L/P, M/F, laki-laki/perempuan; must agree with the NIP."),
        (Email, ["surel", "e_mail"], "E-mail address."),
        (Phone, ["telepon", "no_hp", "hp", "nomor_hp"], "Phone number."),
    ];

    private static readonly Dictionary<string, string> ByAlias = ImportHeader.Aliases(All);

    /// <summary>Maps the file's header to column positions (see <see cref="ImportHeader.Map"/>).</summary>
    public static Dictionary<string, (int Index, string Header)> Map(IReadOnlyList<string> headers, ImportMessages errors, ImportMessages warnings) =>
        ImportHeader.Map(headers, ByAlias, [Nip, FullName], errors, warnings);
}
