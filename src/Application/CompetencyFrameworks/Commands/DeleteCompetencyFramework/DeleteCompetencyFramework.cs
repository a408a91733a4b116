using AsnCompetency.Application.Common.Concurrency;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Frameworks;
using AsnCompetency.Domain.Identity;
using Mediator;

namespace AsnCompetency.Application.CompetencyFrameworks.Commands.DeleteCompetencyFramework;

/// <summary>Deletes a draft framework with its tree. Published frameworks are retired, never deleted.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record DeleteCompetencyFrameworkCommand(Guid Id, string? IfMatch) : ICommand;

public sealed class DeleteCompetencyFrameworkCommandHandler(IApplicationDbContext db, ICurrentUser user)
    : ICommandHandler<DeleteCompetencyFrameworkCommand>
{
    public async ValueTask<Unit> Handle(DeleteCompetencyFrameworkCommand command, CancellationToken cancellationToken)
    {
        var framework = await db.LoadForChangeAsync(user, command.Id, cancellationToken);
        EntityTag.EnsureMatches(framework, command.IfMatch, framework.Describe());
        if (framework.Status != FrameworkStatus.Draft)
        {
            throw new BusinessRuleException(
                $"{framework.Describe()} is {framework.Status.ToString().ToLowerInvariant()}; only a draft can be deleted. Retire a published framework instead.");
        }

        db.Competencies.RemoveRange(framework.Competencies);
        db.CompetencyFrameworks.Remove(framework);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
