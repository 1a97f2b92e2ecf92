using Approvals.Workflows.Activities;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Expressions;
using Approvals.Workflows.Options;
using Approvals.Workflows.Registry;
using Approvals.Workflows.Runtime;
using Approvals.Workflows.Services;
using Approvals.Workflows.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Approvals.Workflows;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the engine and its built-in activities. The domain adds activity types by registering more
    /// <see cref="IActivity"/> singletons; the host may replace <see cref="IDueDateCalculator"/> and <see cref="TimeProvider"/>.
    /// </summary>
    public static IServiceCollection AddApprovalsEngine(this IServiceCollection services, Action<WorkflowEngineOptions>? configure = null)
    {
        var options = services.AddOptions<WorkflowEngineOptions>();
        if (configure is not null)
            options.Configure(configure);
        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WorkflowEngineOptions>, WorkflowEngineOptionsValidator>());

        services.AddSingleton<IActivity, StartActivity>();
        services.AddSingleton<IActivity, EndActivity>();
        services.AddSingleton<IActivity, DecisionActivity>();
        services.AddSingleton<IActivity, SwitchActivity>();
        services.AddSingleton<IActivity, ForkActivity>();
        services.AddSingleton<IActivity, JoinActivity>();
        services.AddSingleton<IActivity, SetVariableActivity>();
        services.AddSingleton<IActivity, SetStatusActivity>();
        services.AddSingleton<IActivity, DelayActivity>();
        services.AddSingleton<IActivity, HumanTaskActivity>();
        services.AddSingleton<IActivity, SendEmailActivity>();
        services.AddSingleton<IActivity, JournalNoteActivity>();

        services.TryAddSingleton<ActivityRegistry>();
        services.TryAddSingleton<IExpressionEvaluator, JintExpressionEvaluator>();
        services.TryAddSingleton<IWorkflowDefinitionLoader, WorkflowDefinitionLoader>();
        services.TryAddSingleton<IWorkflowInterpreter, WorkflowInterpreter>();
        services.TryAddSingleton<IIdGenerator, SortableIdGenerator>();
        services.TryAddSingleton<IDueDateCalculator, WeekdayDueDateCalculator>();
        services.TryAddSingleton<IMailTemplateCatalog, UndeclaredMailTemplates>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
