using AsnCompetency.Application.Common.Concurrency;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Identity;
using Mediator;

namespace AsnCompetency.Application.CompetencyFrameworks.Commands.PublishCompetencyFramework;

/// <summary>Publishes a complete draft; from then on it is read-only and can be used in position standards.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record PublishCompetencyFrameworkCommand(Guid Id, string? IfMatch) : ICommand<CompetencyFrameworkDto>;

public sealed class PublishCompetencyFrameworkCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<PublishCompetencyFrameworkCommand, CompetencyFrameworkDto>
{
    public async ValueTask<CompetencyFrameworkDto> Handle(PublishCompetencyFrameworkCommand command, CancellationToken cancellationToken)
    {
        var framework = await db.LoadForChangeAsync(user, command.Id, cancellationToken);
        EntityTag.EnsureMatches(framework, command.IfMatch, framework.Describe());

        framework.Publish(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return framework.ToDto();
    }
}
