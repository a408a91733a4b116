namespace AsnCompetency.Domain.Organisation;

/// <summary>The kind of government body an agency (instansi) is.</summary>
public enum AgencyKind
{
    Kementerian,
    LembagaPemerintahNonKementerian,
    PemerintahProvinsi,
    PemerintahKabupaten,
    PemerintahKota,
    Kecamatan,
    Lainnya,
}
