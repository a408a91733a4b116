using System.Text.Json.Serialization;
using AsnCompetency.Application.Common.Concurrency;
using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Identity;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ValidationException = AsnCompetency.Application.Common.Exceptions.ValidationException;

namespace AsnCompetency.Application.Employees.Commands.AssignEmployeePosition;

/// <summary>
/// Moves an employee to another position of the agency from a start date. The current assignment
/// ends the day before and stays in the history.
/// </summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record AssignEmployeePositionCommand : ICommand<EmployeeDto>
{
    [JsonIgnore]
    public Guid EmployeeId { get; init; }

    [JsonIgnore]
    public string? IfMatch { get; init; }

    public Guid PositionId { get; init; }

    /// <summary>The first day in the new position.</summary>
    public DateOnly StartDate { get; init; }

    /// <summary>The decree or reason, e.g. "SK Bupati No. 821/123/2026".</summary>
    public string? Note { get; init; }
}

public sealed class AssignEmployeePositionCommandValidator : AbstractValidator<AssignEmployeePositionCommand>
{
    public AssignEmployeePositionCommandValidator()
    {
        RuleFor(c => c.PositionId).NotEmpty();
        RuleFor(c => c.StartDate).NotEmpty();
        RuleFor(c => c.Note).MaximumLength(FieldLengths.Note);
    }
}

public sealed class AssignEmployeePositionCommandHandler(IApplicationDbContext db, ICurrentUser user)
    : ICommandHandler<AssignEmployeePositionCommand, EmployeeDto>
{
    public async ValueTask<EmployeeDto> Handle(AssignEmployeePositionCommand command, CancellationToken cancellationToken)
    {
        var employee = await db.LoadForChangeAsync(user, command.EmployeeId, cancellationToken);
        EntityTag.EnsureMatches(employee, command.IfMatch, $"Employee {employee.Nip}");
        var position = await db.Positions.AsNoTracking()
            .FirstOrDefaultAsync(p => p.Id == command.PositionId && p.AgencyId == employee.AgencyId, cancellationToken)
            ?? throw new ValidationException("positionId", $"There is no position {command.PositionId} in the employee's agency.");
        if (!position.IsActive)
        {
            throw new BusinessRuleException($"Position {position.Code} is inactive; activate it before assigning employees.", "positionId");
        }

        employee.AssignPosition(position.Id, position.UnitId, command.StartDate, command.Note);
        await db.SaveChangesAsync(cancellationToken);
        return await db.GetDtoAsync(employee.Id, cancellationToken);
    }
}
