using AsnCompetency.Domain.Common;

namespace AsnCompetency.Domain.Organisation;

/// <summary>
/// An agency (instansi), e.g. Pemerintah Kabupaten Lampung Selatan: the boundary of an agency
/// user's data.
/// </summary>
public sealed class Agency : AuditableEntity, IHasRowVersion
{
    private Agency()
    {
        Code = "";
        Name = "";
        Region = "";
    }

    public string Code { get; private set; }

    public string Name { get; private set; }

    /// <summary>Kabupaten, kota or provinsi the agency serves, e.g. "Kabupaten Lampung Selatan".</summary>
    public string Region { get; private set; }

    public AgencyKind Kind { get; private set; }

    /// <summary>
    /// The agency lets anyone read its published frameworks through the CASE provider, without a
    /// token (other systems and the public); drafts stay private either way.
    /// </summary>
    public bool PublishesFrameworks { get; private set; }

    public uint RowVersion { get; private set; }

    public static Agency Create(string code, string name, string region, AgencyKind kind)
    {
        if (!CodeFormat.IsValid(code?.Trim()))
        {
            throw new DomainValidationException("code", $"must be 1 to {FieldLengths.Code} characters and {CodeFormat.Description}.");
        }

        var agency = new Agency { Code = code!.Trim().ToUpperInvariant() };
        agency.Update(name, region, kind);
        return agency;
    }

    /// <summary>Changes the descriptive fields; the code is the agency's stable identity and stays.</summary>
    public void Update(string name, string region, AgencyKind kind)
    {
        Name = name.Trim();
        Region = region.Trim();
        Kind = kind;
    }

    public void SetFrameworkPublication(bool publish) => PublishesFrameworks = publish;
}
