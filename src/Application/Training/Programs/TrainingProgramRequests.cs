using AsnCompetency.Application.Common.Concurrency;
using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Application.Common.Validation;
using AsnCompetency.Application.Tna;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Frameworks;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Domain.Training;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ValidationException = AsnCompetency.Application.Common.Exceptions.ValidationException;

namespace AsnCompetency.Application.Training.Programs;

/// <summary>The fields of a programme as a caller sends them.</summary>
public record TrainingProgramInput
{
    public string Title { get; init; } = "";

    public string? Description { get; init; }

    /// <summary>The form of development (Peraturan LAN 10/2018), e.g. LeadershipPka, Technical, Coaching, Internship.</summary>
    public DevelopmentForm Form { get; init; }

    public DeliveryMode DeliveryMode { get; init; }

    /// <summary>The institution that runs it, e.g. a partner university.</summary>
    public string? ProviderName { get; init; }

    /// <summary>The cooperation agreement (perjanjian kerja sama) with the provider.</summary>
    public string? AgreementNumber { get; init; }

    public DateOnly? AgreementValidFrom { get; init; }

    public DateOnly? AgreementValidUntil { get; init; }

    /// <summary>JP a participant earns; omit for a non-classroom form to take it from the agency's conversion table.</summary>
    public int? Jp { get; init; }

    /// <summary>Cost per participant in rupiah.</summary>
    public decimal CostPerParticipant { get; init; }

    /// <summary>Participants a year; omit for no fixed limit.</summary>
    public int? AnnualCapacity { get; init; }

    /// <summary>The competencies the programme develops and the level it brings a participant to.</summary>
    public IReadOnlyList<ProgramTargetInput> Targets { get; init; } = [];

    internal TrainingProgramDetails ToDetails() => new(Title ?? "", Form, Jp, CostPerParticipant)
    {
        Description = Description,
        DeliveryMode = DeliveryMode,
        ProviderName = ProviderName,
        AgreementNumber = AgreementNumber,
        AgreementValidFrom = AgreementValidFrom,
        AgreementValidUntil = AgreementValidUntil,
        AnnualCapacity = AnnualCapacity,
    };
}

/// <summary>A competency a programme develops, and the level it aims at.</summary>
/// <param name="TargetLevel">The proficiency level (1–5) a participant reaches.</param>
public sealed record ProgramTargetInput(Guid CompetencyId, int TargetLevel);

/// <summary>Adds a programme: national (SystemAdmin, no agency) or an agency's own.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record CreateTrainingProgramCommand : TrainingProgramInput, ICommand<TrainingProgramDto>
{
    /// <summary>The owning agency; omit for a national programme (an AgencyAdmin's programmes are always their agency's).</summary>
    public Guid? AgencyId { get; init; }

    public string Code { get; init; } = "";
}

/// <summary>Replaces a programme's details and targets. If-Match guards against overwriting a concurrent change.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record UpdateTrainingProgramCommand : TrainingProgramInput, ICommand<TrainingProgramDto>
{
    internal Guid Id { get; init; }

    internal string? IfMatch { get; init; }

    public UpdateTrainingProgramCommand For(Guid id, string? ifMatch) => this with { Id = id, IfMatch = ifMatch };
}

/// <summary>Withdraws a programme from offer (or offers it again); its sessions and history stay.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record SetTrainingProgramActiveCommand(Guid Id, bool IsActive, string? IfMatch) : ICommand<TrainingProgramDto>;

public abstract class TrainingProgramInputValidator<T> : AbstractValidator<T>
    where T : TrainingProgramInput
{
    protected TrainingProgramInputValidator()
    {
        RuleFor(p => p.Title).RequiredName();
        RuleFor(p => p.Description).MaximumLength(FieldLengths.Description);
        RuleFor(p => p.Form).IsInEnum();
        RuleFor(p => p.DeliveryMode).IsInEnum();
        RuleFor(p => p.ProviderName).MaximumLength(FieldLengths.Name);
        RuleFor(p => p.AgreementNumber).MaximumLength(FieldLengths.Code * 2);
        RuleFor(p => p.Jp).InclusiveBetween(0, TrainingProgram.MaxJp);
        RuleFor(p => p.CostPerParticipant).GreaterThanOrEqualTo(0).LessThan(1_000_000_000_000m);
        RuleFor(p => p.AnnualCapacity).InclusiveBetween(1, 10_000_000);
        RuleFor(p => p.Targets).NotNull().Must(t => t is null || t.Count <= 200).WithMessage("'targets' must hold at most 200 competencies.");
        RuleForEach(p => p.Targets).NotNull().ChildRules(target =>
        {
            target.RuleFor(t => t.CompetencyId).NotEmpty();
            target.RuleFor(t => t.TargetLevel).InclusiveBetween(1, 5);
        });
        RuleFor(p => p.Targets)
            .Must(t => t is null || t.Where(x => x is not null).Select(x => x.CompetencyId).Distinct().Count() == t.Count(x => x is not null))
            .WithMessage("'targets' must name each competency once.");
    }
}

