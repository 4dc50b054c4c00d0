using AIntops.Application.Auth;
using AIntops.Application.Common.Interfaces;
using AIntops.Application.Ingest;
using AIntops.Application.Pricing;
using AIntops.Application.Providers.Sync;
using AIntops.Infrastructure.Ingest;
using AIntops.Infrastructure.IngestData;
using AIntops.Infrastructure.Pricing;
using AIntops.Application.Common.Security;
using AIntops.Infrastructure.Auth;
using AIntops.Infrastructure.Hosting;
using AIntops.Infrastructure.Notifications;
using AIntops.Infrastructure.Outbound;
using AIntops.Infrastructure.Persistence;
using AIntops.Infrastructure.Providers;
using AIntops.Infrastructure.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AIntops.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, ILogger startupLogger)
    {
        var dataDirectory = new DataDirectory(configuration);
        services.AddSingleton(dataDirectory);
        services.AddSingleton<SettledSumsFiles>();
        services.AddSingleton<Application.Analytics.ISettledSumsArchive>(sp => sp.GetRequiredService<SettledSumsFiles>());
        services.AddHostedService<SettledSumsWarmUp>();
        services.AddSingleton(TimeProvider.System);
        services.Configure<AuthOptions>(configuration.GetSection(AuthOptions.Section));
        services.Configure<IngestOptions>(configuration.GetSection(IngestOptions.Section));
        services.Configure<Application.Plans.PlanOptions>(configuration.GetSection(Application.Plans.PlanOptions.Section));
        services.Configure<Application.Analytics.AnalyticsOptions>(configuration.GetSection(Application.Analytics.AnalyticsOptions.Section));
        services.AddSingleton(new PriceCatalog(PriceCatalogFile.LoadBundled()));
        services.AddSingleton(ModelEquivalencesFile.LoadBundled());
        services.AddSingleton<GroupCommitWriter>();
        services.AddSingleton<IIngestWriter>(sp => sp.GetRequiredService<GroupCommitWriter>());
        services.AddHostedService(sp => sp.GetRequiredService<GroupCommitWriter>());
        services.AddScoped<IIngestEraser, ChunkedIngestEraser>();
        services.AddScoped<IRollupWriter, RollupWriter>();
        // The default HttpClient logs write every URL called, and a webhook URL's path is its secret: failures are logged by the callers.
        services.ConfigureHttpClientDefaults(client => client.RemoveAllLoggers());
        services.AddOutbound(configuration);
        services.AddProviderClients(configuration);
        services.Configure<ProviderSyncOptions>(configuration.GetSection(ProviderSyncOptions.Section));
        services.Configure<Application.Providers.GetMockProviders.MockProvidersOptions>(
            configuration.GetSection(Application.Providers.GetMockProviders.MockProvidersOptions.Section));
        services.Configure<Application.Budgets.Evaluation.BudgetOptions>(configuration.GetSection(Application.Budgets.Evaluation.BudgetOptions.Section));
        services.AddNotifications(configuration);
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        database.RefusePlaceholderPassword();
        services.AddDatabase(database, dataDirectory);

        services.AddSingleton(new JwtKeys(LoadJwtKey(configuration, dataDirectory, startupLogger), LoadPreviousJwtKeys(configuration)));
        services.AddSingleton<ITokenIssuer, TokenIssuer>();
        services.AddSingleton<IPasswordHasher>(sp => new BcryptPasswordHasher(sp.GetRequiredService<IOptions<AuthOptions>>().Value.BcryptCost));
        var fernetKeys = LoadFernetKeys(configuration, dataDirectory, startupLogger);
        services.AddSingleton<ISecretProtector>(sp => new FernetSecretProtector(fernetKeys, sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<SecretRotationAtStartup>();
        return services;
    }

    private static byte[] LoadJwtKey(IConfiguration configuration, DataDirectory dataDirectory, ILogger logger)
    {
        var configured = configuration["Auth:JwtSigningKey"];
        return ParseJwtKey("Auth:JwtSigningKey", string.IsNullOrWhiteSpace(configured)
            ? dataDirectory.ReadOrCreateSecret("jwt-signing.key", () => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(64)), logger)
            : configured);
    }

    /// <summary>Keys tokens were signed with before a rotation: still accepted, never used to sign.</summary>
    private static List<byte[]> LoadPreviousJwtKeys(IConfiguration configuration) =>
        (configuration["Auth:JwtPreviousSigningKeys"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(key => ParseJwtKey("Auth:JwtPreviousSigningKeys", key)).ToList();

    private static byte[] ParseJwtKey(string setting, string base64)
    {
        var key = Convert.FromBase64String(base64);
        return key.Length >= 32 ? key : throw new InvalidOperationException($"{setting}: every key must be at least 32 bytes (base64).");
    }

    private static IReadOnlyList<FernetKey> LoadFernetKeys(IConfiguration configuration, DataDirectory dataDirectory, ILogger logger)
    {
        var configured = configuration["AINTOPS_FERNET_KEYS"];
        var text = string.IsNullOrWhiteSpace(configured)
            ? dataDirectory.ReadOrCreateSecret("fernet.keys", () => FernetKey.Generate().ToBase64Url(), logger)
            : configured;
        return text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(FernetKey.Parse).ToList();
    }
}
