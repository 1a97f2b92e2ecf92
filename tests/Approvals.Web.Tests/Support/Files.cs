using System.Net.Http.Headers;

namespace Approvals.Web.Tests.Support;

public static class Files
{
    public static MultipartFormDataContent Upload(string kind, byte[] content, string fileName)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(kind), "kind");
        return form;
    }
}
