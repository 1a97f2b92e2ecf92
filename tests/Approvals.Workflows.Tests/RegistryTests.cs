using Approvals.Workflows.Contracts;
using Approvals.Workflows.Registry;
using Approvals.Workflows.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Workflows.Tests;

public sealed class RegistryTests
{
    [Fact]
    public void Every_built_in_activity_is_registered_by_add_workflow_engine()
    {
        var services = new ServiceCollection().AddApprovalsEngine();

        var registered = services.Where(d => d.ServiceType == typeof(IActivity)).Select(d => d.ImplementationType!.Name).Order();

        Assert.Equal(
            ["DecisionActivity", "DelayActivity", "EndActivity", "ForkActivity", "HumanTaskActivity", "JoinActivity", "JournalNoteActivity", "SendEmailActivity", "SetStatusActivity", "SetVariableActivity", "StartActivity", "SwitchActivity"],
            registered);
        Assert.Contains(services, d => d.ServiceType == typeof(Runtime.IWorkflowInterpreter));
        Assert.Contains(services, d => d.ServiceType == typeof(Validation.IWorkflowDefinitionLoader));
    }

    [Fact]
    public void Descriptors_have_chinese_and_english_names_and_a_category()
    {
        var registry = new ActivityRegistry(TestEngine.BuiltInActivities());

        Assert.Equal(12, registry.Descriptors.Count());
        Assert.All(registry.Descriptors, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.DisplayName.ZhCn));
            Assert.False(string.IsNullOrWhiteSpace(d.DisplayName.En));
            Assert.Contains(d.Category, new[] { "Flow", "Primitives", "Human", "Timers", "Email" });
            Assert.All(d.Inputs, i => Assert.False(string.IsNullOrWhiteSpace(i.DisplayName.En)));
        });
        Assert.Equal("人工任务", registry.Find("HumanTask")!.Descriptor.DisplayName.For("zh-CN"));
    }

    [Fact]
    public void Every_input_explains_itself_in_Chinese_and_in_English_not_by_repeating_its_label()
    {
        var inputs = new ActivityRegistry(TestEngine.BuiltInActivities()).Descriptors.SelectMany(d => d.Inputs.Select(i => (d.Type, Input: i)));

        Assert.All(inputs, x =>
        {
            Assert.NotEqual(x.Input.DisplayName.ZhCn, x.Input.Description.ZhCn);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", x.Input.Description.ZhCn);
            Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", x.Type == "SetStatus" ? "" : x.Input.Description.En);
        });
    }

    [Fact]
    public void Registering_a_type_twice_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => new ActivityRegistry([.. TestEngine.BuiltInActivities(), new Activities.EndActivity()]));
    }
}
