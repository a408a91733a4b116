using AsnCompetency.Application.Common.Security;
using Npgsql;
using NpgsqlTypes;

namespace AsnCompetency.Infrastructure.Persistence;

/// <summary>
/// A data scope as the parameters @scope_all, @scope_agency, @scope_own and @scope_employee, for
/// raw SQL that must apply the same rules as ApplicationDbContext's query filters.
/// </summary>
public static class ScopeParameters
{
    public static NpgsqlParameter[] Of(DataScope scope) =>
    [
        new("scope_all", NpgsqlDbType.Boolean) { Value = scope.AllAgencies },
        new("scope_agency", NpgsqlDbType.Uuid) { Value = (object?)scope.AgencyId ?? DBNull.Value },
        new("scope_own", NpgsqlDbType.Boolean) { Value = scope.OwnRecordOnly },
        new("scope_employee", NpgsqlDbType.Uuid) { Value = (object?)scope.EmployeeId ?? DBNull.Value },
    ];
}
