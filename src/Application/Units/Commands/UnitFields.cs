using AsnCompetency.Application.Common.Validation;
using AsnCompetency.Domain.Organisation;
using FluentValidation;

namespace AsnCompetency.Application.Units.Commands;

/// <summary>The fields a client sets on a unit.</summary>
public abstract record UnitFields
{
    /// <summary>The unit to place this one under; omit for a top-level unit (a perangkat daerah).</summary>
    public Guid? ParentId { get; init; }

    /// <summary>Code unique within the agency, e.g. "DINKES".</summary>
    public string Code { get; init; } = "";

    public string Name { get; init; } = "";

    public UnitKind Kind { get; init; }

    /// <summary>Position among siblings (ascending).</summary>
    public int SortOrder { get; init; }
}

public abstract class UnitFieldsValidator<T> : AbstractValidator<T>
    where T : UnitFields
{
    protected UnitFieldsValidator()
    {
        RuleFor(u => u.ParentId).NotEqual(Guid.Empty);
        RuleFor(u => u.Code).ValidCode();
        RuleFor(u => u.Name).RequiredName();
        RuleFor(u => u.Kind).IsInEnum();
        RuleFor(u => u.SortOrder).GreaterThanOrEqualTo(0);
    }
}
