using Microsoft.Extensions.Options;

namespace AIntops.Application.Providers.GetMockProviders;

/// <summary>How to connect the bundled mock providers, so a first run needs no real key; empty when no mock is configured.</summary>
public sealed record GetMockProvidersQuery : IRequest<IReadOnlyList<MockProviderDto>>;

/// <param name="BaseUrl">The base URL to connect with.</param>
/// <param name="AdminKey">The admin key the mock accepts (it is no secret: the mock serves synthetic data only).</param>
public sealed record MockProviderDto(string Provider, string BaseUrl, string AdminKey);

public sealed class GetMockProvidersHandler(IOptions<MockProvidersOptions> options) : IRequestHandler<GetMockProvidersQuery, IReadOnlyList<MockProviderDto>>
{
    public const string OpenAiKey = "sk-admin-MOCK-VALID-KEY-1234567890";
    public const string AnthropicKey = "sk-ant-admin01-MOCK-VALID-KEY-1234567890";

    public Task<IReadOnlyList<MockProviderDto>> Handle(GetMockProvidersQuery request, CancellationToken cancellationToken)
    {
        var root = options.Value.BaseUrl?.Trim().TrimEnd('/');
        IReadOnlyList<MockProviderDto> mocks = string.IsNullOrEmpty(root)
            ? []
            : [new(ProviderNames.OpenAi, $"{root}/v1", OpenAiKey), new(ProviderNames.Anthropic, root, AnthropicKey)];
        return Task.FromResult(mocks);
    }
}
