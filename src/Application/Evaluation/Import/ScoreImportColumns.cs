using AsnCompetency.Application.Common.Import;
using AsnCompetency.Application.Common.Models;

namespace AsnCompetency.Application.Evaluation.Import;

/// <summary>
/// The columns of the score import file: one row is one participant's score on one instrument
/// in one phase. Names are matched case-insensitively, with spaces and dashes read as
/// underscores, and Indonesian names are accepted as aliases. nip, session_code,
/// instrument_code, phase and score are required.
/// </summary>
public static class ScoreImportColumns
{
    public const string Nip = "nip";
    public const string SessionCode = "session_code";
    public const string ProgramCode = "program_code";
    public const string AgencyCode = "agency_code";
    public const string InstrumentCode = "instrument_code";
    public const string Phase = "phase";
    public const string Score = "score";

    /// <summary>Canonical name, the aliases accepted for it, and what it holds (for the documentation and the template).</summary>
    public static readonly IReadOnlyList<(string Name, string[] Aliases, string Description)> All =
    [
        (Nip, ["ni_pppk", "nomor_induk_pegawai"], "Required. NIP or NI PPPK of a participant holding a place in the session (registered, attending or completed), 18 digits; spaces are ignored. Format the column as Text in Excel."),
        (SessionCode, ["kode_sesi", "kode_angkatan", "session"], "Required. Code of the training session, e.g. PKA-2026-01."),
        (ProgramCode, ["kode_program", "kode_pelatihan", "program"], "Optional. Code of the session's programme, needed only when two programmes use the same session code."),
        (AgencyCode, ["kode_instansi", "instansi", "agency"], "Optional. Code of the session's agency (e.g. LAMSEL), needed only by national users when agencies use the same programme and session codes."),
        (InstrumentCode, ["kode_instrumen", "instrument"], "Required. Code of one of the session's score instruments, e.g. TEST or M.01."),
        (Phase, ["tahap", "fase"], "Required. Pre, Post or FollowUp; also pretest/pre-test/awal, posttest/post-test/akhir, follow-up/tindak lanjut."),
        (Score, ["value", "nilai", "skor"], "The score on the instrument's scale: 0 to the test's maximum, or a whole level; up to three decimals, '.' or ',' as the decimal mark. An empty cell records nothing (the row is skipped)."),
    ];

    private static readonly string[] Required = [Nip, SessionCode, InstrumentCode, Phase, Score];

    private static readonly Dictionary<string, string> ByAlias = ImportHeader.Aliases(All);

    /// <summary>Maps the file's header to column positions (see <see cref="ImportHeader.Map"/>).</summary>
    public static Dictionary<string, (int Index, string Header)> Map(IReadOnlyList<string> headers, ImportMessages errors, ImportMessages warnings) =>
        ImportHeader.Map(headers, ByAlias, Required, errors, warnings);
}
