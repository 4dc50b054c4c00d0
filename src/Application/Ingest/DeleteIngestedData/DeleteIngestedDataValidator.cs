using AIntops.Domain.Ingest;
using FluentValidation;

namespace AIntops.Application.Ingest.DeleteIngestedData;

public sealed class DeleteIngestedDataValidator : AbstractValidator<DeleteIngestedDataCommand>
{
    public DeleteIngestedDataValidator()
    {
        RuleFor(c => c.DataMode).Must(m => m is DataModes.Demo or DataModes.Test).WithMessage("Only demo or test data can be deleted.");
        RuleFor(c => c.Scope).Must(s => s is not null && DeletionScopes.All.Contains(s))
            .WithMessage("scope must be workspace (everyone's data; owners and admins) or mine (sent with your API keys or demo button).");
    }
}
