using System.Net;
using System.Text.Json;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.Security.AccessMatrix;

namespace AsnCompetency.Api.IntegrationTests.Security;

/// <summary>
/// The authorization matrix: every operation of the served OpenAPI document, called by every
/// role (and without a token, and by an integrator's client-credentials token) on a resource of
/// the caller's own agency and of another agency — and, for an employee's personal data, on
/// their own record and a colleague's — must be allowed or denied as <see cref="AccessMatrix.Table"/>
/// says. An operation missing from the table fails, so a new endpoint cannot skip this.
/// Besides the status, a denied request must leave the audit trail (and so the data) unchanged,
/// and an allowed answer to an agency's user must not mention the other agency's ids.
/// </summary>
[NonParallelizable]
public sealed class AuthorizationMatrixTests
{
    private readonly List<string> _allowedButRefused = [];
    private MatrixWorld _world = null!;

    private static TestEnvironment Environment => TestRun.Environment;

    [OneTimeSetUp]
    public async Task BuildTheWorldAsync()
    {
        await Environment.ResetDatabaseAsync(includeDemoOrganisation: true);
        _world = await MatrixWorld.BuildAsync(Environment);
    }

    [OneTimeTearDown]
    public void DisposeClients() => _world?.Dispose();

    [Test]
    public async Task EveryOperation_AllowsAndDeniesEachRoleAsTheTableSays()
    {
        var operations = await OperationsAsync();
        var failures = new List<string>();
        var cells = 0;

        foreach (var operation in operations)
        {
            if (!Table.TryGetValue(operation, out var rule))
            {
                failures.Add($"{operation}: not in the authorization matrix — add it to AccessMatrix.Table with who may call it.");
                continue;
            }

            // Denied cells first: they must change nothing, so the allowed ones after them see the same data.
            var plan = (from actor in _world.Actors
                        from target in TargetsOf(rule.Subject)
                        let expected = Expected(rule, actor, target)
                        orderby expected == Outcome.Allowed
                        select (actor, target, expected)).ToList();
            foreach (var (actor, target, expected) in plan)
            {
                cells++;
                var failure = await CheckCellAsync(operation, rule, actor, target, expected);
                if (failure is not null)
                {
                    failures.Add(failure);
                }
            }
        }

        TestContext.Progress.WriteLine($"Authorization matrix: {operations.Count} operations, {cells} cells.");
        // Allowed calls that the API refused for the state of the data (a 409 on a second publish, say): authorization passed.
        TestContext.Progress.WriteLine($"Allowed, refused for other reasons ({_allowedButRefused.Count}):{System.Environment.NewLine}{string.Join(System.Environment.NewLine, _allowedButRefused)}");
        failures.ShouldBeEmpty(string.Join(System.Environment.NewLine, failures));
    }

    [Test]
    public async Task TheTable_NamesOnlyOperationsTheApiHas()
    {
        var operations = (await OperationsAsync()).ToHashSet();

        Table.Keys.Where(key => !operations.Contains(key)).ShouldBeEmpty("entries for operations the API no longer has");
    }

    private async Task<string?> CheckCellAsync(string operation, Rule rule, MatrixActor actor, Target target, Outcome expected)
    {
        using var request = await rule.Build(new Call(_world, _world.Resources(target)));
        var auditBefore = await AuditEventCountAsync();
        using var response = await actor.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var cell = $"{operation} as {actor.Name} on {target}";

        if ((int)response.StatusCode >= 500)
        {
            return $"{cell}: {(int)response.StatusCode} {Shorten(body)}";
        }

        var actual = Classify(response.StatusCode, body, rule);
        if (actual != expected)
        {
            return $"{cell}: expected {expected}, got {(int)response.StatusCode} {Shorten(body)}";
        }

        if (expected != Outcome.Allowed && await AuditEventCountAsync() != auditBefore)
        {
            return $"{cell}: denied ({(int)response.StatusCode}) but something was recorded in the audit trail";
        }

        if (expected == Outcome.Allowed && !response.IsSuccessStatusCode)
        {
            _allowedButRefused.Add($"{cell}: {(int)response.StatusCode} {Shorten(body)}");
        }

        return expected == Outcome.Allowed ? Leak(cell, rule, actor, body) : null;
    }

    /// <summary>An agency's user must not be shown the other agency's ids; an employee not a colleague's.</summary>
    private string? Leak(string cell, Rule rule, MatrixActor actor, string body)
    {
        if (actor.Role is UserRole.SystemAdmin || actor.IsNational)
        {
            return null;
        }

        var other = _world.Other;
        var hidden = new List<(string What, Guid Id)> { ("the other agency's employee", other.Employee) };
        if (!rule.ListsAgencies)
        {
            hidden.Add(("the other agency", other.Agency));
        }

        if (actor.Role is UserRole.Employee)
        {
            hidden.Add(("a colleague", _world.Colleague.Employee));
        }

        var leaked = hidden.FirstOrDefault(h => body.Contains(h.Id.ToString(), StringComparison.OrdinalIgnoreCase));
        return leaked.What is null ? null : $"{cell}: the answer mentions {leaked.What} ({leaked.Id})";
    }

    /// <summary>
    /// 401 asks to sign in; 403 and 404 deny. A resource named in the body rather than the path
    /// is denied the way an unknown id is: 400 on the field, "There is no …".
    /// </summary>
    private static Outcome Classify(HttpStatusCode status, string body, Rule rule) => status switch
    {
        HttpStatusCode.Unauthorized => Outcome.SignInRequired,
        HttpStatusCode.Forbidden or HttpStatusCode.NotFound => Outcome.Denied,
        HttpStatusCode.BadRequest when rule.TargetInBody && body.Contains("There is no ", StringComparison.Ordinal) => Outcome.Denied,
        _ => Outcome.Allowed,
    };

    private static Task<long> AuditEventCountAsync() => Environment.ScalarAsync<long>("select count(*) from audit_events");

    private static string Shorten(string body) => body.Length <= 300 ? body : body[..300] + "…";

    private async Task<IReadOnlyList<string>> OperationsAsync()
    {
        var document = await _world.SystemAdmin.GetJsonAsync("/swagger/v1/swagger.json");
        return
        [
            .. from path in document.GetProperty("paths").EnumerateObject()
               from operation in path.Value.EnumerateObject()
               where operation.Name is "get" or "post" or "put" or "delete" or "patch"
               select $"{operation.Name.ToUpperInvariant()} {path.Name}",
        ];
    }
}
