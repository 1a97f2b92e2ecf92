using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Testing;

namespace Approvals.Browser.Tests.Support;

/// <summary>Cases filed through the API, for tests that start from a case waiting in the reviewer's worklist.</summary>
public static class FiledCases
{
    /// <summary>Uploads a small PDF of each kind to the draft and submits it; returns the case as submitted.</summary>
    public static async Task<JsonObject> UploadAndSubmitAsync(this HttpClient api, string id, IEnumerable<string> documents)
    {
        foreach (var kind in documents)
        {
            using var upload = new MultipartFormDataContent
            {
                { new StringContent(kind), "kind" },
                { new ByteArrayContent(SampleDocuments.Pdf(kind)) { Headers = { ContentType = new("application/pdf") } }, "file", kind + ".pdf" },
            };
            (await api.PostAsync($"/api/applications/{id}/documents", upload)).EnsureSuccessStatusCode();
        }
        var submitted = await api.PostAsync($"/api/applications/{id}/submit", null);
        submitted.EnsureSuccessStatusCode();
        return (await submitted.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
