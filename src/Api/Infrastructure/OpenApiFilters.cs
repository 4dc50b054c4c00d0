using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AIntops.Api.Endpoints;
using AIntops.Application.Common.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AIntops.Api.Infrastructure;

/// <summary>
/// Documents the query parameters an endpoint binds one by one with the XML comments and <see cref="OneOfAttribute"/>s of the request record
/// (its positional parameters or its properties) they end up in, so that they are described where the use case is.
/// </summary>
public sealed record ParameterDocs(Type Record);

public static class ParameterDocsExtensions
{
    public static RouteHandlerBuilder WithParameterDocs<TRecord>(this RouteHandlerBuilder builder) => builder.WithMetadata(new ParameterDocs(typeof(TRecord)));
}

/// <summary>Every parameter gets a description, an example and, for a closed set of values, its enum.</summary>
internal sealed partial class ParameterDocsFilter(XmlDocs docs) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var record = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ParameterDocs>().FirstOrDefault()?.Record;
        foreach (var description in context.ApiDescription.ParameterDescriptions)
        {
            if (operation.Parameters?.OfType<OpenApiParameter>().FirstOrDefault(p => string.Equals(p.Name, description.Name, StringComparison.OrdinalIgnoreCase))
                is not { Name: { } name } parameter) continue;
            var recordParameter = record?.GetConstructors().SelectMany(c => c.GetParameters())
                .FirstOrDefault(p => string.Equals(p.Name, description.Name, StringComparison.OrdinalIgnoreCase));
            var recordProperty = recordParameter is null
                ? record?.GetProperties().FirstOrDefault(p => string.Equals(p.Name, description.Name, StringComparison.OrdinalIgnoreCase))
                : null;
            var closedSet = (description.ParameterInfo()?.GetCustomAttribute<OneOfAttribute>() ?? recordParameter?.GetCustomAttribute<OneOfAttribute>()
                ?? recordProperty?.GetCustomAttribute<OneOfAttribute>())?.Values;
            if (closedSet is not null && parameter.Schema is OpenApiSchema schema)
                schema.Enum = [.. closedSet.Select(value => (JsonNode)value)];
            if (string.IsNullOrEmpty(parameter.Description))
                parameter.Description = recordParameter is not null ? docs.ParameterOf(record!, recordParameter.Name!)
                    : recordProperty is not null ? docs.PropertyOf(record!, recordProperty.Name) : null;
            if (string.IsNullOrEmpty(parameter.Description) && parameter.In == ParameterLocation.Path)
                parameter.Description = PathParameter(context.ApiDescription.RelativePath ?? "", name);
            parameter.Example ??= OpenApiExamples.Of(name, description.Type, closedSet);
        }
    }

    /// <summary>"The budget's id." for the id of /v1/budgets/{id}: the collection the parameter picks from, in the singular.</summary>
    private static string PathParameter(string path, string name)
    {
        var segments = path.Split('/');
        var index = Array.FindIndex(segments, s => s.StartsWith('{') && s.TrimStart('{', '*').Split(':', '}')[0] == name);
        var collection = index > 0 ? segments[index - 1].Replace('-', ' ') : "resource";
        var singular = collection.EndsWith("ies") ? collection[..^3] + "y" : collection.TrimEnd('s');
        return $"The {singular}'s {Words().Replace(name, " $1").ToLowerInvariant()}.";
    }

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex Words();
}

