using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Domain.Organisation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Agencies.Commands.CreateAgency;

/// <summary>Registers an agency (instansi). SystemAdmin only.</summary>
[Authorize(UserRole.SystemAdmin)]
public sealed record CreateAgencyCommand : ICommand<AgencyDto>
{
    /// <summary>Short unique code, e.g. "LAMSEL".</summary>
    public string Code { get; init; } = "";

    /// <summary>Official name, e.g. "Pemerintah Kabupaten Lampung Selatan".</summary>
    public string Name { get; init; } = "";

    /// <summary>The kabupaten, kota or provinsi it serves, e.g. "Kabupaten Lampung Selatan".</summary>
    public string Region { get; init; } = "";

    public AgencyKind Kind { get; init; }
}

public sealed class CreateAgencyCommandHandler(IApplicationDbContext db) : ICommandHandler<CreateAgencyCommand, AgencyDto>
{
    public async ValueTask<AgencyDto> Handle(CreateAgencyCommand command, CancellationToken cancellationToken)
    {
        var agency = Agency.Create(command.Code, command.Name, command.Region, command.Kind);
        if (await db.Agencies.IgnoreQueryFilters().AnyAsync(a => a.Code == agency.Code, cancellationToken))
        {
            throw new BusinessRuleException($"An agency with code {agency.Code} already exists.", "code");
        }

        db.Agencies.Add(agency);
        await db.SaveChangesAsync(cancellationToken);
        return new AgencyDto(agency.Id, agency.Code, agency.Name, agency.Region, agency.Kind, agency.PublishesFrameworks, 0, 0, 0, agency.UpdatedAt, AgencyQueries.ETagOf(agency));
    }
}
