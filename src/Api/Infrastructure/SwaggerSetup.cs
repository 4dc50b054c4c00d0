using Microsoft.OpenApi;

namespace AIntops.Api.Infrastructure;

public static class SwaggerSetup
{
    public const string BearerScheme = "Bearer";
    public const string ApiKeyScheme = "ApiKey";

    private static readonly Dictionary<string, string> Tags = new()
    {
        ["Auth"] = "Accounts and sessions: sign up, sign in, refresh tokens, passwords, switching organization.",
        ["Organization"] = "The signed-in user, the current organization, its onboarding checklist and activity log.",
        ["Members"] = "People of the organization and their roles.",
        ["Invitations"] = "Invitations to join the organization, by email, with a role.",
        ["API keys"] = "Organization API keys that applications use to send telemetry.",
        ["Ingest"] = "Per-request telemetry from applications and CI pipelines (X-API-Key), demo and test data.",
        ["Analytics"] = "Dashboard figures and the usage explorer over the blended ledger of provider billing and telemetry.",
        ["Dashboards"] = "Saved dashboards and their widget layouts.",
        ["Requests"] = "The log of ingested calls, one by one.",
        ["Exports"] = "Ingested calls and daily summaries as CSV or JSON.",
        ["Budgets"] = "Spend budgets with warning and critical thresholds, forecasts and hard stops.",
        ["Alerts"] = "Alerts raised by budgets, anomalies, recommendations and provider syncs.",
        ["Anomalies"] = "Unusual spend found hour by hour, with what drove it.",
        ["Recommendations"] = "Savings recommendations with their monthly dollar figures and evidence.",
        ["Notifications"] = "Slack and email channels that alerts are delivered to.",
        ["Providers"] = "Connections to the providers' admin usage and cost APIs.",
        ["Prices"] = "Model prices and this organization's negotiated overrides.",
        ["System"] = "Scheduled jobs and their last runs.",
    };

    public static IServiceCollection AddApiDocumentation(this IServiceCollection services)
    {
        var xmlFiles = new[] { typeof(SwaggerSetup).Assembly, typeof(Application.Common.Validation.OneOfAttribute).Assembly }
            .Select(assembly => Path.Combine(AppContext.BaseDirectory, $"{assembly.GetName().Name}.xml")).ToList();
        services.AddSingleton(new XmlDocs(xmlFiles));
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "AIntops API",
                Version = "v1",
                Description = "Self-hosted AI cost operations: accounts, organizations, telemetry ingest, analytics and governance. " +
                    "Errors are RFC 9457 problem details (application/problem+json).",
            });
            options.AddSecurityDefinition(BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "Access token from /v1/auth/login, /v1/auth/signup or /v1/auth/refresh.",
            });
            options.AddSecurityDefinition(ApiKeyScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyAuthentication.Header,
                Description = "Organization API key for telemetry ingest.",
            });
            foreach (var file in xmlFiles) options.IncludeXmlComments(file);
            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();
            options.OperationFilter<SecurityRequirementFilter>();
            options.OperationFilter<OptionalJsonBodyFilter>();
            options.OperationFilter<RefreshCookieFilter>();
            options.OperationFilter<CamelCaseQueryFilter>();
            options.OperationFilter<ParameterDocsFilter>();
            options.SchemaFilter<RecordPropertiesFilter>();
            options.DocumentFilter<TagDescriptionsFilter>();
            // The API's free-form JSON values (widget settings) are objects.
            options.MapType<System.Text.Json.JsonElement>(() => new OpenApiSchema { Type = JsonSchemaType.Object, AdditionalProperties = new OpenApiSchema() });
            options.CustomSchemaIds(type => type.FullName!.Replace("+", ".").Split('.')[^1]);
        });
        return services;
    }

    /// <summary>The document at /swagger/v1/swagger.json names the server it was fetched from, so a generated client needs no base URL.</summary>
    public static void UseApiDocumentation(this WebApplication app)
    {
        app.UseSwagger(options => options.PreSerializeFilters.Add((document, request) =>
            document.Servers = [new OpenApiServer { Url = $"{request.Scheme}://{request.Host.Value}{request.PathBase}", Description = "This server" }]));
        app.UseSwaggerUI(options => options.SwaggerEndpoint("/swagger/v1/swagger.json", "AIntops API v1"));
    }

    private sealed class TagDescriptionsFilter : Swashbuckle.AspNetCore.SwaggerGen.IDocumentFilter
    {
        public void Apply(OpenApiDocument document, Swashbuckle.AspNetCore.SwaggerGen.DocumentFilterContext context) =>
            document.Tags = new HashSet<OpenApiTag>(Tags.Select(tag => new OpenApiTag { Name = tag.Key, Description = tag.Value }));
    }
}
