using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Common.Models;

/// <summary>One page of a list, with the total count of matching items.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    public static async Task<PagedList<T>> CreateAsync(IQueryable<T> query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var totalCount = await query.CountAsync(cancellationToken);
        var items = await query.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedList<T>(items, page, pageSize, totalCount);
    }

    /// <summary>The same page with its items converted, for values computed after the query.</summary>
    public PagedList<TOut> Map<TOut>(Func<T, TOut> map) => new([.. Items.Select(map)], Page, PageSize, TotalCount);
}

public static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;
}

/// <summary>A list query that returns one page at a time.</summary>
public interface IPagedQuery
{
    /// <summary>1-based page number.</summary>
    int Page { get; }

    /// <summary>Items per page, 1 to 500.</summary>
    int PageSize { get; }
}
