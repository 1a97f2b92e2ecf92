using Approvals.Workflows.Models;
using Approvals.Workflows.Runtime;

namespace Approvals.Workflows.Validation;

public interface IWorkflowDefinitionLoader
{
    /// <summary>Parses and validates; malformed JSON gives one error with the parser's line and position.</summary>
    DefinitionLoadResult Load(string json);

    /// <summary>Every problem at once: types, inputs, ids, connections, start, reachability, joins, expressions.</summary>
    IReadOnlyList<ValidationError> Validate(WorkflowDefinition definition);

    /// <summary>Indexes a valid definition for the interpreter.</summary>
    /// <exception cref="InvalidOperationException">the definition is not valid.</exception>
    CompiledWorkflow Compile(WorkflowDefinition definition);
}
