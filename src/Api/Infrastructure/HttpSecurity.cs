using Microsoft.AspNetCore.HttpOverrides;

namespace AsnCompetency.Api.Infrastructure;

/// <summary>Which browser origins may call the API, and which proxies are trusted (section "Http").</summary>
public sealed class HttpSecurityOptions
{
    public const string Section = "Http";

    /// <summary>Origins of web clients served elsewhere (e.g. https://kompetensi.example.go.id); none by default.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Addresses of reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed.</summary>
    public string[] KnownProxies { get; set; } = [];
}

/// <summary>
/// The HTTP hardening every response gets: no server banner, security headers with a content
/// security policy (strict for the API's JSON, allowing only the page's own files for the web
/// client and Swagger UI), HSTS for requests that arrived over TLS, CORS only for configured
/// origins, and forwarded headers only from configured proxies.
/// </summary>
public static class HttpSecurity
{
    public const string CorsPolicy = "configured-origins";

    /// <summary>For JSON and files: nothing may be loaded or framed.</summary>
    private const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>For pages (the web client, Swagger UI): only their own scripts, styles, images and API calls.</summary>
    private const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public static WebApplicationBuilder AddHttpSecurity(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        var options = builder.Configuration.GetSection(HttpSecurityOptions.Section).Get<HttpSecurityOptions>() ?? new HttpSecurityOptions();
        builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .WithOrigins(options.AllowedOrigins)
            .AllowAnyHeader()
            .AllowAnyMethod()
            .WithExposedHeaders("ETag", "Location", "Retry-After", "Content-Disposition")));
        builder.Services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in options.KnownProxies)
            {
                forwarded.KnownProxies.Add(System.Net.IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"Http:KnownProxies contains '{proxy}', which is not an IP address."));
            }
        });
        builder.Services.AddHsts(hsts =>
        {
            hsts.MaxAge = TimeSpan.FromDays(365);
            hsts.IncludeSubDomains = true;
        });
        return builder;
    }

    public static WebApplication UseHttpSecurity(this WebApplication app)
    {
        app.UseForwardedHeaders();

        // UseHsts answers only requests that came over HTTPS (directly or as the proxy says).
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers.ContentSecurityPolicy = IsApi(context.Request.Path) ? ApiPolicy : PagePolicy;
            return next(context);
        });
        app.UseCors(CorsPolicy);
        return app;
    }

    private static bool IsApi(PathString path) =>
        path.StartsWithSegments(EndpointMappingExtensions.ApiBase) || path.StartsWithSegments("/health") || path.StartsWithSegments("/swagger/v1");
}
