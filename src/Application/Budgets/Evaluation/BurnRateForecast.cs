using AIntops.Domain.Budgets;

namespace AIntops.Application.Budgets.Evaluation;

/// <summary>
/// Spend to date in a budget's period and where it is heading. The burn rate is the spend of today and the six
/// UTC days before it divided by the time they have run (six days plus today so far): a week smooths out
/// weekday/weekend swings, and it reads only spend that happened, so it never divides by a near-zero time.
/// </summary>
public static class BurnRateForecast
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);
    public const int RateDays = 7;
    public const int RollingDays = 30;

    /// <summary>monthly: the UTC calendar month of <paramref name="now"/>; rolling_30d: today and the 29 UTC days before it.</summary>
    public static (DateTime Start, DateTime End) PeriodOf(BudgetPeriod period, DateTime now)
    {
        if (period == BudgetPeriod.Monthly)
        {
            var start = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc);
            return (start, start.AddMonths(1));
        }
        var end = DateTime.SpecifyKind(now.Date, DateTimeKind.Utc) + Day;
        return (end - RollingDays * Day, end);
    }

    /// <summary>The days whose spend an evaluation at <paramref name="now"/> reads: the period and the burn-rate week.</summary>
    public static (DateTime From, DateTime To) DaysToRead(BudgetPeriod period, DateTime now)
    {
        var (start, end) = PeriodOf(period, now);
        var rateFrom = DateTime.SpecifyKind(now.Date, DateTimeKind.Utc) - (RateDays - 1) * Day;
        return (rateFrom < start ? rateFrom : start, end);
    }

    /// <param name="daily">Spend per UTC day (keyed by the day's start).</param>
    public static (long Spend, long Forecast, DateTime? BreachAt) Project(
        BudgetPeriod period, DateTime now, IReadOnlyDictionary<DateTime, long> daily, long criticalNanoUsd)
    {
        var (start, end) = PeriodOf(period, now);
        var today = DateTime.SpecifyKind(now.Date, DateTimeKind.Utc);
        var spend = daily.Where(d => d.Key >= start && d.Key < end).Sum(d => d.Value);
        var rateFrom = today - (RateDays - 1) * Day;
        var perMs = daily.Where(d => d.Key >= rateFrom && d.Key <= today).Sum(d => (decimal)d.Value) / (decimal)(now - rateFrom).TotalMilliseconds;
        if (period == BudgetPeriod.Monthly)
        {
            var forecast = spend + (long)(perMs * (decimal)(end - now).TotalMilliseconds);
            return (spend, forecast, spend < criticalNanoUsd && perMs > 0 ? At(now, criticalNanoUsd - spend, perMs, end) : null);
        }
        return (spend, (long)(perMs * (decimal)(RollingDays * Day).TotalMilliseconds),
            spend >= criticalNanoUsd || perMs <= 0 ? null : RollingBreach(start, end, now, daily, spend, criticalNanoUsd, perMs));
    }

    /// <summary>
    /// A rolling window gains the burn rate and, at each UTC midnight, loses its oldest day, so the breach is found
    /// day by day: the first day on which the projected window total reaches the critical threshold. After 30 days
    /// the window holds only projected days (30 × rate), so a breach not found by then never comes.
    /// </summary>
    private static DateTime? RollingBreach(DateTime start, DateTime end, DateTime now, IReadOnlyDictionary<DateTime, long> daily, long spend,
        long critical, decimal perMs)
    {
        decimal total = spend;
        var (from, to) = (now, end);
        for (var k = 0; k < RollingDays; k++)
        {
            var gain = perMs * (decimal)(to - from).TotalMilliseconds;
            if (total + gain >= critical) return At(from, (long)Math.Ceiling(critical - total), perMs, to);
            total += gain - daily.GetValueOrDefault(start + k * Day);
            (from, to) = (to, to + Day);
        }
        return null;
    }

    /// <summary>When spending <paramref name="nanoUsd"/> more at the rate takes from <paramref name="from"/>; null unless before <paramref name="end"/>.</summary>
    private static DateTime? At(DateTime from, long nanoUsd, decimal perMs, DateTime end)
    {
        var ms = Math.Ceiling(nanoUsd / perMs);
        return ms <= (decimal)(end - from).TotalMilliseconds ? from.AddMilliseconds((double)ms) : null;
    }
}
