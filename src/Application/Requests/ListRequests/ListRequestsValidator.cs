using AIntops.Application.Common.Validation;
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
        RuleFor(q => q.Status).OneOf(CallStatuses.All, "status");
        RuleFor(q => q.Environment).OneOf(Environments.All, "environment");
        RuleFor(q => q.To).Must((q, to) => to is null || q.From is null || to > q.From).WithMessage("to must be after from.");
        RuleFor(q => q.DataMode).NotNull().OneOf(DataModes.Filters, "dataMode");
    }
}
