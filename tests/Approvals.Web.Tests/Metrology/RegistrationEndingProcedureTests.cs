using Approvals.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Web.Tests.Metrology;

/// <summary>The shipped cancellation and revocation procedures load with the host's activities and are published at start-up.</summary>
public sealed class RegistrationEndingProcedureTests(MetrologyApiFactory factory) : IClassFixture<MetrologyApiFactory>
{
    [Theory]
    [InlineData("metrologist-cancellation")]
    [InlineData("metrologist-revocation")]
    public async Task The_shipped_procedure_is_valid_and_published_at_start_up(string definitionId)
    {
        await factory.SeedRegistryAsync();

        var published = await factory.DatabaseAsync(db => db.WorkflowDefinitions.AsNoTracking().Where(d => d.DefinitionId == definitionId && d.IsPublished).CountAsync());

        Assert.Equal(1, published);
    }
}
