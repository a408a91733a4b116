using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using AsnCompetency.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace AsnCompetency.Api.Infrastructure;

/// <summary>Request limits (configuration section "RateLimits").</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Sign-in attempts per client address per minute.</summary>
    public int SignInPerMinute { get; set; } = 20;

    /// <summary>File imports per user per minute (dry runs included).</summary>
    public int ImportsPerMinute { get; set; } = 10;
}

/// <summary>
/// Rate limits on the endpoints worth abusing: sign-in (password guessing from one address,
/// on top of the per-name lockout) and imports (heavy work). A rejected request gets 429 problem
/// details with Retry-After.
/// </summary>
public static class RateLimiting
{
    public const string SignInPolicy = "sign-in";
    public const string ImportPolicy = "imports";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddApiRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RejectAsync;
            options.AddPolicy(SignInPolicy, context => PerMinute(
                $"ip:{context.Connection.RemoteIpAddress}", Limits(context).SignInPerMinute));
            options.AddPolicy(ImportPolicy, context => PerMinute(
                context.User.FindFirstValue(AsnClaimTypes.Subject) is { } user ? $"user:{user}" : $"ip:{context.Connection.RemoteIpAddress}",
                Limits(context).ImportsPerMinute));
        });
        return services;
    }

    private static RateLimitOptions Limits(HttpContext context) => context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;

    private static RateLimitPartition<string> PerMinute(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = Window,
            QueueLimit = 0,
        });

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : Window;
        context.Response.Headers.RetryAfter = ProblemDetailsExceptionHandler.RetryAfterSeconds(wait);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests.",
                Detail = string.Create(CultureInfo.InvariantCulture, $"Too many requests of this kind; try again in {context.Response.Headers.RetryAfter} seconds."),
            },
        });
    }
}
