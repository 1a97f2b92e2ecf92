using System.Net;
using System.Security.Cryptography;
using Approvals.Infrastructure.Metrology.Documents;
using Approvals.Testing;
using Approvals.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Web.Tests.Metrology;

/// <summary>A stored content no document references (an upload that failed after writing it) is swept; others stay.</summary>
public sealed class DocumentContentSweepTests(MetrologyApiFactory factory) : IClassFixture<MetrologyApiFactory>
{
    [Fact]
    public async Task The_sweep_deletes_a_content_file_no_document_references_and_keeps_the_ones_documents_use()
    {
        var (client, id) = await new Cases(factory).DraftAsync(TestUser.Applicant("sweep-applicant"), Cases.InitialRegistration(People.NewIdNumber(), "310118", 2, "310118", "JL-SWEEP-1"));
        var kept = SampleDocuments.Pdf("sweep kept");
        var document = await (await client.PostAsync($"/api/applications/{id}/documents", Files.Upload("IdCard", kept, "id.pdf"))).ReadAsync(HttpStatusCode.Created);
        var orphan = Convert.ToHexStringLower(SHA256.HashData(SampleDocuments.Pdf("sweep orphan")));
        var orphanPath = Path.Combine(factory.DocumentsFolder, orphan[..2], orphan);
        Directory.CreateDirectory(Path.GetDirectoryName(orphanPath)!);
        await File.WriteAllBytesAsync(orphanPath, SampleDocuments.Pdf("sweep orphan"));

        await using (var scope = factory.Services.CreateAsyncScope())
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<DocumentContentSweepJob>().RunAsync(CancellationToken.None));

        Assert.False(File.Exists(orphanPath));
        var download = await client.GetAsync($"/api/applications/{id}/documents/{document["id"].Str()}");
        Assert.Equal(kept, await download.Content.ReadAsByteArrayAsync());
    }
}
