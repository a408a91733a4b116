using AsnCompetency.Application.Common.Concurrency;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Identity;
using Mediator;

namespace AsnCompetency.Application.CompetencyFrameworks.Commands.DeleteCompetency;

/// <summary>Removes an item of a draft framework together with every item below it.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record DeleteCompetencyCommand(Guid Id, string? IfMatch) : ICommand;

public sealed class DeleteCompetencyCommandHandler(IApplicationDbContext db, ICurrentUser user)
    : ICommandHandler<DeleteCompetencyCommand>
{
    public async ValueTask<Unit> Handle(DeleteCompetencyCommand command, CancellationToken cancellationToken)
    {
        var (framework, competency) = await db.LoadCompetencyForChangeAsync(user, command.Id, cancellationToken);
        EntityTag.EnsureMatches(competency, command.IfMatch, $"Competency {competency.Code}");

        var removed = framework.RemoveCompetency(competency.Id);
        db.Competencies.RemoveRange(removed);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
