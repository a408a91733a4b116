namespace AsnCompetency.Application.Interchange.Case;

/// <summary>
/// Settings of the CASE provider (section "Case"): whether anyone may read the published national
/// frameworks without a token, and how documents name their creator. Each agency decides for its
/// own frameworks (PUT /agencies/{id}/framework-publication).
/// </summary>
public sealed class CaseOptions
{
    public const string Section = "Case";

    /// <summary>Published national frameworks are readable without a token (default true).</summary>
    public bool PublicNational { get; set; } = true;

    /// <summary>The creator and publisher named on national frameworks' documents.</summary>
    public string NationalCreator { get; set; } = "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi";

    /// <summary>
    /// The absolute base of CASE URIs (e.g. https://kompetensi.example.go.id); empty to take it
    /// from the request, which is right unless a proxy rewrites the host.
    /// </summary>
    public string? BaseUrl { get; set; }
}
