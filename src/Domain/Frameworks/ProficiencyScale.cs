namespace AsnCompetency.Domain.Frameworks;

/// <summary>
/// The proficiency scale rules. PermenPANRB 38/2017 uses levels 1 to 5; a framework may name and
/// describe its levels its own way and may use fewer (imported scales often have two to four),
/// but levels always run 1..N without gaps.
/// </summary>
public static class ProficiencyScale
{
    public const int MinLevel = 1;
    public const int MaxLevel = 5;
    public const int MinLevelCount = 2;

    /// <summary>The generic meaning of the five levels (DOMAIN.md §1), used when a framework names none.</summary>
    public static IReadOnlyList<ProficiencyLevelDefinition> DefaultLevels() =>
    [
        new(1, "Dasar", "Memahami dan menerapkan kompetensi dalam pekerjaan sendiri sesuai prosedur."),
        new(2, "Cakap", "Memahami kompetensi secara menyeluruh dan menerapkannya pada diri sendiri dan tim kerjanya."),
        new(3, "Menengah", "Memahami kompetensi secara mendalam dan menggerakkan unit kerjanya untuk menerapkannya."),
        new(4, "Mahir", "Memahami nilai-nilai yang mendasari kompetensi secara mendalam dan menerapkannya lintas unit kerja."),
        new(5, "Ahli", "Menjadi teladan dan menerapkan kompetensi secara strategis pada tingkat instansi dan nasional."),
    ];
}