/// <summary>Body properties: a closed set of values is an enum, each has an example, and a property the server defaults is not required.</summary>
internal sealed class RecordPropertiesFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema target) return;
        if (context.MemberInfo is PropertyInfo property)
        {
            var closedSet = (property.GetCustomAttribute<OneOfAttribute>() ?? ConstructorParameter(property)?.GetCustomAttribute<OneOfAttribute>())?.Values;
            if (closedSet is not null) target.Enum = [.. closedSet.Select(value => (JsonNode)value)];
#pragma warning disable CS0618 // the document is OpenAPI 3.0, where a schema has one example
            target.Example ??= OpenApiExamples.Of(property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonName(property.Name), property.PropertyType,
                closedSet);
#pragma warning restore CS0618
            if (property is { Name: "Input" or "Output" } && property.PropertyType == typeof(JsonElement?)) DescribeContent(target);
        }
        if (context.MemberInfo is null && target.Required is { Count: > 0 } required)
            foreach (var optional in context.Type.GetConstructors().SelectMany(c => c.GetParameters()).Where(p => p.HasDefaultValue))
                required.Remove(JsonName(optional.Name!));
    }

    /// <summary>Request content (input or output of a call): plain text or chat messages.</summary>
    private static void DescribeContent(OpenApiSchema target)
    {
        (target.Type, target.AdditionalProperties) = (null, null);
#pragma warning disable CS0618 // the document is OpenAPI 3.0, where a schema has one example
        target.Example = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = "Summarize this support ticket." });
#pragma warning restore CS0618
        target.OneOf =
        [
            new OpenApiSchema { Type = JsonSchemaType.String },
            new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Items = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object, Required = new HashSet<string> { "role", "content" },
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        ["role"] = new OpenApiSchema { Type = JsonSchemaType.String }, ["content"] = new OpenApiSchema { Type = JsonSchemaType.String },
                    },
                },
            },
        ];
    }

    private static ParameterInfo? ConstructorParameter(PropertyInfo property) => property.DeclaringType?.GetConstructors()
        .SelectMany(c => c.GetParameters()).FirstOrDefault(p => p.Name == property.Name);

    private static string JsonName(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

/// <summary>
/// Bearer by default (the fallback policy denies an endpoint that declares nothing), the API key where an endpoint takes one, and
/// <c>security: []</c> on the operations anyone may call, so that a generated client knows which credentials each call needs; and
/// deprecated endpoints marked so.
/// </summary>
internal sealed class SecurityRequirementFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        string[] schemes = metadata.OfType<IAllowAnonymous>().Any() ? []
            : metadata.TakesApiKey() ? [SwaggerSetup.ApiKeyScheme]
            : metadata.TakesApiKey(orBearer: true) ? [SwaggerSetup.BearerScheme, SwaggerSetup.ApiKeyScheme]
            : [SwaggerSetup.BearerScheme];
        operation.Security = [.. schemes.Select(scheme => new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(scheme, context.Document)] = [] })];
        if (metadata.OfType<ObsoleteAttribute>().Any()) operation.Deprecated = true;
    }
}

/// <summary>The refresh cookie: which operations set it and which read it.</summary>
internal sealed class RefreshCookieFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<RefreshCookie.Use>().FirstOrDefault() is not { } use) return;
        if (use.Reads)
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = RefreshCookie.Name,
                In = ParameterLocation.Cookie,
                Description = "The refresh token, when it is not in the body: the httpOnly cookie the API sets at sign-in, scoped to " + RefreshCookie.Path + ".",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                Example = "Jx3fQ0m1c2h5ZyByZWZyZXNoIHRva2Vu",
            });
        }
        if (!use.Issues) return;
        foreach (var (_, response) in operation.Responses?.Where(r => r.Key.StartsWith('2')) ?? [])
            if (response is OpenApiResponse target)
            {
                target.Headers ??= new Dictionary<string, IOpenApiHeader>();
                target.Headers["Set-Cookie"] = new OpenApiHeader
                {
                    Description = $"{RefreshCookie.Name}: the refresh token of the body again, httpOnly, SameSite=Strict, path {RefreshCookie.Path}, " +
                        "for browsers; API clients use the body.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                };
            }
    }
}

/// <summary>[AsParameters] records bind query names case-insensitively but are documented by property name; the API speaks camelCase.</summary>
internal sealed class CamelCaseQueryFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            if (parameter is { In: ParameterLocation.Query, Name: [var first, ..] name } && char.IsUpper(first))
                parameter.Name = char.ToLowerInvariant(first) + name[1..];
    }
}

