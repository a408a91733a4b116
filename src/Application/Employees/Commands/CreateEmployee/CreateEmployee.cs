using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Employees;
using AsnCompetency.Domain.Identity;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ValidationException = AsnCompetency.Application.Common.Exceptions.ValidationException;

namespace AsnCompetency.Application.Employees.Commands.CreateEmployee;

/// <summary>Registers an employee, optionally in a position from a start date.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record CreateEmployeeCommand : EmployeeFields, ICommand<EmployeeDto>
{
    /// <summary>The employee's agency; defaults to the caller's own (required for national users).</summary>
    public Guid? AgencyId { get; init; }

    /// <summary>The position the employee holds, in the same agency.</summary>
    public Guid? PositionId { get; init; }

    /// <summary>Since when the employee holds the position (default: today).</summary>
    public DateOnly? PositionStartDate { get; init; }
}

public sealed class CreateEmployeeCommandValidator : EmployeeFieldsValidator<CreateEmployeeCommand>
{
    public CreateEmployeeCommandValidator(IOptions<EmployeeNumberOptions> numbers)
        : base(numbers)
    {
        RuleFor(e => e.AgencyId).NotEqual(Guid.Empty);
        RuleFor(e => e.PositionId).NotEqual(Guid.Empty);
        RuleFor(e => e.PositionStartDate).Null().When(e => e.PositionId is null)
            .WithMessage("'positionStartDate' needs a positionId.");
    }
}

public sealed class CreateEmployeeCommandHandler(IApplicationDbContext db, ICurrentUser user, IOptions<EmployeeNumberOptions> numbers, TimeProvider clock)
    : ICommandHandler<CreateEmployeeCommand, EmployeeDto>
{
    public async ValueTask<EmployeeDto> Handle(CreateEmployeeCommand command, CancellationToken cancellationToken)
    {
        var agencyId = command.AgencyId ?? user.AgencyId
            ?? throw new ValidationException("agencyId", "'agencyId' is required for a user without an agency of their own.");
        AccessPolicy.EnsureCanMaintain(user, agencyId, "this agency's employees");
        if (!await db.Agencies.AnyAsync(a => a.Id == agencyId, cancellationToken))
        {
            throw new ValidationException("agencyId", $"There is no agency {agencyId}.");
        }

        var nip = Nip.Parse(command.Nip, pppkMarker: numbers.Value.PppkNumberMarker);
        await db.EnsureNipIsFreeAsync(nip.Value, exceptId: null, cancellationToken);
        var employee = Employee.Create(agencyId, nip, command.ToDetails(await db.FindGradeAsync(command.GradeCode, cancellationToken)));

        if (command.PositionId is { } positionId)
        {
            var position = await db.Positions.AsNoTracking().FirstOrDefaultAsync(p => p.Id == positionId && p.AgencyId == agencyId, cancellationToken)
                ?? throw new ValidationException("positionId", $"There is no position {positionId} in the employee's agency.");
            if (!position.IsActive)
            {
                throw new Domain.Common.BusinessRuleException($"Position {position.Code} is inactive; activate it before assigning employees.", "positionId");
            }

            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            employee.AssignPosition(position.Id, position.UnitId, command.PositionStartDate ?? today, note: null);
        }

        db.Employees.Add(employee);
        await db.SaveChangesAsync(cancellationToken);
        return await db.GetDtoAsync(employee.Id, cancellationToken);
    }
}
