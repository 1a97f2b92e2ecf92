using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Approvals.Workflows.Models;

namespace Approvals.Workflows.Serialization;

/// <summary>
/// Reads and writes definitions in the Elsa-3-like JSON shape. Saving what was loaded gives the same document:
/// known fields in model order, unknown fields kept as extension data, nulls left out except a variable's value.
/// </summary>
public static class WorkflowDefinitionJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <exception cref="JsonException">the text is not JSON or does not fit the definition shape.</exception>
    public static WorkflowDefinition Deserialize(string json) =>
        JsonSerializer.Deserialize<WorkflowDefinition>(json, Options)
        ?? throw new JsonException("The document is 'null', not a workflow definition.", "$", 0, 0);

    /// <summary>The definition, or null when the text is not a definition's JSON (its problems are the validator's to say).</summary>
    public static WorkflowDefinition? TryDeserialize(string json)
    {
        try
        {
            return Deserialize(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string Serialize(WorkflowDefinition definition) => JsonSerializer.Serialize(definition, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            AllowTrailingCommas = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { SkipNulls } },
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly();
        return options;
    }

    // A variable's "value": null says "starts empty" and is part of the document; other nulls are absences.
    private static void SkipNulls(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            if (typeInfo.Type == typeof(VariableDefinition) && property.Name == "value")
                continue;
            if (!property.PropertyType.IsValueType || Nullable.GetUnderlyingType(property.PropertyType) is not null)
                property.ShouldSerialize = static (_, value) => value is not null;
        }
    }
}
