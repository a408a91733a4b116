namespace AsnCompetency.Application.Interchange.Case;

/// <summary>
/// Settings of the CASE provider (section "Case"): which published frameworks anyone may read
/// without a token, and how documents name their creator.
/// </summary>
public sealed class CaseOptions
{
    public const string Section = "Case";

    /// <summary>Published national frameworks are readable without a token (default true).</summary>
    public bool PublicNational { get; set; } = true;

    /// <summary>Agencies (codes such as LAMSEL, or ids) whose published frameworks are readable without a token.</summary>
    public List<string> PublicAgencies { get; set; } = [];

    /// <summary>The creator and publisher named on national frameworks' documents.</summary>
    public string NationalCreator { get; set; } = "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi";

    /// <summary>
    /// The absolute base of CASE URIs (e.g. https://kompetensi.example.go.id); empty to take it
    /// from the request, which is right unless a proxy rewrites the host.
    /// </summary>
    public string? BaseUrl { get; set; }
}
