using AsnCompetency.Api;
using AsnCompetency.Api.Infrastructure;
using AsnCompetency.Application;
using AsnCompetency.Infrastructure;

// Leading words that name maintenance commands ("migrate", "seed-demo") are not host arguments.
var commands = args.TakeWhile(DatabaseStartup.Commands.Contains).ToList();
var builder = WebApplication.CreateBuilder(args[commands.Count..]);

builder.Services.AddApplicationServices();
builder.Services.AddInfrastructureServices(builder.Configuration);
builder.Services.AddWebServices(builder.Configuration);
builder.Services.AddApiRateLimits(builder.Configuration);
builder.AddHttpSecurity();

var app = builder.Build();

if (commands.Count > 0)
{
    return await app.RunCommandsAsync(commands);
}

await app.InitialiseDatabaseAsync();

app.UseHttpSecurity();
app.UseHttpLogging();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseWebClient();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseMiddleware<IdempotencyMiddleware>();

app.UseSwagger(options => options.RouteTemplate = "swagger/{documentName}/swagger.json");
app.UseSwaggerUI(options =>
{
    options.RoutePrefix = "swagger";
    options.SwaggerEndpoint("/swagger/v1/swagger.json", "AsnCompetency API v1");
    options.DocumentTitle = "AsnCompetency API";
});

app.MapHealthEndpoints();
app.MapEndpointGroups();

await app.RunAsync();
return 0;

/// <summary>The API's entry point; public so that tests can host it.</summary>
public partial class Program;
