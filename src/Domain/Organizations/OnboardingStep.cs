namespace AIntops.Domain.Organizations;

/// <summary>One item of an organization's onboarding checklist; ticked by the feature that completes it.</summary>
public sealed class OnboardingStep : IOrganizationScoped
{
    public const string ConnectProvider = "connect_provider";
    public const string CreateApiKey = "create_api_key";
    public const string SetBudget = "set_budget";
    public const string InviteMember = "invite_member";

    public static readonly IReadOnlyList<string> All = [ConnectProvider, CreateApiKey, SetBudget, InviteMember];

    private OnboardingStep() { }

    public OnboardingStep(Guid organizationId, string key)
    {
        Id = Guid.NewGuid();
        OrganizationId = organizationId;
        Key = key;
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public string Key { get; private set; } = "";
    public DateTime? CompletedAt { get; private set; }

    public void Complete(DateTime now) => CompletedAt ??= now;
}
