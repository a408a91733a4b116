namespace AsnCompetency.Domain.Positions;

/// <summary>Position types of UU 20/2023 and the functional career levels (DOMAIN.md §6).</summary>
public enum PositionType
{
    JptUtama,
    JptMadya,
    JptPratama,
    Administrator,
    Pengawas,
    Pelaksana,
    FungsionalAhliPertama,
    FungsionalAhliMuda,
    FungsionalAhliMadya,
    FungsionalAhliUtama,
    FungsionalPemula,
    FungsionalTerampil,
    FungsionalMahir,
    FungsionalPenyelia,
}

/// <summary>UU 20/2023 groups positions as managerial (JPT, Administrator, Pengawas) or non-managerial.</summary>
public enum PositionCategory
{
    Manajerial,
    Nonmanajerial,
}

/// <summary>Legacy structural echelon, still found in personnel data.</summary>
public enum Eselon
{
    Ia,
    Ib,
    IIa,
    IIb,
    IIIa,
    IIIb,
    IVa,
    IVb,
    Va,
}

public static class PositionTypes
{
    public static PositionCategory CategoryOf(PositionType type) => type switch
    {
        PositionType.JptUtama or PositionType.JptMadya or PositionType.JptPratama or PositionType.Administrator or PositionType.Pengawas
            => PositionCategory.Manajerial,
        _ => PositionCategory.Nonmanajerial,
    };

    /// <summary>The name as Indonesian personnel documents write it.</summary>
    public static string DisplayName(PositionType type) => type switch
    {
        PositionType.JptUtama => "JPT Utama",
        PositionType.JptMadya => "JPT Madya",
        PositionType.JptPratama => "JPT Pratama",
        PositionType.Administrator => "Administrator",
        PositionType.Pengawas => "Pengawas",
        PositionType.Pelaksana => "Pelaksana",
        PositionType.FungsionalAhliPertama => "Fungsional Ahli Pertama",
        PositionType.FungsionalAhliMuda => "Fungsional Ahli Muda",
        PositionType.FungsionalAhliMadya => "Fungsional Ahli Madya",
        PositionType.FungsionalAhliUtama => "Fungsional Ahli Utama",
        PositionType.FungsionalPemula => "Fungsional Keterampilan Pemula",
        PositionType.FungsionalTerampil => "Fungsional Keterampilan Terampil",
        PositionType.FungsionalMahir => "Fungsional Keterampilan Mahir",
        PositionType.FungsionalPenyelia => "Fungsional Keterampilan Penyelia",
        _ => type.ToString(),
    };
}