internal sealed class OptionalJsonBodyFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<OptionalJsonBody>().FirstOrDefault() is not { } body) return;
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = false,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/json"] = new() { Schema = context.SchemaGenerator.GenerateSchema(body.Type, context.SchemaRepository) },
            },
        };
    }
}

/// <summary>The XML documentation comments of the API's assemblies, for what Swashbuckle does not read itself.</summary>
public sealed class XmlDocs(IEnumerable<string> files)
{
    private readonly Dictionary<string, XElement> _members = files.Where(File.Exists)
        .SelectMany(file => XDocument.Load(file).Descendants("member"))
        .DistinctBy(member => (string)member.Attribute("name")!) // generated helpers appear in both assemblies
        .ToDictionary(member => (string)member.Attribute("name")!);

    /// <summary>The &lt;param&gt; text of a record's positional parameter, as plain text.</summary>
    public string? ParameterOf(Type record, string name) =>
        _members.GetValueOrDefault($"T:{record.FullName?.Replace('+', '.')}")?.Elements("param")
            .FirstOrDefault(p => string.Equals((string?)p.Attribute("name"), name, StringComparison.OrdinalIgnoreCase)) is { } param
            ? PlainText(param)
            : null;

    /// <summary>The &lt;summary&gt; text of a record's property, as plain text.</summary>
    public string? PropertyOf(Type record, string name) =>
        _members.GetValueOrDefault($"P:{record.FullName?.Replace('+', '.')}.{name}")?.Element("summary") is { } summary ? PlainText(summary) : null;

    private static string PlainText(XElement element) => Regex.Replace(string.Concat(element.Nodes().Select(node => node switch
    {
        XText text => text.Value,
        XElement { Name.LocalName: "see" or "seealso" } see => (string?)see.Attribute("langword")
            ?? ((string?)see.Attribute("cref"))?.Split('.', ':')[^1] ?? see.Value,
        XElement { Name.LocalName: "paramref" or "typeparamref" } reference => (string?)reference.Attribute("name") ?? "",
        XElement inner => PlainText(inner),
        _ => "",
    })), @"\s+", " ").Trim();
}

/// <summary>
/// Examples of parameters and body properties without one in their XML comments (<c>example="…"</c>): a closed set's first value, a uuid or a
/// date-time by type, otherwise by name, a name meaning the same thing wherever it appears.
/// </summary>
internal static class OpenApiExamples
{
    private static readonly Guid Id = Guid.Parse("4f8c2b1e-7d3a-4c55-9e21-6b0a8f3d2c17");
    private const string Token = "Jx3fQ0m1c2h5ZyB0b2tlbiBleGFtcGxl";
    private const string Password = "correct horse battery staple";

