namespace AsnCompetency.Application.UnitTests;

/// <summary>
/// Applies the application's global validator conventions (camelCase field paths, stop at the
/// first failure of a rule chain) once before any test, as the running application does.
/// </summary>
[SetUpFixture]
public sealed class ValidatorConventionsSetUp
{
    [OneTimeSetUp]
    public void ApplyApplicationConventions() => DependencyInjection.ConfigureValidatorConventions();
}
