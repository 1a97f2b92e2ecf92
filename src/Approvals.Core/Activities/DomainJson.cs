using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Approvals.Core.Findings;

namespace Approvals.Core.Activities;

/// <summary>How domain data looks in workflow variables: camelCase, enums as names, like the API.</summary>
internal static class DomainJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static JsonNode? ToNode<T>(T value) => JsonSerializer.SerializeToNode(value, Options);

    public static IReadOnlyList<Finding> Findings(JsonNode? node) => node switch
    {
        JsonArray array => array.Deserialize<List<Finding>>(Options) ?? [],
        _ => [],
    };
}
