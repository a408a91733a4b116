using AsnCompetency.Application.Common.Validation;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Frameworks;
using FluentValidation;

namespace AsnCompetency.Application.CompetencyFrameworks.Commands.CreateCompetencyFramework;

public sealed class CreateCompetencyFrameworkCommandValidator : AbstractValidator<CreateCompetencyFrameworkCommand>
{
    public CreateCompetencyFrameworkCommandValidator()
    {
        RuleFor(c => c.Code).ValidCode();
        RuleFor(c => c.Name).RequiredName();
        RuleFor(c => c.AlternativeName).MaximumLength(FieldLengths.Name);
        RuleFor(c => c.Description).MaximumLength(FieldLengths.Description);
        RuleFor(c => c.Language).LanguageTag();
        RuleFor(c => c.OwnerAgencyId).NotEqual(Guid.Empty);
        this.ValidScale(c => c.ProficiencyLevels);
        RuleFor(c => c.Competencies).NotNull();
        RuleForEach(c => c.Competencies)
            .Cascade(CascadeMode.Continue)
            .NotNull()
            .SetValidator(c => new CompetencyTreeInputValidator(ScaleSize(c)));
        RuleFor(c => c.Competencies).Custom((items, context) =>
        {
            foreach (var (path, code) in DuplicateCodes(items))
            {
                context.AddFailure($"{path}.code", $"The code {code} is used more than once in this framework.");
            }
        });
    }

    private static int ScaleSize(CreateCompetencyFrameworkCommand command) =>
        command.ProficiencyLevels is { Count: > 0 } levels ? levels.Count : ProficiencyScale.MaxLevel;

    /// <summary>
    /// The path of every item whose code (case-insensitive) appeared earlier in the tree, in the
    /// order the request lists items (a parent, its children, then its next sibling), which is
    /// the order the items are created in.
    /// </summary>
    private static IEnumerable<(string Path, string Code)> DuplicateCodes(List<CompetencyTreeInput>? items)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<(string Path, CompetencyTreeInput Item)>();
        Push(items, "competencies");
        while (pending.TryPop(out var entry))
        {
            var code = entry.Item.Code?.Trim();
            if (!string.IsNullOrEmpty(code) && !seen.Add(code))
            {
                yield return (entry.Path, code);
            }

            Push(entry.Item.Children, $"{entry.Path}.children");
        }

        void Push(List<CompetencyTreeInput>? list, string path)
        {
            for (var i = (list?.Count ?? 0) - 1; i >= 0; i--)
            {
                if (list![i] is { } item)
                {
                    pending.Push(($"{path}[{i}]", item));
                }
            }
        }
    }
}
