using AIntops.Application.Common.Validation;
using AIntops.Domain.Ingest;
using AIntops.Domain.Organizations;

namespace AIntops.Application.Ingest.DeleteIngestedData;

public static class DeletionScopes
{
    /// <summary>Everyone's rows (owners and admins).</summary>
    public const string Workspace = "workspace";
    /// <summary>Rows sent with the caller's API keys or demo button (any member).</summary>
    public const string Mine = "mine";
    public static readonly IReadOnlyList<string> All = [Workspace, Mine];
}

/// <param name="DataMode">demo or test; real data is never deleted this way.</param>
/// <param name="Scope">mine: what you sent with your API keys or loaded with the demo button; workspace: everyone's (owners and admins).</param>
public sealed record DeleteIngestedDataCommand(
    string DataMode,
    [OneOf(typeof(DeletionScopes), nameof(DeletionScopes.All))] string? Scope) : IRequest<IngestDataDeleted>;

public sealed record IngestDataDeleted(long Deleted);

public sealed class DeleteIngestedDataHandler(IAppDbContext db, ICurrentUser caller, IIngestEraser eraser, TimeProvider clock)
    : IRequestHandler<DeleteIngestedDataCommand, IngestDataDeleted>
{
    public async Task<IngestDataDeleted> Handle(DeleteIngestedDataCommand request, CancellationToken cancellationToken)
    {
        var everyones = request.Scope == DeletionScopes.Workspace;
        if (everyones && !Permissions.Has(caller.RequireRole(), Permissions.DataManage))
            throw new ForbiddenException($"Only owners and admins can clear everyone's {request.DataMode} data. Use scope=mine to clear what you sent.");
        var organizationId = caller.RequireOrganizationId();
        var deleted = await eraser.DeleteAsync(organizationId, request.DataMode, everyones ? null : caller.RequireUserId(), cancellationToken);
        var type = request.DataMode == DataModes.Demo ? ActivityTypes.DemoDataDeleted : ActivityTypes.TestDataDeleted;
        db.Record(organizationId, type, caller.UserId, caller.ClientIp, clock.GetUtcNow().UtcDateTime, subject: request.Scope, detail: $"{deleted} events");
        await db.SaveChangesAsync(CancellationToken.None);
        return new IngestDataDeleted(deleted);
    }
}

public sealed class DeleteIngestedDataValidator : AbstractValidator<DeleteIngestedDataCommand>
{
    public DeleteIngestedDataValidator()
    {
        RuleFor(c => c.DataMode).Must(m => m is DataModes.Demo or DataModes.Test).WithMessage("Only demo or test data can be deleted.");
        RuleFor(c => c.Scope).Must(s => s is not null && DeletionScopes.All.Contains(s))
            .WithMessage("scope must be workspace (everyone's data; owners and admins) or mine (sent with your API keys or demo button).");
    }
}