    private static readonly Dictionary<string, Func<JsonNode>> ByName = new()
    {
        ["provider"] = () => "openai",
        ["model"] = () => "gpt-4o",
        ["team"] = () => "payments",
        ["value"] = () => "payments",
        ["userId"] = () => "user-42",
        ["endpointTag"] = () => "support-chat",
        ["promptVersion"] = () => "v2",
        ["versions"] = () => new JsonArray("v1", "v2"),
        ["keys"] = () => new JsonArray("payments", "team-payments"),
        ["before"] = () => $"1764547200000_{Id:N}",
        ["token"] = () => Token,
        ["refreshToken"] = () => Token,
        ["limit"] = () => 50,
        ["offset"] = () => 0,
        ["week"] = () => "2026-W49",
        ["unread"] = () => true,
        ["type"] = () => "login_failed",
        ["email"] = () => "ada@example.com",
        ["recipients"] = () => new JsonArray("finance@example.com"),
        ["password"] = () => Password,
        ["currentPassword"] = () => Password,
        ["newPassword"] = () => "a new and longer passphrase",
        ["name"] = () => "Production",
        ["organizationName"] = () => "Acme",
        ["credentials"] = () => "sk-admin-MOCK-VALID-KEY-1234567890",
        ["baseUrl"] = () => "https://api.openai.com/v1",
        ["base_url"] = () => "https://api.openai.com/v1",
        ["webhookUrl"] = () => "https://hooks.slack.com/services/T0000/B0000/XXXXXXXX",
        ["alertTypes"] = () => new JsonArray("budget_critical", "anomaly"),
        ["enabled"] = () => true,
        ["hardStop"] = () => false,
        ["amountUsd"] = () => 500,
        ["percent"] = () => 80,
        ["externalRequestId"] = () => "req-7f3a9c21",
        ["inputTokens"] = () => 1200,
        ["outputTokens"] = () => 350,
        ["totalTokens"] = () => 1550,
        ["cachedInputTokens"] = () => 0,
        ["cacheWriteTokens"] = () => 0,
        ["latencyMs"] = () => 850,
        ["errorCode"] = () => "rate_limit_exceeded",
        ["promptHash"] = () => "sha256:9f86d081884c7d65",
        ["costUsd"] = () => 0.0065,
        ["metadata"] = () => new JsonObject { ["region"] = "eu" },
        ["input"] = () => 2.5,
        ["cachedInput"] = () => 1.25,
        ["cacheWrite5m"] = () => 3.125,
        ["cacheWrite1h"] = () => 5,
        ["output"] = () => 10,
        ["rawRetentionDays"] = () => 180,
        ["includeContent"] = () => true,
        ["rollupRetentionDays"] = () => 730,
        ["contentRetentionDays"] = () => 30,
        ["timeZone"] = () => "Europe/Paris",
        ["storeRequestContent"] = () => false,
        ["membersSeeContent"] = () => false,
        ["x"] = () => 0,
        ["y"] = () => 0,
        ["width"] = () => 6,
        ["height"] = () => 4,
        ["key"] = () => "gen_ai.request.model",
        ["stringValue"] = () => "gpt-4o",
        ["intValue"] = () => "1200",
        ["doubleValue"] = () => 0.5,
        ["boolValue"] = () => true,
        ["traceId"] = () => "5b8efff798038103d269b633813fc60c",
        ["spanId"] = () => "eee19b7ec3c1b174",
        ["startTimeUnixNano"] = () => "1764547200000000000",
        ["endTimeUnixNano"] = () => "1764547200850000000",
        ["code"] = () => 0,
        ["message"] = () => "",
    };

    public static JsonNode? Of(string name, Type? type, IReadOnlyList<string>? closedSet) => closedSet?.FirstOrDefault() is { } first ? first
        : (type is null ? null : Nullable.GetUnderlyingType(type) ?? type) switch
        {
            var t when t == typeof(Guid) => Id.ToString(),
            var t when t == typeof(DateTime) || t == typeof(DateTimeOffset) => name == "to" ? "2026-12-01T00:00:00Z" : "2026-11-01T00:00:00Z",
            var t => ByName.GetValueOrDefault(name)?.Invoke() is { } example && Fits(example, t) ? example : null,
        };

    /// <summary>Whether a named example is of the member's type: a name can mean a string in one record and a number in another.</summary>
    private static bool Fits(JsonNode example, Type? type) => example.GetValueKind() switch
    {
        JsonValueKind.String => type == typeof(string),
        JsonValueKind.Number => type is not null && (type.IsPrimitive || type == typeof(decimal)) && type != typeof(bool),
        JsonValueKind.True or JsonValueKind.False => type == typeof(bool),
        JsonValueKind.Array => type?.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0] is { } item && type != typeof(string) && example.AsArray().All(e => e is not null && Fits(e, item)),
        _ => type is null || type == typeof(JsonElement) || type.IsAssignableTo(typeof(System.Collections.IDictionary)),
    };
}
