using System.Linq.Expressions;
using Approvals.Core.Applications;

namespace Approvals.UseCases.Statistics;

/// <summary>
/// The month of a period a case's instant falls in, written as one SQL <c>CASE</c> over the months' first instants, so
/// that a monthly trend is one grouped count rather than a query per month. The instants are read through a holder's
/// property, which EF Core sends as parameters (an array constant it would inline): the statement, and its compiled
/// query, is the same for every period of the same number of months.
/// </summary>
internal static class MonthBuckets
{
    /// <summary>
    /// The district and month index (0 for the period's first month) of each case, by <paramref name="instant"/>;
    /// <paramref name="nextMonthStarts"/> holds the first instant of every month after the first, in order.
    /// </summary>
    public static Expression<Func<Application, CaseMonth>> Of(Expression<Func<Application, DateTimeOffset?>> instant, DateTimeOffset[] nextMonthStarts)
    {
        var at = instant.Body;
        var starts = Expression.Property(Expression.Constant(new MonthStarts(nextMonthStarts)), nameof(MonthStarts.Values));
        Expression month = Expression.Constant(nextMonthStarts.Length);
        for (var i = nextMonthStarts.Length - 1; i >= 0; i--)
        {
            var start = Expression.Convert(Expression.ArrayIndex(starts, Expression.Constant(i)), typeof(DateTimeOffset?));
            month = Expression.Condition(Expression.LessThan(at, start), Expression.Constant(i), month);
        }
        var district = Expression.Property(instant.Parameters[0], nameof(Application.DistrictCode));
        return Expression.Lambda<Func<Application, CaseMonth>>(
            Expression.MemberInit(
                Expression.New(typeof(CaseMonth)),
                Expression.Bind(typeof(CaseMonth).GetProperty(nameof(CaseMonth.District))!, district),
                Expression.Bind(typeof(CaseMonth).GetProperty(nameof(CaseMonth.Month))!, month)),
            instant.Parameters);
    }

    private sealed class MonthStarts(DateTimeOffset[] values)
    {
        public DateTimeOffset[] Values { get; } = values;
    }

    internal sealed class CaseMonth
    {
        public string? District { get; init; }
        public int Month { get; init; }
    }
}
