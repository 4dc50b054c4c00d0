using AIntops.Application.Budgets.Evaluation;
using AIntops.Application.Anomalies;
using AIntops.Application.Jobs;
using AIntops.Application.Notifications.Delivery;
using AIntops.Application.Recommendations;
using AIntops.Application.Providers.Sync;
using Quartz;

namespace AIntops.Api.Jobs;

/// <summary>
/// The scheduler in the API host. Jobs and triggers carry only strings and keys, so switching the RAM
/// store for the clustered PostgreSQL store (<c>UsePersistentStore</c>) changes nothing else.
/// </summary>
public static class JobsSetup
{
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var providerSync = configuration.GetSection(ProviderSyncOptions.Section).Get<ProviderSyncOptions>() ?? new ProviderSyncOptions();
        var delivery = configuration.GetSection(NotificationDeliveryOptions.Section).Get<NotificationDeliveryOptions>() ?? new NotificationDeliveryOptions();
        var budgets = configuration.GetSection(BudgetMonitoringOptions.Section).Get<BudgetMonitoringOptions>() ?? new BudgetMonitoringOptions();
        var anomalies = configuration.GetSection(AnomalyDetectionJobOptions.Section).Get<AnomalyDetectionJobOptions>() ?? new AnomalyDetectionJobOptions();
        var recommendations = configuration.GetSection(RecommendationJobOptions.Section).Get<RecommendationJobOptions>() ?? new RecommendationJobOptions();
        services.Configure<AnomalyDetectionJobOptions>(configuration.GetSection(AnomalyDetectionJobOptions.Section));
        services.Configure<RecommendationJobOptions>(configuration.GetSection(RecommendationJobOptions.Section));
        services.AddSingleton<IProviderSyncTrigger, QuartzProviderSyncTrigger>();
        services.AddSingleton<IJobSchedule, QuartzJobSchedule>();
        services.AddQuartz(quartz =>
        {
            quartz.UseInMemoryStore();
            quartz.AddJob<ProviderSyncJob>(job => job.WithIdentity(ProviderSyncJob.Key).WithDescription("Hourly sync of every provider connection"));
            quartz.AddTrigger(trigger => trigger.ForJob(ProviderSyncJob.Key).WithIdentity("provider-sync-schedule", "providers")
                .StartAt(DateTimeOffset.UtcNow + providerSync.FirstRunDelay)
                .WithSimpleSchedule(schedule => schedule.WithInterval(providerSync.Interval).RepeatForever()));
            quartz.AddJob<ProviderConnectionSyncJob>(job => job.WithIdentity(ProviderConnectionSyncJob.Key).WithDescription("Sync of one provider connection (sync now, first backfill)").StoreDurably());
            quartz.AddJob<RetentionJob>(job => job.WithIdentity(RetentionJob.Key).WithDescription("Retention of raw events and rollups"));
            quartz.AddTrigger(trigger => trigger.ForJob(RetentionJob.Key).WithIdentity("retention-schedule", "data")
                .StartAt(DateTimeOffset.UtcNow + configuration.GetValue("Jobs:Retention:FirstRunDelay", TimeSpan.FromMinutes(5)))
                .WithSimpleSchedule(schedule => schedule.WithInterval(configuration.GetValue("Jobs:Retention:Interval", TimeSpan.FromDays(1))).RepeatForever()));
            quartz.AddJob<NotificationDeliveryJob>(job => job.WithIdentity(NotificationDeliveryJob.Key).WithDescription("Alert delivery to Slack and email"));
            quartz.AddTrigger(trigger => trigger.ForJob(NotificationDeliveryJob.Key).WithIdentity("notification-delivery-schedule", "notifications")
                .StartAt(DateTimeOffset.UtcNow + delivery.FirstRunDelay)
                .WithSimpleSchedule(schedule => schedule.WithInterval(delivery.Interval).RepeatForever()));
            quartz.AddJob<BudgetMonitoringJob>(job => job.WithIdentity(BudgetMonitoringJob.Key).WithDescription("Budget monitoring and forecasts"));
            quartz.AddTrigger(trigger => trigger.ForJob(BudgetMonitoringJob.Key).WithIdentity("budget-monitoring-schedule", "budgets")
                .StartAt(DateTimeOffset.UtcNow + budgets.FirstRunDelay)
                .WithSimpleSchedule(schedule => schedule.WithInterval(budgets.Interval).RepeatForever()));
            quartz.AddJob<AnomalyDetectionJob>(job => job.WithIdentity(AnomalyDetectionJob.Key).WithDescription("Anomaly detection of the latest complete hour"));
            quartz.AddTrigger(trigger => trigger.ForJob(AnomalyDetectionJob.Key).WithIdentity("anomaly-detection-schedule", "insights")
                .StartAt(DateTimeOffset.UtcNow + anomalies.FirstRunDelay)
                .WithSimpleSchedule(schedule => schedule.WithInterval(anomalies.Interval).RepeatForever()));
            quartz.AddJob<RecommendationsJob>(job => job.WithIdentity(RecommendationsJob.Key).WithDescription("Savings recommendations over the last 30 days"));
            quartz.AddTrigger(trigger => trigger.ForJob(RecommendationsJob.Key).WithIdentity("recommendations-schedule", "insights")
                .StartAt(DateTimeOffset.UtcNow + recommendations.FirstRunDelay)
                .WithSimpleSchedule(schedule => schedule.WithInterval(recommendations.Interval).RepeatForever()));
            quartz.AddJobListener(sp => new JobRunListener(sp.GetRequiredService<JobRunRecorder>(), sp.GetRequiredService<TimeProvider>()), []);
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }
}
