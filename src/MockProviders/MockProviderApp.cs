using System.Text.Json;
using AIntops.Application.Pricing;
using AIntops.Infrastructure.Pricing;
using AIntops.MockProviders.Anthropic;
using AIntops.MockProviders.Faults;
using AIntops.MockProviders.Inference;
using AIntops.MockProviders.OpenAi;
using AIntops.MockProviders.Synthetic;

namespace AIntops.MockProviders;

/// <summary>The mock OpenAI + Anthropic server (admin usage APIs and inference); tests build and start it in-process.</summary>
public static class MockProviderApp
{
    public const string DefaultUrl = "http://127.0.0.1:8001";

    /// <param name="time">The clock the synthetic data ends at; the system clock when null.</param>
    public static WebApplication Build(string[] args, TimeProvider? time = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrl);
        builder.Logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
        builder.Services.AddSingleton(time ?? TimeProvider.System);
        builder.Services.AddSingleton<UsageGenerator>();
        builder.Services.AddSingleton(new MockPrices(new PriceCatalog(PriceCatalogFile.LoadBundled())));
        builder.Services.AddSingleton(new FaultInjector(builder.Configuration.GetSection("Faults").Get<List<FaultRule>>() ?? []));

        var app = builder.Build();
        app.MapGet("/", () => Results.Text(
            $"""
            AIntops mock providers.
            OpenAI admin API at /v1/organization (key {MockKeys.OpenAi}); chat completions at POST /v1/chat/completions (any sk- key).
            Anthropic admin API at /v1/organizations (key {MockKeys.Anthropic}); messages at POST /v1/messages (any sk-ant- key, with anthropic-version).
            Inference replies are deterministic, about 4 characters per token; streams honour the {EventStream.DelayHeader} request header.
            Faults at /_mock/faults; see src/MockProviders/README.md.
            """));
        app.MapOpenAi();
        app.MapAnthropic();
        app.MapChatCompletions();
        app.MapMessages();
        app.MapFaults();
        return app;
    }
}
