using System.Text.Json;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Models;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Application.Common.Validation;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Identity;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Auditing;

/// <summary>
/// The audit log, newest first: sign-ins and failed sign-ins, exports, and who read or changed
/// personal data. A SystemAdmin reads all of it; an AgencyAdmin what the agency's users did and
/// what anyone did to the agency's data.
/// </summary>
/// <param name="Action">One kind of line, e.g. SignInFailed or Export.</param>
/// <param name="UserId">Lines of one user.</param>
/// <param name="SubjectId">Lines about one record, e.g. an employee (whose data was read or changed).</param>
/// <param name="From">From this moment (inclusive).</param>
/// <param name="To">Before this moment.</param>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record GetAuditLogQuery(
    string? Action = null,
    Guid? UserId = null,
    Guid? SubjectId = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize) : IQuery<PagedList<AuditEventDto>>, IPagedQuery;

/// <summary>One entry of the audit log.</summary>
/// <param name="UserName">The acting user's name (an API client's client id); null for an unknown or anonymous caller.</param>
/// <param name="AgencyId">The acting user's agency (null for national users).</param>
/// <param name="SubjectAgencyId">The agency whose data was touched.</param>
/// <param name="SubjectId">The record whose data was touched, when it was one.</param>
/// <param name="Target">What the action was about: an export's table, the user name tried at sign-in, a record's kind.</param>
/// <param name="Detail">The particulars: filters and row count of an export, the reason of a failed sign-in, the changed fields.</param>
public sealed record AuditEventDto(
    Guid Id,
    DateTimeOffset At,
    Guid? UserId,
    string? UserName,
    Guid? AgencyId,
    Guid? SubjectAgencyId,
    Guid? SubjectId,
    string Action,
    string Target,
    JsonElement Detail);

public sealed class GetAuditLogQueryValidator : AbstractValidator<GetAuditLogQuery>
{
    public GetAuditLogQueryValidator()
    {
        this.ValidPaging();
        RuleFor(q => q.Action).MaximumLength(FieldLengths.Code);
        RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null).WithMessage("'to' must be after 'from'.");
    }
}

public sealed class GetAuditLogQueryHandler(IApplicationDbContext db) : IQueryHandler<GetAuditLogQuery, PagedList<AuditEventDto>>
{
    public async ValueTask<PagedList<AuditEventDto>> Handle(GetAuditLogQuery query, CancellationToken cancellationToken)
    {
        // The scope (all, or the agency's own users and data) is the query filter on AuditEvent.
        var events = db.AuditEvents.AsNoTracking();
        if (query.Action is { } action)
        {
            events = events.Where(e => e.Action == action);
        }

        if (query.UserId is { } userId)
        {
            events = events.Where(e => e.UserId == userId);
        }

        if (query.SubjectId is { } subjectId)
        {
            events = events.Where(e => e.SubjectId == subjectId);
        }

        if (query.From is { } from)
        {
            events = events.Where(e => e.At >= from);
        }

        if (query.To is { } to)
        {
            events = events.Where(e => e.At < to);
        }

        // Users are joined without their filter: the actor of a line may be a national user.
        var lines = events
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Select(e => new Line(e.Id, e.At, e.UserId, e.AgencyId, e.SubjectAgencyId, e.SubjectId, e.Action, e.Target, e.Detail));
        var page = await PagedList<Line>.CreateAsync(lines, query.Page, query.PageSize, cancellationToken);
        var userIds = page.Items.Select(l => l.UserId).OfType<Guid>().Distinct().ToList();
        var names = await db.Users.IgnoreQueryFilters().AsNoTracking()
            .Where(u => userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.UserName, cancellationToken);

        // Integrating systems act under their client id.
        foreach (var client in await db.ApiClients.AsNoTracking().Where(c => userIds.Contains(c.Id)).Select(c => new { c.Id, c.ClientId }).ToListAsync(cancellationToken))
        {
            names[client.Id] = client.ClientId;
        }

        return page.Map(l => new AuditEventDto(
            l.Id, l.At, l.UserId, l.UserId is { } id ? names.GetValueOrDefault(id) : null, l.AgencyId, l.SubjectAgencyId, l.SubjectId, l.Action, l.Target,
            JsonDocument.Parse(l.Detail).RootElement.Clone()));
    }

    private sealed record Line(Guid Id, DateTimeOffset At, Guid? UserId, Guid? AgencyId, Guid? SubjectAgencyId, Guid? SubjectId, string Action, string Target, string Detail);
}
