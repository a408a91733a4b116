using AsnCompetency.Application.Common.Validation;
using AsnCompetency.Domain.Positions;
using FluentValidation;

namespace AsnCompetency.Application.Positions.Commands;

/// <summary>The fields a client sets on a position.</summary>
public abstract record PositionFields
{
    /// <summary>The unit the position belongs to.</summary>
    public Guid UnitId { get; init; }

    /// <summary>Code unique within the agency; imports refer to positions by it.</summary>
    public string Code { get; init; } = "";

    /// <summary>The position's name, e.g. "Kepala Bidang Pencegahan dan Pengendalian Penyakit".</summary>
    public string Name { get; init; } = "";

    public PositionType Type { get; init; }

    /// <summary>Legacy structural echelon, when the position has one.</summary>
    public Eselon? Eselon { get; init; }
}

public abstract class PositionFieldsValidator<T> : AbstractValidator<T>
    where T : PositionFields
{
    protected PositionFieldsValidator()
    {
        RuleFor(p => p.UnitId).NotEmpty();
        RuleFor(p => p.Code).ValidCode();
        RuleFor(p => p.Name).RequiredName();
        RuleFor(p => p.Type).IsInEnum();
        RuleFor(p => p.Eselon).IsInEnum();
    }
}
