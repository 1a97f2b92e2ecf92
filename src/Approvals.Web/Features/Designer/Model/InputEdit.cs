using System.Text.Json.Nodes;

namespace Approvals.Web.Features.Designer.Model;

/// <summary>An input changed in the property panel: its name and new JSON value (null leaves it out).</summary>
public sealed record InputEdit(string Name, JsonNode? Value);
