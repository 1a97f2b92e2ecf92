using System.Net;
using Approvals.Infrastructure.Metrology.Registry;
using Approvals.Web.Localization;
using Approvals.Web.Tests.Support;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Web.Tests.Metrology;

/// <summary>The /check page takes its permits from the same per-address limit as GET /api/registry/check.</summary>
public sealed class PublicCheckPageLimitTests(TwoChecksPerWindowFactory factory) : IClassFixture<TwoChecksPerWindowFactory>
{
    [Fact]
    public async Task The_page_and_the_api_share_one_limit_per_address_and_the_page_refuses_in_chinese_or_english()
    {
        await factory.SeedRegistryAsync();
        var (_, name, idNumber, _, _) = DevelopmentRegistrySeed.People[1];
        var number = await factory.DatabaseAsync(db => db.Registrations.Where(r => r.Person!.IdNumber == idNumber).Select(r => r.Number).SingleAsync());
        var client = factory.CreateClient();
        var page = $"/check?number={number}&name={Uri.EscapeDataString(name)}";

        var prefilled = await client.GetStringAsync($"/check?number={number}");
        var first = await client.GetAsync(page);
        await client.GetJsonAsync($"/api/registry/check?number={number}&name={Uri.EscapeDataString(name)}");
        var refused = await client.GetAsync(page);
        var english = new HttpRequestMessage(HttpMethod.Get, page);
        english.Headers.Add("Cookie", $"{CookieRequestCultureProvider.DefaultCookieName}={Uri.EscapeDataString(SupportedCultures.CookieValue(SupportedCultures.English))}");
        var refusedInEnglish = await client.SendAsync(english);
        var api = await client.GetAsync($"/api/registry/check?number={number}&name={Uri.EscapeDataString(name)}");

        Assert.Contains($"value=\"{number}\"", prefilled);
        Assert.DoesNotContain("check-not-found", prefilled);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("data-testid=\"check-result\"", await first.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        var refusal = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("查验过于频繁", refusal);
        Assert.DoesNotContain("data-testid=\"check-result\"", refusal);
        Assert.Contains("Too many checks from your address", WebUtility.HtmlDecode(await refusedInEnglish.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
    }
}
