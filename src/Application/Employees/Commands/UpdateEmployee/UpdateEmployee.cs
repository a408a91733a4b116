using System.Text.Json.Serialization;
using AsnCompetency.Application.Common.Concurrency;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Employees;
using AsnCompetency.Domain.Identity;
using Mediator;
using Microsoft.Extensions.Options;

namespace AsnCompetency.Application.Employees.Commands.UpdateEmployee;

/// <summary>Changes an employee's data (a corrected NIP included). Position changes go through POST /employees/{id}/assignments.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record UpdateEmployeeCommand : EmployeeFields, ICommand<EmployeeDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public string? IfMatch { get; init; }

    public bool IsActive { get; init; } = true;
}

public sealed class UpdateEmployeeCommandValidator(IOptions<EmployeeNumberOptions> numbers) : EmployeeFieldsValidator<UpdateEmployeeCommand>(numbers);

public sealed class UpdateEmployeeCommandHandler(IApplicationDbContext db, ICurrentUser user, IOptions<EmployeeNumberOptions> numbers)
    : ICommandHandler<UpdateEmployeeCommand, EmployeeDto>
{
    public async ValueTask<EmployeeDto> Handle(UpdateEmployeeCommand command, CancellationToken cancellationToken)
    {
        var employee = await db.LoadForChangeAsync(user, command.Id, cancellationToken);
        EntityTag.EnsureMatches(employee, command.IfMatch, $"Employee {employee.Nip}");

        var nip = Nip.Parse(command.Nip, pppkMarker: numbers.Value.PppkNumberMarker);
        if (nip.Value != employee.Nip)
        {
            await db.EnsureNipIsFreeAsync(nip.Value, employee.Id, cancellationToken);
        }

        employee.Update(nip, command.ToDetails(await db.FindGradeAsync(command.GradeCode, cancellationToken)), command.IsActive);
        await db.SaveChangesAsync(cancellationToken);
        return await db.GetDtoAsync(employee.Id, cancellationToken);
    }
}
