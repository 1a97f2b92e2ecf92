using System.Net;
using System.Text;
using Approvals.Testing;
using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Metrology;

/// <summary>Every bad upload gets its own ProblemDetails naming what is wrong, and stores nothing.</summary>
public sealed class UploadTests(MetrologyApiFactory factory) : IClassFixture<MetrologyApiFactory>
{
    private readonly Cases _cases = new(factory);

    public static TheoryData<string, byte[], string> BadUploads => new()
    {
        { "empty.pdf", [], "Document.Empty" },
        { "huge.pdf", [.. "%PDF-1.4\n"u8.ToArray(), .. new byte[70_000]], "Document.TooLarge" },
        { "setup.pdf", Encoding.ASCII.GetBytes("MZ\x90\0 a program renamed to look like a PDF"), "Document.ContentNotAsNamed" },
        { "cut-short.pdf", SampleDocuments.Pdf("cut short")[..^40], "Document.Incomplete" },
        { "../../etc/form.pdf", SampleDocuments.Pdf("path in name"), "Document.PathInName" },
    };

    [Theory]
    [MemberData(nameof(BadUploads))]
    public async Task A_bad_upload_is_refused_with_its_own_problem_and_nothing_is_stored(string fileName, byte[] content, string code)
    {
        var (client, id) = await _cases.DraftAsync(TestUser.Applicant("upload-" + code), Cases.InitialRegistration(People.NewIdNumber(), "310118", 2, "310118", "JL-UP-1"));

        var problem = await (await client.PostAsync($"/api/applications/{id}/documents", Files.Upload("IdCard", content, fileName))).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(code, Assert.Single(problem["findings"]!.AsArray())!["code"].Str());
        Assert.False(string.IsNullOrWhiteSpace(problem["detail"].Str()));
        Assert.Empty((await _cases.GetAsync(client, id))["documents"]!.AsArray());
        Assert.False(Directory.Exists(factory.DocumentsFolder) && Directory.EnumerateFiles(factory.DocumentsFolder, "*", SearchOption.AllDirectories).Any(f => File.ReadAllBytes(f).AsSpan().SequenceEqual(content)));
    }

    [Fact]
    public async Task An_upload_without_file_and_kind_lists_both_fields()
    {
        var (client, id) = await _cases.DraftAsync(TestUser.Applicant("upload-fields"), Cases.InitialRegistration(People.NewIdNumber(), "310118", 2, "310118", "JL-UP-2"));

        var problem = await (await client.PostAsync($"/api/applications/{id}/documents", new MultipartFormDataContent { { new StringContent("x"), "note" } })).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["file", "kind"], problem["errors"]!.AsObject().Select(e => e.Key).Order());
    }

    [Fact]
    public async Task Documents_are_downloaded_by_the_applicant_and_the_district_reviewers_only()
    {
        var (client, id) = await _cases.DraftAsync(TestUser.Applicant("download-applicant"), Cases.InitialRegistration(People.NewIdNumber(), "320509", 2, "330421", "JL-UP-3"), "Photo");
        var document = (await _cases.GetAsync(client, id))["documents"]![0]!;
        var url = $"/api/applications/{id}/documents/{document["id"].Str()}";

        Assert.Equal(SampleDocuments.Pdf("Photo"), await (await client.GetAsync(url)).Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, (await factory.ClientFor(TestUser.Reviewer("wj", "320509")).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.ClientFor(TestUser.Reviewer("js", "330421")).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor(TestUser.Reviewer("qp", "310118")).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor(TestUser.Applicant("someone-else")).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync(url)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
    }
}
