using AIntops.Domain.Ingest;

namespace AIntops.Application.ApiKeys;

public static class ApiKeyLookup
{
    public static async Task<ApiKey> FindApiKeyAsync(this IAppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, cancellationToken)
        ?? throw new NotFoundException("No API key with that id in this organization.");
}
