using System.Text.Json;
using System.Text.Json.Serialization;
using Approvals.Workflows.Registry;

namespace Approvals.Web.Features.Designer.Model;

/// <summary>The activity descriptors as the canvas reads them: the same JSON that <c>GET /api/activities</c> gives.</summary>
public static class DesignerDescriptors
{
    private static readonly JsonSerializerOptions Json = CreateOptions();

    public static string ToJson(ActivityRegistry registry) => JsonSerializer.Serialize(registry.Descriptors, Json);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        return options;
    }
}
