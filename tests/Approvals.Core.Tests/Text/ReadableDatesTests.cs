using System.Globalization;
using Approvals.Text;

namespace Approvals.Core.Tests.Text;

public sealed class ReadableDatesTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void A_date_reads_as_Chinese_or_English_people_write_it() =>
        Assert.Equal(("2026年12月6日", "6 Dec 2026"), (ReadableDates.Date(new DateOnly(2026, 12, 6), Chinese), ReadableDates.Date(new DateOnly(2026, 12, 6), English)));

    [Fact]
    public void A_time_is_shown_in_Shanghai_after_the_date()
    {
        var instant = new DateTimeOffset(2026, 12, 6, 9, 36, 0, TimeSpan.Zero);

        Assert.Equal(("2026年12月6日 17:36", "6 Dec 2026, 17:36"), (ReadableDates.DateTime(instant, Chinese), ReadableDates.DateTime(instant, English)));
    }

    [Fact]
    public void An_instant_late_in_the_UTC_evening_is_already_the_next_day_in_Shanghai()
    {
        var instant = new DateTimeOffset(2026, 12, 31, 16, 30, 0, TimeSpan.Zero);

        Assert.Equal(("2027年1月1日 00:30", "1 Jan 2027, 00:30"), (ReadableDates.DateTime(instant, Chinese), ReadableDates.DateTime(instant, English)));
        Assert.Equal(("2027年1月1日", "1 Jan 2027"), (ReadableDates.Date(instant, Chinese), ReadableDates.Date(instant, English)));
    }

    [Fact]
    public void A_period_joins_its_two_days_with_a_dash() =>
        Assert.Equal("1 Mar 2023 – 28 Feb 2028", ReadableDates.Period(new DateOnly(2023, 3, 1), new DateOnly(2028, 2, 28), English));

    [Fact]
    public void Every_Chinese_culture_name_reads_Chinese_and_every_English_one_English()
    {
        var day = new DateOnly(2026, 9, 5);

        Assert.Equal("2026年9月5日", ReadableDates.Date(day, CultureInfo.GetCultureInfo("zh-Hans")));
        Assert.Equal("5 Sep 2026", ReadableDates.Date(day, CultureInfo.GetCultureInfo("en-GB")));
    }

    [Fact]
    public void A_finding_that_names_a_date_shows_it_in_each_language()
    {
        var text = Approvals.Core.Applications.ApplicationFindings.CertificateExpired(0, "JL-1", new DateOnly(2026, 3, 2)).Message;

        Assert.Equal(("证书 JL-1 已于 2026年3月2日 过期。", "Certificate JL-1 expired on 2 Mar 2026."), (text.ZhCn, text.En));
    }
}
