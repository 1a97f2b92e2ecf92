using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Approvals.Workflows.Options;

/// <summary>Checks the data annotations of the options and of their nested sandbox settings at start-up.</summary>
public sealed class WorkflowEngineOptionsValidator : IValidateOptions<WorkflowEngineOptions>
{
    public ValidateOptionsResult Validate(string? name, WorkflowEngineOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        Validator.TryValidateObject(options.Expressions, new ValidationContext(options.Expressions), results, validateAllProperties: true);
        var failures = results.Select(r => $"{string.Join(", ", r.MemberNames)}: {r.ErrorMessage}").ToList();
        if (options.Expressions.Timeout <= TimeSpan.Zero)
            failures.Add("Expressions.Timeout must be positive.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
