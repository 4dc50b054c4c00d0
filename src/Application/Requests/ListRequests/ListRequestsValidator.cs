using AIntops.Domain.Ingest;
using FluentValidation;

namespace AIntops.Application.Requests.ListRequests;

public sealed class ListRequestsValidator : AbstractValidator<ListRequestsQuery>
{
    public ListRequestsValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, 200);
        RuleFor(q => q.Before).Must(b => b is null || RequestCursor.TryParse(b, out _))
            .WithMessage("before must be the nextBefore of a previous page.");
        RuleFor(q => q.Status).Must(s => s is null || CallStatuses.All.Contains(s))
            .WithMessage($"status must be one of: {string.Join(", ", CallStatuses.All)}.");
        RuleFor(q => q.Environment).Must(e => e is null || Environments.All.Contains(e))
            .WithMessage($"environment must be one of: {string.Join(", ", Environments.All)}.");
        RuleFor(q => q.To).Must((q, to) => to is null || q.From is null || to > q.From).WithMessage("to must be after from.");
        RuleFor(q => q.DataMode).Must(m => m == DataModes.AllFilter || DataModes.All.Contains(m))
            .WithMessage($"dataMode must be one of: {string.Join(", ", DataModes.All)}, {DataModes.AllFilter}.");
    }
}
