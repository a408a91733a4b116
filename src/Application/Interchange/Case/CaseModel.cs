using System.Text.Json;
using System.Text.Json.Serialization;

namespace AsnCompetency.Application.Interchange.Case;

// The CASE 1.1 (1EdTech Competencies and Academic Standards Exchange) JSON binding: property names
// exactly as the specification spells them, absent values left out (the schema allows no nulls).

/// <summary>A reference to another CASE object: its title, identifier and resolvable URI.</summary>
public sealed record CaseLinkUri(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("identifier")] string Identifier,
    [property: JsonPropertyName("uri")] string Uri);

/// <summary>The node at one end of an association (an item or the document).</summary>
public sealed record CaseLinkGenUri(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("identifier")] string Identifier,
    [property: JsonPropertyName("uri")] string Uri,
    [property: JsonPropertyName("targetType")] string? TargetType = null);

/// <summary>A competency framework as a CASE document.</summary>
public sealed record CaseDocument
{
    [JsonPropertyName("identifier")] public string Identifier { get; init; } = "";
    [JsonPropertyName("uri")] public string Uri { get; init; } = "";
    [JsonPropertyName("frameworkType")] public string? FrameworkType { get; init; }
    [JsonPropertyName("caseVersion")] public string? CaseVersion { get; init; }
    [JsonPropertyName("creator")] public string Creator { get; init; } = "";
    [JsonPropertyName("title")] public string Title { get; init; } = "";
    [JsonPropertyName("lastChangeDateTime")] public string LastChangeDateTime { get; init; } = "";
    [JsonPropertyName("publisher")] public string? Publisher { get; init; }
    [JsonPropertyName("description")] public string? Description { get; init; }
    [JsonPropertyName("language")] public string? Language { get; init; }
    [JsonPropertyName("version")] public string? Version { get; init; }
    [JsonPropertyName("adoptionStatus")] public string? AdoptionStatus { get; init; }
    [JsonPropertyName("statusStartDate")] public string? StatusStartDate { get; init; }
    [JsonPropertyName("statusEndDate")] public string? StatusEndDate { get; init; }
    [JsonPropertyName("notes")] public string? Notes { get; init; }

    /// <summary>Only on a document read on its own: where its whole package is.</summary>
    [JsonPropertyName("CFPackageURI")] public CaseLinkUri? PackageUri { get; init; }

    [JsonPropertyName("extensions")] public Dictionary<string, object>? Extensions { get; init; }
}

/// <summary>A competency or group as a CASE item.</summary>
public sealed record CaseItem
{
    [JsonPropertyName("identifier")] public string Identifier { get; init; } = "";
    [JsonPropertyName("fullStatement")] public string FullStatement { get; init; } = "";
    [JsonPropertyName("alternativeLabel")] public string? AlternativeLabel { get; init; }
    [JsonPropertyName("CFItemType")] public string? ItemType { get; init; }
    [JsonPropertyName("uri")] public string Uri { get; init; } = "";
    [JsonPropertyName("humanCodingScheme")] public string? HumanCodingScheme { get; init; }
    [JsonPropertyName("listEnumeration")] public string? ListEnumeration { get; init; }
    [JsonPropertyName("abbreviatedStatement")] public string? AbbreviatedStatement { get; init; }
    [JsonPropertyName("language")] public string? Language { get; init; }
    [JsonPropertyName("lastChangeDateTime")] public string LastChangeDateTime { get; init; } = "";

    /// <summary>Only on an item read on its own: the document it belongs to.</summary>
    [JsonPropertyName("CFDocumentURI")] public CaseLinkUri? DocumentUri { get; init; }

    [JsonPropertyName("extensions")] public Dictionary<string, object>? Extensions { get; init; }
}

/// <summary>A relation between two nodes: the tree (isChildOf) or a cross-reference (isRelatedTo).</summary>
public sealed record CaseAssociation
{
    [JsonPropertyName("identifier")] public string Identifier { get; init; } = "";
    [JsonPropertyName("associationType")] public string AssociationType { get; init; } = "";
    [JsonPropertyName("sequenceNumber")] public int? SequenceNumber { get; init; }
    [JsonPropertyName("uri")] public string Uri { get; init; } = "";
    [JsonPropertyName("originNodeURI")] public CaseLinkGenUri OriginNodeUri { get; init; } = null!;
    [JsonPropertyName("destinationNodeURI")] public CaseLinkGenUri DestinationNodeUri { get; init; } = null!;
    [JsonPropertyName("lastChangeDateTime")] public string LastChangeDateTime { get; init; } = "";

    /// <summary>Only on an association read on its own: the document it belongs to.</summary>
    [JsonPropertyName("CFDocumentURI")] public CaseLinkUri? DocumentUri { get; init; }
}

