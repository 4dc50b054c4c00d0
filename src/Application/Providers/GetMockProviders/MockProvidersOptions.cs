namespace AIntops.Application.Providers.GetMockProviders;

/// <summary>Configuration section <c>MockProviders</c>: where the bundled mock provider server runs, if it does.</summary>
public sealed class MockProvidersOptions
{
    public const string Section = "MockProviders";

    /// <summary>The mock's root as this API reaches it, e.g. http://127.0.0.1:8001; unset when no mock runs beside the API.</summary>
    public string? BaseUrl { get; set; }
}
