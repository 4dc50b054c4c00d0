using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Providers;

public sealed class MockProvidersTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Without_a_configured_mock_none_is_offered()
    {
        var owner = await api.SignupOwnerAsync();

        Assert.Empty((await owner.Client.GetJsonAsync("/v1/providers/mock")).AsArray());
    }
}