public sealed class CreateTrainingProgramCommandValidator : TrainingProgramInputValidator<CreateTrainingProgramCommand>
{
    public CreateTrainingProgramCommandValidator()
    {
        RuleFor(p => p.Code).ValidCode();
        RuleFor(p => p.AgencyId).NotEqual(Guid.Empty);
    }
}

public sealed class UpdateTrainingProgramCommandValidator : TrainingProgramInputValidator<UpdateTrainingProgramCommand>;

public sealed class TrainingProgramHandlers(IApplicationDbContext db, ICurrentUser user) :
    ICommandHandler<CreateTrainingProgramCommand, TrainingProgramDto>,
    ICommandHandler<UpdateTrainingProgramCommand, TrainingProgramDto>,
    ICommandHandler<SetTrainingProgramActiveCommand, TrainingProgramDto>
{
    public async ValueTask<TrainingProgramDto> Handle(CreateTrainingProgramCommand command, CancellationToken cancellationToken)
    {
        var agencyId = await db.OwnerForNewAsync(user, command.AgencyId, "this agency's training programmes", cancellationToken);

        var code = command.Code.Trim().ToUpperInvariant();
        if (await db.TrainingPrograms.IgnoreQueryFilters().AnyAsync(p => p.AgencyId == agencyId && p.Code == code, cancellationToken))
        {
            throw new BusinessRuleException($"There is already a programme {code} {(agencyId is null ? "nationally" : "in this agency")}.", "code");
        }

        var settings = await db.EffectiveSettingsAsync(agencyId, cancellationToken);
        var program = TrainingProgram.Create(agencyId, code, command.ToDetails(), settings.ConversionJp(command.Form));
        program.ReplaceTargets(await ResolveTargetsAsync(command.Targets, cancellationToken));
        db.TrainingPrograms.Add(program);
        await db.SaveChangesAsync(cancellationToken);
        return await db.GetProgramDtoAsync(program.Id, cancellationToken);
    }

    public async ValueTask<TrainingProgramDto> Handle(UpdateTrainingProgramCommand command, CancellationToken cancellationToken)
    {
        var program = await LoadForChangeAsync(command.Id, command.IfMatch, cancellationToken);
        var settings = await db.EffectiveSettingsAsync(program.AgencyId, cancellationToken);
        program.Update(command.ToDetails(), settings.ConversionJp(command.Form));
        program.ReplaceTargets(await ResolveTargetsAsync(command.Targets, cancellationToken));
        db.TouchVersion(program);
        await db.SaveChangesAsync(cancellationToken);
        return await db.GetProgramDtoAsync(program.Id, cancellationToken);
    }

    public async ValueTask<TrainingProgramDto> Handle(SetTrainingProgramActiveCommand command, CancellationToken cancellationToken)
    {
        var program = await LoadForChangeAsync(command.Id, command.IfMatch, cancellationToken);
        if (command.IsActive)
        {
            program.Activate();
        }
        else
        {
            program.Deactivate();
        }

        await db.SaveChangesAsync(cancellationToken);
        return await db.GetProgramDtoAsync(program.Id, cancellationToken);
    }

    private async Task<TrainingProgram> LoadForChangeAsync(Guid id, string? ifMatch, CancellationToken cancellationToken)
    {
        var program = await db.TrainingPrograms.Include(p => p.Targets).FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException(TrainingQueries.ProgramResource, id);
        AccessPolicy.EnsureCanMaintain(user, program.AgencyId, "this training programme");
        EntityTag.EnsureMatches(program, ifMatch, "the training programme");
        return program;
    }

    /// <summary>Checks every target is a competency the caller can see, not a group heading.</summary>
    private async Task<List<(Guid, int)>> ResolveTargetsAsync(IReadOnlyList<ProgramTargetInput> targets, CancellationToken cancellationToken)
    {
        var ids = targets.Select(t => t.CompetencyId).ToList();
        var found = await db.Competencies.AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Code, c.ItemType })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var resolved = new List<(Guid, int)>(targets.Count);
        for (var i = 0; i < targets.Count; i++)
        {
            var target = targets[i];
            if (!found.TryGetValue(target.CompetencyId, out var competency))
            {
                throw new ValidationException($"targets[{i}].competencyId", $"There is no competency {target.CompetencyId}.");
            }

            if (competency.ItemType != CompetencyItemType.Competency)
            {
                throw new ValidationException($"targets[{i}].competencyId", $"{competency.Code} is a group heading; target one of its competencies.");
            }

            resolved.Add((target.CompetencyId, target.TargetLevel));
        }

        return resolved;
    }
}
