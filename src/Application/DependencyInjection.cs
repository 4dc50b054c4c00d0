using AIntops.Application.ApiKeys;
using AIntops.Application.Auth;
using AIntops.Application.Common.Behaviours;
using AIntops.Application.Common.Concurrency;
using AIntops.Application.Ingest;
using AIntops.Application.Pricing;
using AIntops.Application.Providers;
using AIntops.Application.Providers.Sync;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
        // Default messages name fields as they appear in JSON ('limit', not 'Limit').
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : char.ToLowerInvariant(member.Name[0]) + member.Name[1..];
        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, Mediator>();
        var assembly = typeof(DependencyInjection).Assembly;
        foreach (var type in assembly.GetTypes().Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false }))
        foreach (var contract in type.GetInterfaces()
                     .Where(i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>) || i.GetGenericTypeDefinition() == typeof(INotificationHandler<>))))
            services.AddScoped(contract, type);
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        foreach (var result in AssemblyScanner.FindValidatorsInAssembly(assembly))
            services.AddScoped(result.InterfaceType, result.ValidatorType);
        services.AddScoped<AuthSessions>();
        services.AddScoped<PasswordGuard>();
        services.AddScoped<Analytics.UsageRollupReader>();
        services.AddScoped<Analytics.BilledUsageReader>();
        services.AddScoped<Analytics.Ledger.LedgerReader>();
        services.AddScoped<Analytics.SettledRollupCache>();
        services.AddSingleton<Analytics.SettledRollupStore>();
        services.AddSingleton<Retention.RetentionEnforcer>();
        services.AddSingleton<SingleFlight<AuthTokens>>();
        services.AddSingleton<ApiKeyCache>();
        services.AddSingleton<Teams.TeamDirectory>();
        services.AddSingleton<Ingest.DimensionDirectory>();
        services.AddSingleton<Common.Observability.AppMetrics>();
        services.AddSingleton<Plans.PlanCatalog>();
        services.AddScoped<Plans.PlanGate>();
        services.AddSingleton<PlanLimiter>();
        services.AddSingleton<IngestService>();
        services.AddSingleton<OrganizationPrices>();
        services.AddSingleton<Organizations.OrganizationSettings>();
        services.AddScoped<ProviderKeyCheck>();
        services.AddScoped<Common.Security.StoredSecretRotation>();
        services.AddScoped<ProviderSync>();
        services.AddSingleton<BackfillAnalysis>();
        services.AddSingleton<ProviderSyncRunner>();
        services.AddScoped<Alerts.Raising.AlertRaiser>();
        services.AddScoped<IProviderSyncAlerts, Alerts.ProviderSyncAlerts>();
        services.AddScoped<Notifications.ChannelSender>();
        services.AddScoped<Notifications.Delivery.DeliverySender>();
        services.AddSingleton<Notifications.Delivery.DeliveryRunner>();
        services.AddScoped<Budgets.Evaluation.BudgetEvaluator>();
        services.AddSingleton<Budgets.Evaluation.BudgetMonitor>();
        services.AddSingleton<Budgets.Evaluation.SpendWatch>();
        services.AddSingleton<Budgets.Evaluation.BudgetStateCache>();
        services.AddScoped<Anomalies.Scanning.AnomalySpendReader>();
        services.AddScoped<Anomalies.Scanning.AnomalyScan>();
        services.AddSingleton<Anomalies.Scanning.AnomalyScanRunner>();
        services.AddScoped<Recommendations.RecommendationStore>();
        services.AddScoped<Recommendations.Generation.SavingsUsageReader>();
        services.AddScoped<Recommendations.Generation.RecommendationGenerator>();
        services.AddSingleton<Recommendations.Generation.RecommendationRunner>();
        services.AddSingleton<Jobs.JobRunRecorder>();
        services.AddScoped<Reports.WeeklyReportBuilder>();
        services.AddScoped<Reports.WeeklyReportDelivery>();
        services.AddSingleton<Reports.WeeklyReportSchedule>();
        return services;
    }
}
