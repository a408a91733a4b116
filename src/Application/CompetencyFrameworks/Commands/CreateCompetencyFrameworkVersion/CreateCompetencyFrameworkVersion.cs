using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Frameworks;
using AsnCompetency.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.CompetencyFrameworks.Commands.CreateCompetencyFrameworkVersion;

/// <summary>
/// Clones a published or retired framework into a new draft numbered after the latest version of
/// the same code, linked to the version it came from.
/// </summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record CreateCompetencyFrameworkVersionCommand(Guid Id) : ICommand<CompetencyFrameworkDto>;

public sealed class CreateCompetencyFrameworkVersionCommandHandler(IApplicationDbContext db, ICurrentUser user)
    : ICommandHandler<CreateCompetencyFrameworkVersionCommand, CompetencyFrameworkDto>
{
    public async ValueTask<CompetencyFrameworkDto> Handle(CreateCompetencyFrameworkVersionCommand command, CancellationToken cancellationToken)
    {
        var source = await db.LoadForChangeAsync(user, command.Id, cancellationToken);

        var lineage = await db.CompetencyFrameworks
            .IgnoreQueryFilters()
            .Where(f => f.OwnerAgencyId == source.OwnerAgencyId && f.Code == source.Code)
            .Select(f => new { f.Id, f.Version, f.Status })
            .ToListAsync(cancellationToken);
        var openDraft = lineage.Where(f => f.Status == FrameworkStatus.Draft).OrderBy(f => f.Version).FirstOrDefault();
        if (openDraft is not null)
        {
            throw new BusinessRuleException(
                $"Framework {source.Code} already has a draft, version {openDraft.Version} ({openDraft.Id}); continue editing that draft.");
        }

        var next = source.CreateNextVersion(lineage.Max(f => f.Version) + 1);
        db.CompetencyFrameworks.Add(next);
        await db.SaveChangesAsync(cancellationToken);
        return next.ToDto();
    }
}
