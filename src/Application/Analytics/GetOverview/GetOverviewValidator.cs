using FluentValidation;

namespace AIntops.Application.Analytics.GetOverview;

public sealed class GetOverviewValidator : AbstractValidator<GetOverviewQuery>
{
    public GetOverviewValidator() => Include(new AnalyticsFilterRules<GetOverviewQuery>(billed: true));
}
