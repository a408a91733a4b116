using System.Reflection;
using System.Xml.Linq;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AsnCompetency.Api.Infrastructure.OpenApi;

/// <summary>
/// Answers (types named …Dto) always carry every property, null or not, as System.Text.Json writes
/// them: each is required, so that generated clients need not guess which ones may be missing.
/// </summary>
public sealed class ResponsePropertiesRequiredSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema { Properties.Count: > 0 } dto && context.Type.Name.EndsWith("Dto", StringComparison.Ordinal))
        {
            dto.Required = new SortedSet<string>(dto.Properties.Keys, StringComparer.Ordinal);
        }
    }
}

/// <summary>Each endpoint group's tag, described by the group's XML summary.</summary>
public sealed class TagDescriptionsDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var assembly = typeof(EndpointGroupBase).Assembly;
        var xml = Path.Combine(AppContext.BaseDirectory, $"{assembly.GetName().Name}.xml");
        var summaries = File.Exists(xml)
            ? XDocument.Load(xml).Descendants("member")
                .Where(m => ((string?)m.Attribute("name"))?.StartsWith("T:", StringComparison.Ordinal) == true)
                .ToDictionary(m => ((string)m.Attribute("name")!)[2..], m => Normalise(m.Element("summary")?.Value))
            : [];

        var used = document.Paths.Values
            .SelectMany(p => p.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>())
            .Select(t => t.Name)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var groups = assembly.GetExportedTypes().Where(t => t.IsSubclassOf(typeof(EndpointGroupBase)) && !t.IsAbstract)
            .ToDictionary(t => t.Name, t => t.FullName!);
        document.Tags = new SortedSet<OpenApiTag>(
            used.Select(name => new OpenApiTag
            {
                Name = name,
                Description = groups.TryGetValue(name, out var type) && summaries.TryGetValue(type, out var summary) ? summary : null,
            }),
            Comparer<OpenApiTag>.Create((a, b) => string.CompareOrdinal(a.Name, b.Name)));
    }

    private static string? Normalise(string? text) =>
        text is null ? null : string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>
/// A nullable property of an enum or object type is <c>allOf</c> its one reference with
/// <c>nullable: true</c>; OpenAPI 3.0 gives nullable meaning only beside a type, so the
/// referenced schema's type is written there too.
/// </summary>
public sealed class NullableReferencesDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var schemas = document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        foreach (var property in schemas.Values.SelectMany(s => s.Properties?.Values ?? new Dictionary<string, IOpenApiSchema>().Values))
        {
            // Microsoft.OpenApi keeps nullability as the Null type flag and writes it as nullable: true.
            if (property is OpenApiSchema { Type: JsonSchemaType.Null, AllOf: [OpenApiSchemaReference reference] } wrapper
                && reference.Reference.Id is { } id && schemas.TryGetValue(id, out var target) && target.Type is { } type)
            {
                wrapper.Type = type | JsonSchemaType.Null;
            }
        }
    }
}
