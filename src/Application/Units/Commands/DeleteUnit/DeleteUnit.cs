using AsnCompetency.Application.Common.Concurrency;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Units.Commands.DeleteUnit;

/// <summary>Deletes an empty unit. A unit with sub-units, positions or employee history is deactivated instead.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record DeleteUnitCommand(Guid Id, string? IfMatch) : ICommand;

public sealed class DeleteUnitCommandHandler(IApplicationDbContext db, ICurrentUser user) : ICommandHandler<DeleteUnitCommand>
{
    public async ValueTask<Unit> Handle(DeleteUnitCommand command, CancellationToken cancellationToken)
    {
        var unit = await db.LoadForChangeAsync(user, command.Id, cancellationToken);
        EntityTag.EnsureMatches(unit, command.IfMatch, $"Unit {unit.Code}");

        var inUse = new List<string>();
        if (await db.Units.AnyAsync(u => u.ParentId == unit.Id, cancellationToken))
        {
            inUse.Add("sub-units");
        }

        if (await db.Positions.AnyAsync(p => p.UnitId == unit.Id, cancellationToken))
        {
            inUse.Add("positions");
        }

        if (await db.PositionAssignments.IgnoreQueryFilters().AnyAsync(a => a.UnitId == unit.Id, cancellationToken)
            || await db.Employees.IgnoreQueryFilters().AnyAsync(e => e.UnitId == unit.Id, cancellationToken))
        {
            inUse.Add("employee history");
        }

        if (inUse.Count > 0)
        {
            throw new BusinessRuleException($"Unit {unit.Code} still has {string.Join(", ", inUse)}; move them or deactivate the unit instead.");
        }

        db.Units.Remove(unit);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
