using System.Text.Json.Serialization;
using AsnCompetency.Application.Common.Concurrency;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Positions.Commands.UpdatePosition;

/// <summary>Changes a position, or moves it to another unit of the same agency (its holders move with it).</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record UpdatePositionCommand : PositionFields, ICommand<PositionDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public string? IfMatch { get; init; }

    public bool IsActive { get; init; } = true;
}

public sealed class UpdatePositionCommandValidator : PositionFieldsValidator<UpdatePositionCommand>;

public sealed class UpdatePositionCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<UpdatePositionCommand, PositionDto>
{
    public async ValueTask<PositionDto> Handle(UpdatePositionCommand command, CancellationToken cancellationToken)
    {
        var position = await db.LoadForChangeAsync(user, command.Id, cancellationToken);
        EntityTag.EnsureMatches(position, command.IfMatch, $"Position {position.Code}");
        if (command.UnitId != position.UnitId
            && !await db.Units.AnyAsync(u => u.Id == command.UnitId && u.AgencyId == position.AgencyId, cancellationToken))
        {
            throw new Common.Exceptions.ValidationException("unitId", $"There is no unit {command.UnitId} in the position's agency.");
        }

        var movedUnit = command.UnitId != position.UnitId;
        position.Update(command.UnitId, command.Code, command.Name, command.Type, command.Eselon, command.IsActive);
        if (await db.Positions.AnyAsync(p => p.AgencyId == position.AgencyId && p.Code == position.Code && p.Id != position.Id, cancellationToken))
        {
            throw new BusinessRuleException($"The agency already has a position with code {position.Code}.", "code");
        }

        await db.SaveChangesAsync(cancellationToken);
        if (movedUnit)
        {
            // A reorganisation moves the position with its holders: their unit (kept on the employee
            // for filtering) and their open assignment follow; closed assignments keep their history.
            var now = clock.GetUtcNow();
            await db.Employees.IgnoreQueryFilters()
                .Where(e => e.PositionId == position.Id)
                .ExecuteUpdateAsync(
                    set => set.SetProperty(e => e.UnitId, command.UnitId).SetProperty(e => e.UpdatedAt, now).SetProperty(e => e.UpdatedBy, user.UserId),
                    cancellationToken);
            await db.PositionAssignments.IgnoreQueryFilters()
                .Where(a => a.PositionId == position.Id && a.EndDate == null)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.UnitId, command.UnitId), cancellationToken);
        }

        return await db.Positions.Where(p => p.Id == position.Id).ToDtos(db).SingleAsync(cancellationToken);
    }
}
