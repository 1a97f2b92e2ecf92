using Approvals.Workflows.Contracts;
using Approvals.Workflows.Models;

namespace Approvals.Workflows.Validation;

/// <summary>An activity whose structured inputs (switch cases, form fields) need checks beyond their kind.</summary>
public interface IValidatesInputs
{
    /// <param name="path">JSON path of the activity, e.g. <c>$.root.activities[2]</c>.</param>
    IEnumerable<ValidationError> ValidateInputs(ActivityModel activity, string path, IExpressionEvaluator expressions);
}
