using System.Linq.Expressions;
using AsnCompetency.Application.Common.Validation;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Frameworks;
using FluentValidation;

namespace AsnCompetency.Application.CompetencyFrameworks.Commands;

/// <summary>Validation rules for the parts that framework and competency requests share.</summary>
public static class FrameworkInputRules
{
    /// <summary>
    /// A proficiency scale has 2 to 5 levels numbered 1..N without gaps, each named; an empty list
    /// means the standard PermenPANRB scale.
    /// </summary>
    public static void ValidScale<T>(this AbstractValidator<T> validator, Expression<Func<T, List<ProficiencyLevelInput>>> scale)
    {
        validator.RuleFor(scale)
            .NotNull()
            .Must(levels => levels.Count is 0 or (>= ProficiencyScale.MinLevelCount and <= ProficiencyScale.MaxLevel))
            .WithMessage($"A proficiency scale has {ProficiencyScale.MinLevelCount} to {ProficiencyScale.MaxLevel} levels, or none for the standard scale.")
            .Must(levels => levels.Count == 0
                || levels.Select(l => l?.Level ?? 0).Order().SequenceEqual(Enumerable.Range(ProficiencyScale.MinLevel, levels.Count)))
            .WithMessage("Levels must be numbered 1 to N, each once.");
        validator.RuleForEach(AsSequence(scale)).Cascade(CascadeMode.Continue).NotNull();
        validator.RuleForEach(AsSequence(scale)).Cascade(CascadeMode.Continue).ChildRules(level =>
        {
            level.RuleFor(l => l.Level).InclusiveBetween(ProficiencyScale.MinLevel, ProficiencyScale.MaxLevel);
            level.RuleFor(l => l.Name).RequiredName();
            level.RuleFor(l => l.Description).MaximumLength(FieldLengths.Description);
        });
    }

    /// <summary>Level descriptions: each level within the scale, described once, with non-empty indicators.</summary>
    public static void ValidLevels<T>(this AbstractValidator<T> validator, Expression<Func<T, List<CompetencyLevelInput>>> levels, int levelCount)
    {
        validator.RuleFor(levels)
            .NotNull()
            .Must(list => list.Where(l => l is not null).Select(l => l.Level).Distinct().Count() == list.Count(l => l is not null))
            .WithMessage("Each level may be described only once.");
        validator.RuleForEach(AsSequence(levels)).Cascade(CascadeMode.Continue).NotNull();
        validator.RuleForEach(AsSequence(levels)).Cascade(CascadeMode.Continue).ChildRules(level =>
        {
            level.RuleFor(l => l.Level)
                .InclusiveBetween(ProficiencyScale.MinLevel, levelCount)
                .WithMessage($"'level' must be between {ProficiencyScale.MinLevel} and {levelCount}, the levels of the framework's scale. You entered {{PropertyValue}}.");
            level.RuleFor(l => l.Description)
                .Must(d => !string.IsNullOrWhiteSpace(d)).WithMessage("'description' must not be empty.")
                .MaximumLength(FieldLengths.Description);
            level.RuleFor(l => l.Indicators).NotNull();
            level.RuleForEach(l => l.Indicators).Cascade(CascadeMode.Continue)
                .Must(i => !string.IsNullOrWhiteSpace(i)).WithMessage("An indicator must not be empty.")
                .MaximumLength(FieldLengths.IndicatorText);
        });
    }
    // Every item of a list is checked even though rule chains stop at their first failure
    // (CascadeMode.Continue on RuleForEach), so a client sees all bad items at once.
    // RuleForEach wants a sequence-typed accessor; FluentValidation caches accessors by member
    // and type, so the list-typed one of RuleFor cannot be reused for it.
    private static Expression<Func<T, IEnumerable<TItem>>> AsSequence<T, TItem>(Expression<Func<T, List<TItem>>> list) =>
        Expression.Lambda<Func<T, IEnumerable<TItem>>>(list.Body, list.Parameters);
}

/// <summary>Validates an item of a competency tree and, recursively, the items below it.</summary>
public sealed class CompetencyTreeInputValidator : AbstractValidator<CompetencyTreeInput>
{
    public const int MaxDepth = 10;

    public CompetencyTreeInputValidator(int levelCount, int depth = 1)
    {
        this.ValidItemFields(levelCount);
        RuleFor(c => c.GroupKind).NotNull().When(_ => depth == 1)
            .WithMessage("'groupKind' is required for a top-level item (Manajerial, SosialKultural or Teknis).");
        RuleFor(c => c.Children).NotNull();
        RuleFor(c => c.Children).Empty().When(_ => depth >= MaxDepth)
            .WithMessage($"The tree may be at most {MaxDepth} levels deep.");
        if (depth < MaxDepth)
        {
            RuleForEach(c => c.Children).Cascade(CascadeMode.Continue).NotNull().SetValidator(new CompetencyTreeInputValidator(levelCount, depth + 1));
        }
    }
}
