namespace AsnCompetency.Application.Common.Security;

/// <summary>
/// A command that creates data owned by an agency, or national data when the owner is null.
/// The authorization behaviour lets a SystemAdmin write any owner and an agency user only their
/// own agency.
/// </summary>
public interface IAgencyOwnedCommand
{
    Guid? OwnerAgencyId { get; }
}
