using AIntops.Domain.Organizations;

namespace AIntops.Application.Onboarding.GetOnboarding;

public sealed record GetOnboardingQuery : IRequest<OnboardingChecklist>;

public sealed record OnboardingChecklist(IReadOnlyList<OnboardingItem> Items, bool Completed);

public sealed record OnboardingItem(string Key, string Title, bool Completed, DateTime? CompletedAt);

public sealed class GetOnboardingHandler(IAppDbContext db) : IRequestHandler<GetOnboardingQuery, OnboardingChecklist>
{
    private static readonly Dictionary<string, string> Titles = new()
    {
        [OnboardingStep.ConnectProvider] = "Connect a provider",
        [OnboardingStep.CreateApiKey] = "Create an API key",
        [OnboardingStep.SetBudget] = "Set a budget",
        [OnboardingStep.InviteMember] = "Invite a member",
    };

    public async Task<OnboardingChecklist> Handle(GetOnboardingQuery request, CancellationToken cancellationToken)
    {
        var done = await db.OnboardingSteps.ToDictionaryAsync(s => s.Key, s => s.CompletedAt, cancellationToken);
        var items = OnboardingStep.All
            .Select(key => new OnboardingItem(key, Titles[key], done.GetValueOrDefault(key) is not null, done.GetValueOrDefault(key)))
            .ToList();
        return new OnboardingChecklist(items, items.All(i => i.Completed));
    }
}
