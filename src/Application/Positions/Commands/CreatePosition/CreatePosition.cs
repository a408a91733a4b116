using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Domain.Positions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Positions.Commands.CreatePosition;

/// <summary>
/// Creates a position in a unit. Its standard (SKJ) is proposed from the defaults for its type:
/// the national managerial and socio-cultural competencies at the configured level, ready for
/// the agency to edit.
/// </summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record CreatePositionCommand : PositionFields, ICommand<PositionDto>
{
    /// <summary>Propose the standard from the defaults (default true); false starts with an empty standard.</summary>
    public bool ProposeStandard { get; init; } = true;
}

public sealed class CreatePositionCommandValidator : PositionFieldsValidator<CreatePositionCommand>;

public sealed class CreatePositionCommandHandler(IApplicationDbContext db, ICurrentUser user) : ICommandHandler<CreatePositionCommand, PositionDto>
{
    public async ValueTask<PositionDto> Handle(CreatePositionCommand command, CancellationToken cancellationToken)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == command.UnitId, cancellationToken)
            ?? throw new Common.Exceptions.ValidationException("unitId", $"There is no unit {command.UnitId}.");
        AccessPolicy.EnsureCanMaintain(user, unit.AgencyId, $"unit {unit.Code}");

        var position = Position.Create(unit.AgencyId, unit.Id, command.Code, command.Name, command.Type, command.Eselon);
        if (await db.Positions.AnyAsync(p => p.AgencyId == unit.AgencyId && p.Code == position.Code, cancellationToken))
        {
            throw new BusinessRuleException($"The agency already has a position with code {position.Code}.", "code");
        }

        if (command.ProposeStandard)
        {
            position.ReplaceStandards(await db.ProposeAsync(unit.AgencyId, command.Type, cancellationToken));
        }

        db.Positions.Add(position);
        await db.SaveChangesAsync(cancellationToken);
        return await db.Positions.Where(p => p.Id == position.Id).ToDtos(db).SingleAsync(cancellationToken);
    }
}
