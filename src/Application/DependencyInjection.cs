using System.Reflection;
using AsnCompetency.Application.Common.Behaviours;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace AsnCompetency.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplicationServices(this IServiceCollection services)
    {
        ConfigureValidatorConventions();
        // Request validators only; validators of nested parts are built by their parents.
        services.AddValidatorsFromAssembly(
            Assembly.GetExecutingAssembly(),
            ServiceLifetime.Scoped,
            filter: scan => scan.InterfaceType.GetGenericArguments()[0].IsAssignableTo(typeof(Mediator.IMessage)),
            includeInternalTypes: true);

        services.AddMediator(options =>
        {
            // Scoped: handlers use the request's DbContext and current user.
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(DependencyInjection)];
            options.PipelineBehaviors =
            [
                typeof(LoggingBehaviour<,>),
                typeof(AuthorizationBehaviour<,>),
                typeof(ValidationBehaviour<,>),
                typeof(PerformanceBehaviour<,>),
                typeof(PersonalDataReadAuditBehaviour<,>),
                typeof(TransactionBehaviour<,>),
            ];
        });

        services.AddScoped<Interchange.Case.CaseAccess>();
        return services;
    }

    /// <summary>
    /// Field names in errors are the JSON names a client sent ("proficiencyLevels[0].level"), and a
    /// rule chain stops at its first failure (no "must not be empty" followed by "too short").
    /// </summary>
    internal static void ConfigureValidatorConventions()
    {
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) => member is null ? null : JsonName(member.Name);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : JsonName(member.Name);
    }

    private static string JsonName(string name) =>
        string.IsNullOrEmpty(name) || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
