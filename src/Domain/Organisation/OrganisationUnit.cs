using AsnCompetency.Domain.Common;

namespace AsnCompetency.Domain.Organisation;

/// <summary>The kind of a unit in a regional government (DOMAIN.md §6).</summary>
public enum UnitKind
{
    SekretariatDaerah,
    SekretariatDprd,
    Inspektorat,
    Dinas,
    Badan,
    Kecamatan,
    Kelurahan,
    Bagian,
    Bidang,
    Subbagian,
    Seksi,
    Upt,
    Lainnya,
}

/// <summary>
/// A unit of an agency: a perangkat daerah (dinas, badan, kecamatan ...) or one of its sub-units
/// (bidang, seksi, UPT ...). Units form a tree inside one agency; the materialised path of ids
/// lets "this unit and everything below it" be one indexed prefix match.
/// </summary>
public sealed class OrganisationUnit : AuditableEntity, IHasRowVersion
{
    public const int MaxDepth = 8;

    private OrganisationUnit()
    {
        Code = "";
        Name = "";
        Path = "";
    }

    public Guid AgencyId { get; private set; }

    public Guid? ParentId { get; private set; }

    /// <summary>Short code unique within the agency, e.g. "DINKES" or "DINKES-P2P".</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    public UnitKind Kind { get; private set; }

    public int SortOrder { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>Ids from the root to this unit, each followed by '/': "{root}/{child}/{this}/".</summary>
    public string Path { get; private set; }

    public int Depth => Path.Count(c => c == '/');

    public uint RowVersion { get; private set; }

    public static OrganisationUnit Create(Guid agencyId, OrganisationUnit? parent, string code, string name, UnitKind kind, int sortOrder)
    {
        var unit = new OrganisationUnit { AgencyId = agencyId, IsActive = true };
        unit.Apply(code, name, kind, sortOrder);
        unit.PlaceUnder(parent);
        return unit;
    }

    public void Update(string code, string name, UnitKind kind, int sortOrder, bool isActive)
    {
        Apply(code, name, kind, sortOrder);
        IsActive = isActive;
    }

    /// <summary>
    /// Moves the unit under another parent of the same agency (or to the top). Returns the old
    /// path so the caller can rewrite the paths of the units below it in one statement.
    /// </summary>
    public string MoveUnder(OrganisationUnit? parent)
    {
        if (parent is not null && (parent.Id == Id || parent.Path.StartsWith(Path, StringComparison.Ordinal)))
        {
            throw new DomainValidationException("parentId", $"cannot move {Code} under itself or one of its own sub-units.");
        }

        var oldPath = Path;
        PlaceUnder(parent);
        return oldPath;
    }

    public bool IsAncestorOf(OrganisationUnit other) => other.Path.StartsWith(Path, StringComparison.Ordinal) && other.Id != Id;

    private void PlaceUnder(OrganisationUnit? parent)
    {
        if (parent is not null && parent.AgencyId != AgencyId)
        {
            throw new DomainValidationException("parentId", "the parent unit belongs to another agency.");
        }

        if (parent is not null && parent.Depth >= MaxDepth)
        {
            throw new DomainValidationException("parentId", $"units nest at most {MaxDepth} levels deep.");
        }

        ParentId = parent?.Id;
        Path = $"{parent?.Path}{Id:N}/";
    }

    private void Apply(string code, string name, UnitKind kind, int sortOrder)
    {
        if (!CodeFormat.IsValid(code?.Trim()))
        {
            throw new DomainValidationException("code", $"must be 1 to {FieldLengths.Code} characters and {CodeFormat.Description}.");
        }

        Code = code!.Trim().ToUpperInvariant();
        Name = name.Trim();
        Kind = kind;
        SortOrder = sortOrder;
    }
}
