using System.Net;
using Approvals.Infrastructure.Metrology.Registry;
using Approvals.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Approvals.UseCases.Registry;

namespace Approvals.Web.Tests.Metrology;

/// <summary>A host whose public check allows two requests per window.</summary>
public sealed class TwoChecksPerWindowFactory : MetrologyApiFactory
{
    protected override int CheckPermitLimit => 2;
}

public sealed class PublicCheckTests(TwoChecksPerWindowFactory factory) : IClassFixture<TwoChecksPerWindowFactory>
{
    [Fact]
    public async Task The_public_check_discloses_validity_level_district_and_status_then_limits_the_rate()
    {
        await factory.SeedRegistryAsync();
        var (district, name, idNumber, _, _) = DevelopmentRegistrySeed.People[4];
        var number = await factory.DatabaseAsync(db => db.Registrations.Where(r => r.Person!.IdNumber == idNumber).Select(r => r.Number).SingleAsync());
        var client = factory.CreateClient();

        var found = await client.GetJsonAsync($"/api/registry/check?number={number.ToLowerInvariant()}&name={name}");
        Assert.Equal(["districtCode", "districtName", "level", "renewalPending", "status", "statusText", "valid", "validTo"], found.AsObject().Select(p => p.Key).Order());
        Assert.Equal((true, district, "嘉善县"), (found["valid"]!.GetValue<bool>(), found["districtCode"].Str(), found["districtName"].Str()));

        await client.GetJsonAsync($"/api/registry/check?number={number}&name=冒名", HttpStatusCode.NotFound);

        var limited = await client.GetJsonAsync($"/api/registry/check?number={number}&name={name}", HttpStatusCode.TooManyRequests);
        Assert.Contains("秒后再试", limited["detail"].Str());
        Assert.True(await factory.DatabaseAsync(db => db.RegistryReadLog.CountAsync(r => r.Purpose == RegistryService.PublicCheckPurpose)) >= 2);
    }
}
