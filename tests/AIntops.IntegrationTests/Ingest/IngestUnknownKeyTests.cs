using System.Net;
using System.Net.Http.Json;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Ingest;

public sealed class IngestUnknownKeyTests(IngestUnknownKeyTests.ThrottledFactory factory) : IClassFixture<IngestUnknownKeyTests.ThrottledFactory>
{
    public sealed class ThrottledFactory : ApiFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Ingest:InvalidKeysPerClientPerMinute"] = "3",
        };
    }

    [Fact]
    public async Task A_client_sending_unknown_keys_gets_429_while_keys_known_to_be_valid_go_on()
    {
        var owner = factory.CreateClient();
        owner.As((await owner.SignupAsync()).Tokens.AccessToken);
        var (_, key) = await owner.CreateApiKeyAsync();
        var sender = factory.CreateClient().WithApiKey(key);
        await sender.IngestAsync(IngestApi.Event());
        var (_, unusedKey) = await owner.CreateApiKeyAsync("unused");

        var stranger = factory.CreateClient();
        for (var i = 0; i < 3; i++)
            await (await stranger.WithApiKey($"aik_{Guid.NewGuid():N}").PostAsJsonAsync("/v1/ingest", IngestApi.Event())).ExpectProblemAsync(HttpStatusCode.Unauthorized);
        var limited = await stranger.WithApiKey($"aik_{Guid.NewGuid():N}").PostAsJsonAsync("/v1/ingest", IngestApi.Event());
        await limited.ExpectProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);

        await sender.IngestAsync(IngestApi.Event());
        // Keys this instance has not seen are not looked up from that address until the window ends.
        await (await factory.CreateClient().WithApiKey(unusedKey).PostAsJsonAsync("/v1/ingest", IngestApi.Event()))
            .ExpectProblemAsync(HttpStatusCode.TooManyRequests);
    }
}
