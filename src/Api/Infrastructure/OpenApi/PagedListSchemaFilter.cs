using AsnCompetency.Application.Common.Models;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AsnCompetency.Api.Infrastructure.OpenApi;

/// <summary>
/// Every paged list is the one <c>PagedList</c> schema (page, pageSize, totalCount) plus its
/// typed <c>items</c>, so that a client pages through every list the same way.
/// </summary>
public sealed class PagedListSchemaFilter : ISchemaFilter
{
    public const string SchemaId = "PagedList";

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema paged || !context.Type.IsGenericType || context.Type.GetGenericTypeDefinition() != typeof(PagedList<>))
        {
            return;
        }

        if (!context.SchemaRepository.Schemas.ContainsKey(SchemaId))
        {
            context.SchemaRepository.AddDefinition(SchemaId, Base());
        }

        var items = paged.Properties?["items"] ?? throw new InvalidOperationException("PagedList has no items.");
        if (items is OpenApiSchema array)
        {
            array.Description = "The items of this page, in the order asked for (sort).";
        }

        paged.Type = null;
        paged.Properties = null;
        paged.Required = null;
        paged.AdditionalPropertiesAllowed = true;
        paged.AdditionalProperties = null;
        paged.AllOf =
        [
            new OpenApiSchemaReference(SchemaId),
            new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Required = new HashSet<string> { "items" },
                Properties = new Dictionary<string, IOpenApiSchema> { ["items"] = items },
            },
        ];
        paged.Description = $"One page of {context.Type.GetGenericArguments()[0].Name} items: the page's items with the paging of PagedList.";
    }

    private static OpenApiSchema Base() => new()
    {
        Type = JsonSchemaType.Object,
        Description =
            "The paging of every list: ask with ?page=1&pageSize=50 (pageSize at most 500) and go on while page × pageSize < totalCount. " +
            "Each list schema (…PagedList) adds its typed items.",
        Required = new HashSet<string> { "page", "pageSize", "totalCount" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["page"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Description = "This page's number, from 1." },
            ["pageSize"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = Paging.MaxPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture), Description = "The most items a page holds (the pageSize asked for)." },
            ["totalCount"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "0", Description = "How many items match in all pages together." },
        },
    };
}

/// <summary>page and pageSize of every list with their bounds and defaults.</summary>
public sealed class PagingParametersOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query) ?? [])
        {
            if (parameter.Schema is not OpenApiSchema schema || schema.Type != JsonSchemaType.Integer)
            {
                continue;
            }

            switch (parameter.Name)
            {
                case "page":
                    schema.Minimum = "1";
                    schema.Default = 1;
                    break;
                case "pageSize":
                    schema.Minimum = "1";
                    schema.Maximum = Paging.MaxPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    schema.Default = Paging.DefaultPageSize;
                    break;
            }
        }
    }
}
