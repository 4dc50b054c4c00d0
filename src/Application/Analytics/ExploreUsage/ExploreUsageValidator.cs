using AIntops.Application.Common.Validation;
using FluentValidation;

namespace AIntops.Application.Analytics.ExploreUsage;

public sealed class ExploreUsageValidator : AbstractValidator<ExploreUsageQuery>
{
    public ExploreUsageValidator()
    {
        Include(new AnalyticsFilterRules<ExploreUsageQuery>(billed: true));
        var billed = $"With source=billed, groupBy and thenBy can be {string.Join(" or ", BilledUsageReader.Dimensions)} (provider reports carry no other dimension).";
        RuleFor(q => q.GroupBy).Must(BilledUsageReader.Dimensions.Contains).When(q => q.Filter.IsBilled).WithMessage(billed);
        RuleFor(q => q.ThenBy).Must(t => t is null || BilledUsageReader.Dimensions.Contains(t)).When(q => q.Filter.IsBilled).WithMessage(billed);
        RuleFor(q => q.GroupBy).OneOf(ExploreUsageQuery.Dimensions, "groupBy");
        RuleFor(q => q.ThenBy).OneOf(ExploreUsageQuery.Dimensions, "thenBy");
        RuleFor(q => q.ThenBy).Must((q, t) => t != q.GroupBy).When(q => q.ThenBy is not null).WithMessage("thenBy must differ from groupBy.");
        RuleFor(q => q).Must(q => q.ThenBy is null || (q.GroupBy != "user" && q.ThenBy != "user")
                || ExploreUsageQuery.WithUser.Contains(q.GroupBy == "user" ? q.ThenBy : q.GroupBy))
            .OverridePropertyName("thenBy")
            .WithMessage($"With user, the other level must be one of: {string.Join(", ", ExploreUsageQuery.WithUser)}.");
        RuleFor(q => q.Sort).OneOf(ExploreUsageQuery.Sorts, "sort");
        RuleFor(q => q.Limit).Limit(ExploreUsageQuery.MaxLimit);
        RuleFor(q => q.Order).OneOf(ExploreUsageQuery.Orders, "order");
    }
}
