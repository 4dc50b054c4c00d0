namespace AIntops.MockProviders;

/// <summary>The admin keys the mock accepts; every other key is refused with the provider's 401 body.</summary>
public static class MockKeys
{
    public const string OpenAi = "sk-admin-MOCK-VALID-KEY-1234567890";
    public const string Anthropic = "sk-ant-admin01-MOCK-VALID-KEY-1234567890";
}
