using AIntops.Application.Common.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AIntops.Infrastructure.Security;

/// <summary>Moves stored secrets to the primary Fernet key when the API starts (docs/operations.md, key rotation).</summary>
internal sealed class SecretRotationAtStartup(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<StoredSecretRotation>().RotateAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
