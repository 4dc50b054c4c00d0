using AIntops.Application.Analytics;
using AIntops.Application.Pricing;
using AIntops.Application.Recommendations.Savings;
using AIntops.Domain.Ingest;
using Microsoft.Extensions.Options;

namespace AIntops.Application.Recommendations.Generation;

/// <param name="Candidates">What the calculators found this run.</param>
/// <param name="Created">New recommendations (each raised a recommendation alert).</param>
/// <param name="Updated">Open recommendations whose figures changed.</param>
public sealed record GenerationResult(DateTime WindowStart, DateTime WindowEnd, int Candidates, int Created, int Updated);

/// <summary>
/// Runs the four savings calculators over one organization's last <see cref="RecommendationJobOptions.WindowDays"/> days (the caller
/// sets the tenant) and stores what they find by fingerprint (see <see cref="RecommendationStore"/>).
/// </summary>
public sealed class RecommendationGenerator(IAppDbContext db, SavingsUsageReader usage, RecommendationStore store, OrganizationPrices prices,
    ModelEquivalences equivalences, TimeProvider clock, IOptions<RecommendationJobOptions> options)
{
    public async Task<GenerationResult> RunAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var days = options.Value.WindowDays;
        var end = UsageRollups.StartOf(new DateTimeOffset(now).ToUnixTimeMilliseconds(), UsageRollups.HourMs) + UsageRollups.HourMs;
        var window = new AnalyticsWindow(end - days * UsageRollups.DayMs, end);
        var usages = await usage.EndpointModelsAsync(window, days, cancellationToken);
        var repeats = await usage.RepeatedPromptsAsync(window, days, options.Value.MaxRepeatedPrompts, cancellationToken);
        var context = new SavingsContext(await prices.LoadAsync(db, cancellationToken), equivalences, now, options.Value.Savings);
        var candidates = ModelDowngrade.Find(usages, context)
            .Concat(PromptCompression.Find(usages, context))
            .Concat(PromptCaching.FindRepeats(repeats, context))
            .Concat(PromptCaching.FindUncachedLargeInputs(usages, context))
            .Concat(ProviderSwitch.Find(usages, context))
            .DistinctBy(c => c.Fingerprint).ToList();

        var fingerprints = candidates.Select(c => c.Fingerprint).ToList();
        var existing = await db.Recommendations.Where(r => fingerprints.Contains(r.Fingerprint)).ToDictionaryAsync(r => r.Fingerprint, cancellationToken);
        var results = candidates.Select(c => store.Upsert(organizationId, c, existing.GetValueOrDefault(c.Fingerprint))).ToList();
        await db.SaveChangesAsync(cancellationToken);
        var created = results.Where(r => r.Outcome == UpsertOutcome.Created).Select(r => r.Row).ToList();
        foreach (var recommendation in created) await store.RaiseAlertAsync(recommendation, cancellationToken);
        return new GenerationResult(window.From, window.To, candidates.Count, created.Count, results.Count(r => r.Outcome == UpsertOutcome.Updated));
    }
}
