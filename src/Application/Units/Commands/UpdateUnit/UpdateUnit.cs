using System.Text.Json.Serialization;
using AsnCompetency.Application.Common.Concurrency;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Domain.Organisation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Units.Commands.UpdateUnit;

/// <summary>Changes a unit, or moves it (with everything below it) under another parent of the same agency.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record UpdateUnitCommand : UnitFields, ICommand<UnitDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public string? IfMatch { get; init; }

    public bool IsActive { get; init; } = true;
}

public sealed class UpdateUnitCommandValidator : UnitFieldsValidator<UpdateUnitCommand>;

public sealed class UpdateUnitCommandHandler(IApplicationDbContext db, ICurrentUser user) : ICommandHandler<UpdateUnitCommand, UnitDto>
{
    public async ValueTask<UnitDto> Handle(UpdateUnitCommand command, CancellationToken cancellationToken)
    {
        var unit = await db.LoadForChangeAsync(user, command.Id, cancellationToken);
        EntityTag.EnsureMatches(unit, command.IfMatch, $"Unit {unit.Code}");

        unit.Update(command.Code, command.Name, command.Kind, command.SortOrder, command.IsActive);
        if (await db.Units.AnyAsync(u => u.AgencyId == unit.AgencyId && u.Code == unit.Code && u.Id != unit.Id, cancellationToken))
        {
            throw new BusinessRuleException($"The agency already has a unit with code {unit.Code}.", "code");
        }

        if (command.ParentId != unit.ParentId)
        {
            await MoveAsync(unit, command.ParentId, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return await db.Units.Where(u => u.Id == unit.Id).ToDtos(db).SingleAsync(cancellationToken);
    }

    private async Task MoveAsync(OrganisationUnit unit, Guid? parentId, CancellationToken cancellationToken)
    {
        var parent = await db.FindParentAsync(parentId, unit.AgencyId, cancellationToken);
        var oldPath = unit.Path;
        var belowPaths = await db.Units
            .Where(u => u.AgencyId == unit.AgencyId && u.Path.StartsWith(oldPath) && u.Id != unit.Id)
            .Select(u => u.Path)
            .ToListAsync(cancellationToken);

        var oldDepth = unit.Depth;
        unit.MoveUnder(parent);
        var deepest = belowPaths.Select(p => p.Count(c => c == '/') - oldDepth + unit.Depth).DefaultIfEmpty(unit.Depth).Max();
        if (deepest > OrganisationUnit.MaxDepth)
        {
            throw new DomainValidationException("parentId", $"units nest at most {OrganisationUnit.MaxDepth} levels deep; this move would nest them {deepest} deep.");
        }

        // The units below keep their place relative to the moved unit: one statement rewrites their paths.
        var newPath = unit.Path;
        await db.Units
            .Where(u => u.AgencyId == unit.AgencyId && u.Path.StartsWith(oldPath) && u.Id != unit.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.Path, u => newPath + u.Path.Substring(oldPath.Length)), cancellationToken);
    }
}
