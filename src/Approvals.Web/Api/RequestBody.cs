using System.Text;

namespace Approvals.Web.Api;

internal static class RequestBody
{
    public const int MaxDefinitionBytes = 4 * 1024 * 1024;

    /// <summary>
    /// Reads a definition as text, so that malformed JSON is reported by the definition loader with its line
    /// and position instead of a generic binding error.
    /// </summary>
    public static async Task<string?> ReadTextAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxDefinitionBytes)
            return null;
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var buffer = new char[MaxDefinitionBytes + 1];
        var builder = new StringBuilder();
        int read;
        while ((read = await reader.ReadAsync(buffer.AsMemory(), cancellationToken)) > 0)
        {
            builder.Append(buffer, 0, read);
            if (builder.Length > MaxDefinitionBytes)
                return null;
        }
        return builder.ToString();
    }
}
