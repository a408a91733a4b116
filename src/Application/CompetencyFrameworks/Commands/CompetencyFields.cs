using AsnCompetency.Application.Common.Validation;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Frameworks;
using FluentValidation;

namespace AsnCompetency.Application.CompetencyFrameworks.Commands;

/// <summary>The fields of one competency tree item, whether sent alone or as part of a whole tree.</summary>
public abstract record CompetencyItemFields
{
    /// <summary>Code unique within the framework, e.g. "M.01".</summary>
    public string Code { get; init; } = "";

    public string Name { get; init; } = "";

    /// <summary>The name in a second language.</summary>
    public string? AlternativeName { get; init; }

    public string? Description { get; init; }

    public CompetencyItemType ItemType { get; init; } = CompetencyItemType.Competency;

    /// <summary>Required at the top level; below it, defaults to the parent's kind.</summary>
    public CompetencyGroupKind? GroupKind { get; init; }

    /// <summary>Position among siblings; defaults to after the last sibling (or unchanged on update).</summary>
    public int? SortOrder { get; init; }

    /// <summary>Description and behavioural indicators per proficiency level; empty for groups.</summary>
    public List<CompetencyLevelInput> Levels { get; init; } = [];

    public CompetencyDetails ToDetails() =>
        new(Code, Name, AlternativeName, Description, ItemType, GroupKind, SortOrder, Levels.ToDescriptors());
}

/// <summary>The fields of one competency tree item that a client sets when adding or changing it.</summary>
public abstract record CompetencyFields : CompetencyItemFields
{
    /// <summary>The item to place this one under; omit for a top-level item.</summary>
    public Guid? ParentId { get; init; }

    /// <summary>
    /// Items of the same framework this one is related to (cross-references). Given, it replaces
    /// the item's relations in both directions; omitted, they stay as they are.
    /// </summary>
    public List<Guid>? RelatedCompetencyIds { get; init; }
}

/// <summary>Rules of an item's own fields; the framework checks the rest (scale size, parent, codes).</summary>
public static class CompetencyItemRules
{
    public static void ValidItemFields<T>(this AbstractValidator<T> validator, int levelCount)
        where T : CompetencyItemFields
    {
        validator.RuleFor(c => c.Code).ValidCode();
        validator.RuleFor(c => c.Name).RequiredName();
        validator.RuleFor(c => c.AlternativeName).MaximumLength(FieldLengths.Name);
        validator.RuleFor(c => c.Description).MaximumLength(FieldLengths.Description);
        validator.RuleFor(c => c.ItemType).IsInEnum();
        validator.RuleFor(c => c.GroupKind).IsInEnum();
        validator.ValidLevels(c => c.Levels, levelCount);
        validator.RuleFor(c => c.Levels).Empty().When(c => c.ItemType == CompetencyItemType.Group)
            .WithMessage("A group has no proficiency levels; describe the levels on its competencies.");
    }
}

/// <summary>Field rules for adding or changing an item; the framework checks the scale size, parent and codes.</summary>
public abstract class CompetencyFieldsValidator<T> : AbstractValidator<T>
    where T : CompetencyFields
{
    protected CompetencyFieldsValidator()
    {
        RuleFor(c => c.ParentId).NotEqual(Guid.Empty);
        RuleFor(c => c.SortOrder).GreaterThanOrEqualTo(0);
        RuleFor(c => c.RelatedCompetencyIds).Must(ids => ids is null || ids.Count <= 100)
            .WithMessage("At most 100 related items.");
        RuleForEach(c => c.RelatedCompetencyIds).NotEqual(Guid.Empty);
        this.ValidItemFields(ProficiencyScale.MaxLevel);
    }
}
