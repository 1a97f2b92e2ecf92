using Approvals.Workflows.Contracts;
using Approvals.Workflows.Registry;

namespace Approvals.Workflows.Runtime;

/// <summary>What every step of the interpreter uses; gathered so a step takes one argument.</summary>
internal sealed record InterpreterServices(
    ActivityRegistry Registry,
    IExpressionEvaluator Expressions,
    IDueDateCalculator DueDates,
    IIdGenerator Ids,
    int MaxActivitiesPerStep);