/// <summary>The proficiency levels of a framework's competencies as one rubric.</summary>
public sealed record CaseRubric
{
    [JsonPropertyName("identifier")] public string Identifier { get; init; } = "";
    [JsonPropertyName("uri")] public string Uri { get; init; } = "";
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("description")] public string? Description { get; init; }
    [JsonPropertyName("lastChangeDateTime")] public string LastChangeDateTime { get; init; } = "";
    [JsonPropertyName("CFRubricCriteria")] public IReadOnlyList<CaseRubricCriterion> Criteria { get; init; } = [];
}

/// <summary>One competency's row of the rubric.</summary>
public sealed record CaseRubricCriterion
{
    [JsonPropertyName("identifier")] public string Identifier { get; init; } = "";
    [JsonPropertyName("uri")] public string Uri { get; init; } = "";
    [JsonPropertyName("category")] public string? Category { get; init; }
    [JsonPropertyName("description")] public string? Description { get; init; }
    [JsonPropertyName("CFItemURI")] public CaseLinkUri? ItemUri { get; init; }
    [JsonPropertyName("position")] public int? Position { get; init; }
    [JsonPropertyName("rubricId")] public string? RubricId { get; init; }
    [JsonPropertyName("lastChangeDateTime")] public string LastChangeDateTime { get; init; } = "";
    [JsonPropertyName("CFRubricCriterionLevels")] public IReadOnlyList<CaseRubricCriterionLevel> Levels { get; init; } = [];
}

/// <summary>One proficiency level of one competency.</summary>
public sealed record CaseRubricCriterionLevel
{
    [JsonPropertyName("identifier")] public string Identifier { get; init; } = "";
    [JsonPropertyName("uri")] public string Uri { get; init; } = "";
    [JsonPropertyName("description")] public string? Description { get; init; }
    [JsonPropertyName("quality")] public string? Quality { get; init; }
    [JsonPropertyName("score")] public int? Score { get; init; }
    [JsonPropertyName("position")] public int? Position { get; init; }
    [JsonPropertyName("rubricCriterionId")] public string? RubricCriterionId { get; init; }
    [JsonPropertyName("lastChangeDateTime")] public string LastChangeDateTime { get; init; } = "";

    /// <summary>An array in the CASE 1.1 schema, unlike every other extensions property.</summary>
    [JsonPropertyName("extensions")] public IReadOnlyList<Dictionary<string, object>>? Extensions { get; init; }
}

/// <summary>A whole framework: the document with every item, association and the rubric.</summary>
public sealed record CasePackage
{
    [JsonPropertyName("CFDocument")] public CaseDocument Document { get; init; } = null!;
    [JsonPropertyName("CFItems")] public IReadOnlyList<CaseItem> Items { get; init; } = [];
    [JsonPropertyName("CFAssociations")] public IReadOnlyList<CaseAssociation> Associations { get; init; } = [];
    [JsonPropertyName("CFRubrics")] public IReadOnlyList<CaseRubric>? Rubrics { get; init; }
}

/// <summary>The answer of CFDocuments: one page of documents.</summary>
public sealed record CaseDocumentSet([property: JsonPropertyName("CFDocuments")] IReadOnlyList<JsonElement> Documents);

/// <summary>The answer of CFItemAssociations: an item with every association that starts or ends at it.</summary>
public sealed record CaseItemAssociationSet(
    [property: JsonPropertyName("CFItem")] CaseItem Item,
    [property: JsonPropertyName("CFAssociations")] IReadOnlyList<CaseAssociation> Associations);

/// <summary>How CASE JSON is written: exact names, absent values left out.</summary>
public static class CaseJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

/// <summary>A CASE error: imsx_codeMajor failure, imsx_severity error, and the reason in imsx_codeMinor.</summary>
public sealed record CaseStatusInfo(
    [property: JsonPropertyName("imsx_codeMajor")] string CodeMajor,
    [property: JsonPropertyName("imsx_severity")] string Severity,
    [property: JsonPropertyName("imsx_description")] string Description,
    [property: JsonPropertyName("imsx_codeMinor")] CaseCodeMinor CodeMinor)
{
    public static CaseStatusInfo Failure(string codeMinor, string description) =>
        new("failure", "error", description, new CaseCodeMinor([new CaseCodeMinorField("TargetEndSystem", codeMinor)]));
}

/// <summary>The list of minor status codes.</summary>
public sealed record CaseCodeMinor([property: JsonPropertyName("imsx_codeMinorField")] IReadOnlyList<CaseCodeMinorField> Fields);

/// <summary>One minor status code, e.g. unknownobject.</summary>
public sealed record CaseCodeMinorField(
    [property: JsonPropertyName("imsx_codeMinorFieldName")] string Name,
    [property: JsonPropertyName("imsx_codeMinorFieldValue")] string Value);
