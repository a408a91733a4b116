using AsnCompetency.Application.Common.Concurrency;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Identity;
using Mediator;

namespace AsnCompetency.Application.CompetencyFrameworks.Commands.RetireCompetencyFramework;

/// <summary>Retires a published framework: it stays readable for history but is no longer offered for new use.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record RetireCompetencyFrameworkCommand(Guid Id, string? IfMatch) : ICommand<CompetencyFrameworkDto>;

public sealed class RetireCompetencyFrameworkCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RetireCompetencyFrameworkCommand, CompetencyFrameworkDto>
{
    public async ValueTask<CompetencyFrameworkDto> Handle(RetireCompetencyFrameworkCommand command, CancellationToken cancellationToken)
    {
        var framework = await db.LoadForChangeAsync(user, command.Id, cancellationToken);
        EntityTag.EnsureMatches(framework, command.IfMatch, framework.Describe());

        framework.Retire(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return framework.ToDto();
    }
}
