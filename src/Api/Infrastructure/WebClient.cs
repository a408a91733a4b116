using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace AsnCompetency.Api.Infrastructure;

/// <summary>Where the built web client is (section "WebClient").</summary>
public sealed class WebClientOptions
{
    public const string Section = "WebClient";

    /// <summary>
    /// The folder of the built client (client/dist). Empty: the first client/dist/index.html found
    /// in the content root or a folder above it, which finds the checkout's build from bin/.
    /// </summary>
    public string? Path { get; set; }
}

/// <summary>
/// Serves the single-page web client at "/": its files, and index.html for every other GET that
/// is not the JSON API, health, Swagger or OpenAPI, so that deep links such as /employees/{id}
/// load the app. Hashed assets are cached for a year; index.html is revalidated every time.
/// </summary>
public static class WebClient
{
    public static WebApplication UseWebClient(this WebApplication app)
    {
        var root = Locate(app.Configuration, app.Environment.ContentRootPath);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WebClient));
        if (root is null)
        {
            logger.LogInformation("No built web client found (client/dist); only the API is served. Build it with 'npm ci && npm run build' in client/.");
            return app;
        }

        logger.LogInformation("Serving the web client from {Folder}", root);
        var files = new PhysicalFileProvider(root);
        app.UseWhen(context => IsClientPath(context.Request.Path), branch =>
        {
            branch.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = files,
                OnPrepareResponse = file =>
                {
                    var path = file.Context.Request.Path;
                    file.Context.Response.Headers.CacheControl = path.StartsWithSegments("/assets")
                        ? "public, max-age=31536000, immutable"
                        : "no-cache";
                },
            });
            branch.Use(async (context, next) =>
            {
                var request = context.Request;
                if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                    && context.GetEndpoint() is null
                    && !request.Path.StartsWithSegments("/assets")
                    && AcceptsHtml(request))
                {
                    context.Response.ContentType = "text/html; charset=utf-8";
                    context.Response.Headers.CacheControl = "no-cache";
                    await context.Response.SendFileAsync(files.GetFileInfo("index.html"), context.RequestAborted);
                    return;
                }

                await next(context);
            });
        });
        return app;
    }

    /// <summary>Paths that belong to the API and its tooling never get the client.</summary>
    public static bool IsClientPath(PathString path) =>
        !path.StartsWithSegments("/api")
        && !path.StartsWithSegments("/health")
        && !path.StartsWithSegments("/swagger")
        && !path.StartsWithSegments("/openapi")
        && !path.StartsWithSegments("/ims");

    private static bool AcceptsHtml(HttpRequest request)
    {
        var accept = request.Headers.Accept.ToString();
        return accept.Length == 0 || accept.Contains("text/html", StringComparison.OrdinalIgnoreCase) || accept.Contains("*/*", StringComparison.Ordinal);
    }

    internal static string? Locate(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration.GetSection(WebClientOptions.Section).Get<WebClientOptions>()?.Path;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var full = Path.GetFullPath(configured, contentRoot);
            return File.Exists(Path.Combine(full, "index.html")) ? full : null;
        }

        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "client", "dist");
            if (File.Exists(Path.Combine(candidate, "index.html")))
            {
                return candidate;
            }
        }

        return null;
    }
}
