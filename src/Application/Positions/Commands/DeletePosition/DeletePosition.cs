using AsnCompetency.Application.Common.Concurrency;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Positions.Commands.DeletePosition;

/// <summary>Deletes a position nobody holds or held; otherwise deactivate it.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record DeletePositionCommand(Guid Id, string? IfMatch) : ICommand;

public sealed class DeletePositionCommandHandler(IApplicationDbContext db, ICurrentUser user) : ICommandHandler<DeletePositionCommand>
{
    public async ValueTask<Unit> Handle(DeletePositionCommand command, CancellationToken cancellationToken)
    {
        var position = await db.LoadForChangeAsync(user, command.Id, cancellationToken);
        EntityTag.EnsureMatches(position, command.IfMatch, $"Position {position.Code}");
        if (await db.PositionAssignments.IgnoreQueryFilters().AnyAsync(a => a.PositionId == position.Id, cancellationToken)
            || await db.Employees.IgnoreQueryFilters().AnyAsync(e => e.PositionId == position.Id, cancellationToken))
        {
            throw new BusinessRuleException($"Position {position.Code} is or was held by employees; deactivate it instead so their history stays.");
        }

        db.Positions.Remove(position);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
