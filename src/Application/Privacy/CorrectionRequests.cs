using AsnCompetency.Application.Common.Concurrency;
using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Models;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Application.Common.Validation;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Domain.Privacy;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Privacy;

/// <summary>An employee asks for their data to be corrected (their own, so only a user linked to an employee record).</summary>
[Authorize]
public sealed record FileCorrectionRequestCommand(CorrectionTopic Topic, string Description) : ICommand<CorrectionRequestDto>;

/// <summary>The caller's own correction requests, newest first.</summary>
[Authorize]
public sealed record GetMyCorrectionRequestsQuery : IQuery<IReadOnlyList<CorrectionRequestDto>>;

/// <summary>The agency's correction requests (all for a SystemAdmin), open ones first, then newest.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record GetCorrectionRequestsQuery(CorrectionStatus? Status = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedList<CorrectionRequestDto>>, IPagedQuery;

/// <summary>Closes a request: Resolved once the data is corrected, or Rejected with the reason.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record CloseCorrectionRequestCommand : ICommand<CorrectionRequestDto>
{
    public CorrectionStatus Outcome { get; init; }

    /// <summary>What was corrected, or why not (required for a rejection).</summary>
    public string? Resolution { get; init; }

    internal Guid Id { get; init; }

    internal string? IfMatch { get; init; }

    public CloseCorrectionRequestCommand For(Guid id, string? ifMatch) => this with { Id = id, IfMatch = ifMatch };
}

/// <summary>An employee's request to correct their data, and its answer.</summary>
public sealed record CorrectionRequestDto(
    Guid Id,
    Guid EmployeeId,
    string Nip,
    string EmployeeName,
    CorrectionTopic Topic,
    string Description,
    CorrectionStatus Status,
    string? Resolution,
    DateTimeOffset FiledAt,
    DateTimeOffset? ClosedAt,
    string ETag) : IVersioned;

public sealed class FileCorrectionRequestCommandValidator : AbstractValidator<FileCorrectionRequestCommand>
{
    public FileCorrectionRequestCommandValidator()
    {
        RuleFor(c => c.Topic).IsInEnum();
        RuleFor(c => c.Description).NotEmpty().MaximumLength(CorrectionRequest.MaxDescriptionLength);
    }
}

public sealed class GetCorrectionRequestsQueryValidator : AbstractValidator<GetCorrectionRequestsQuery>
{
    public GetCorrectionRequestsQueryValidator()
    {
        this.ValidPaging();
        RuleFor(q => q.Status).IsInEnum();
    }
}

public sealed class CloseCorrectionRequestCommandValidator : AbstractValidator<CloseCorrectionRequestCommand>
{
    public CloseCorrectionRequestCommandValidator()
    {
        RuleFor(c => c.Outcome).IsInEnum().NotEqual(CorrectionStatus.Open).WithMessage("'outcome' must be Resolved or Rejected.");
        RuleFor(c => c.Resolution).MaximumLength(CorrectionRequest.MaxDescriptionLength);
    }
}

public sealed class CorrectionRequestHandlers(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) :
    ICommandHandler<FileCorrectionRequestCommand, CorrectionRequestDto>,
    IQueryHandler<GetMyCorrectionRequestsQuery, IReadOnlyList<CorrectionRequestDto>>,
    IQueryHandler<GetCorrectionRequestsQuery, PagedList<CorrectionRequestDto>>,
    ICommandHandler<CloseCorrectionRequestCommand, CorrectionRequestDto>
{
    public const string Resource = "Correction request";

    public async ValueTask<CorrectionRequestDto> Handle(FileCorrectionRequestCommand command, CancellationToken cancellationToken)
    {
        var employee = await OwnEmployeeAsync(user, db, cancellationToken);
        var request = CorrectionRequest.File(employee.Id, employee.AgencyId, command.Topic, command.Description);
        db.CorrectionRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(request, employee.Nip, employee.FullName);
    }

    public async ValueTask<IReadOnlyList<CorrectionRequestDto>> Handle(GetMyCorrectionRequestsQuery query, CancellationToken cancellationToken)
    {
        var employee = await OwnEmployeeAsync(user, db, cancellationToken);
        var requests = await db.CorrectionRequests.AsNoTracking()
            .Where(r => r.EmployeeId == employee.Id)
            .OrderByDescending(r => r.CreatedAt)
            .ToListAsync(cancellationToken);
        return [.. requests.Select(r => ToDto(r, employee.Nip, employee.FullName))];
    }

    public async ValueTask<PagedList<CorrectionRequestDto>> Handle(GetCorrectionRequestsQuery query, CancellationToken cancellationToken)
    {
        var requests = db.CorrectionRequests.AsNoTracking();
        if (query.Status is { } status)
        {
            requests = requests.Where(r => r.Status == status);
        }

        var rows = requests
            .OrderBy(r => r.Status != CorrectionStatus.Open).ThenByDescending(r => r.CreatedAt).ThenBy(r => r.Id)
            .Join(db.Employees, r => r.EmployeeId, e => e.Id, (r, e) => new Row(r, e.Nip, e.FullName));
        var page = await PagedList<Row>.CreateAsync(rows, query.Page, query.PageSize, cancellationToken);
        return page.Map(row => ToDto(row.Request, row.Nip, row.FullName));
    }

    public async ValueTask<CorrectionRequestDto> Handle(CloseCorrectionRequestCommand command, CancellationToken cancellationToken)
    {
        var request = await db.CorrectionRequests.FirstOrDefaultAsync(r => r.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(Resource, command.Id);
        AccessPolicy.EnsureCanMaintain(user, request.AgencyId, "this agency's correction requests");
        EntityTag.EnsureMatches(request, command.IfMatch, "The correction request");
        request.Close(command.Outcome, command.Resolution, user.UserId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        var employee = await db.Employees.AsNoTracking().Where(e => e.Id == request.EmployeeId).Select(e => new { e.Nip, e.FullName }).FirstAsync(cancellationToken);
        return ToDto(request, employee.Nip, employee.FullName);
    }

    /// <summary>The employee record the caller's account is linked to.</summary>
    internal static async Task<Domain.Employees.Employee> OwnEmployeeAsync(ICurrentUser user, IApplicationDbContext db, CancellationToken cancellationToken)
    {
        var employeeId = user.EmployeeId ?? throw new ForbiddenAccessException("Your account is not linked to an employee record: only an employee's own data can be requested here.");
        return await db.Employees.AsNoTracking().IgnoreQueryFilters().FirstOrDefaultAsync(e => e.Id == employeeId, cancellationToken)
            ?? throw new NotFoundException("Employee", employeeId);
    }

    private sealed record Row(CorrectionRequest Request, string Nip, string FullName);

    internal static CorrectionRequestDto ToDto(CorrectionRequest r, string nip, string name) =>
        new(r.Id, r.EmployeeId, nip, name, r.Topic, r.Description, r.Status, r.Resolution, r.CreatedAt, r.ClosedAt, EntityTag.Format(r.RowVersion));
}
