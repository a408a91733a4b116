using System.Text.Json;
using System.Text.Json.Serialization;
using AsnCompetency.Api.Infrastructure;
using AsnCompetency.Api.Infrastructure.OpenApi;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.HttpLogging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace AsnCompetency.Api;

public static class DependencyInjection
{
    public static IServiceCollection AddWebServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.Configure<DatabaseStartupOptions>(configuration.GetSection(DatabaseStartupOptions.Section));

        services.ConfigureHttpJsonOptions(options => ConfigureJson(options.SerializerOptions));
        // Malformed JSON and wrong types reach the exception handler, which answers 400 naming the field.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Detail ??= ProblemDefaults.DetailFor(context.ProblemDetails.Status, context.HttpContext.Request);
            context.ProblemDetails.Extensions.TryAdd("traceId", context.HttpContext.TraceIdentifier);
        });
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<SigningKeyProvider, IOptions<JwtOptions>>((bearer, keys, jwt) =>
            {
                bearer.MapInboundClaims = false;
                bearer.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = jwt.Value.Issuer,
                    ValidAudience = jwt.Value.Audience,
                    IssuerSigningKey = keys.Key,
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    NameClaimType = AsnClaimTypes.Name,
                    RoleClaimType = AsnClaimTypes.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
            });
        services.AddAuthorization();

        services.AddHttpLogging(options =>
        {
            // Method, path, status and duration only: query strings and bodies can hold personal data.
            options.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath
                | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            options.CombineLogs = true;
        });

        services.AddOpenApiDocument();
        return services;
    }

    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
        // "level": "3" is a type error, not a number: clients learn the schema instead of relying on coercion.
        options.NumberHandling = JsonNumberHandling.Strict;
    }
}
