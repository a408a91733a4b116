using System.Text.Json.Serialization;
using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Domain.Organisation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Units.Commands.CreateUnit;

/// <summary>Adds a unit to an agency's organisation tree.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record CreateUnitCommand : UnitFields, ICommand<UnitDto>, IAgencyOwnedCommand
{
    [JsonIgnore]
    public Guid AgencyId { get; init; }

    Guid? IAgencyOwnedCommand.OwnerAgencyId => AgencyId;
}

public sealed class CreateUnitCommandValidator : UnitFieldsValidator<CreateUnitCommand>;

public sealed class CreateUnitCommandHandler(IApplicationDbContext db) : ICommandHandler<CreateUnitCommand, UnitDto>
{
    public async ValueTask<UnitDto> Handle(CreateUnitCommand command, CancellationToken cancellationToken)
    {
        if (!await db.Agencies.AnyAsync(a => a.Id == command.AgencyId, cancellationToken))
        {
            throw new NotFoundException("Agency", command.AgencyId);
        }

        var parent = await db.FindParentAsync(command.ParentId, command.AgencyId, cancellationToken);
        var unit = OrganisationUnit.Create(command.AgencyId, parent, command.Code, command.Name, command.Kind, command.SortOrder);
        if (await db.Units.AnyAsync(u => u.AgencyId == command.AgencyId && u.Code == unit.Code, cancellationToken))
        {
            throw new BusinessRuleException($"The agency already has a unit with code {unit.Code}.", "code");
        }

        db.Units.Add(unit);
        await db.SaveChangesAsync(cancellationToken);
        return await db.Units.Where(u => u.Id == unit.Id).ToDtos(db).SingleAsync(cancellationToken);
    }
}
