using System.Text.Json.Nodes;
using Approvals.Text;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Expressions;
using Approvals.Workflows.Models;
using Approvals.Workflows.Registry;
using Approvals.Workflows.Runtime;
using Approvals.Workflows.Validation;

namespace Approvals.Workflows.Activities;

/// <summary>
/// Asks the host to send an e-mail (an <see cref="EmailRequested"/> effect, sent through the outbox after the
/// step commits). Subject and body may hold <c>{{ variables.x }}</c> / <c>{{ input.x }}</c> placeholders,
/// HTML-escaped when the body is HTML. With a <c>template</c> the host renders the named mail template in the
/// recipient's language from the instance's variables and input instead, subject included.
/// </summary>
public sealed class SendEmailActivity(IMailTemplateCatalog templates) : IActivity, IValidatesInputs
{
    public ActivityDescriptor Descriptor { get; } = new(
        "SendEmail",
        new LocalizedText("发送邮件", "Send e-mail"),
        "Email",
        new LocalizedText("向收件人发送邮件。", "Sends an e-mail to a recipient."),
        [
            InputDescriptors.Create("to", "收件人", "To", InputKind.String, true, "收件人地址，通常为表达式。", "Recipient address; usually an expression."),
            InputDescriptors.Create("subject", "主题", "Subject", InputKind.String, false, "邮件主题，可用 {{ variables.x }} 占位符；使用模板时由模板提供。", "Subject; may use {{ variables.x }} placeholders. A template brings its own."),
            InputDescriptors.Create("body", "正文", "Body", InputKind.MultilineText, false, "邮件正文，可用 {{ variables.x }} 和 {{ input.x }} 占位符。", "Body; may use {{ variables.x }} and {{ input.x }} placeholders."),
            InputDescriptors.Create("template", "模板", "Template", InputKind.EmailTemplate, false, "平台邮件模板的名称；使用模板时不用正文。", "Name of a mail template the host renders instead of the body."),
            InputDescriptors.Create("isHtml", "HTML 格式", "HTML", InputKind.Boolean, false, "正文是否为 HTML。", "Whether the body is HTML.") with { Default = false },
            InputDescriptors.Create("culture", "语言", "Culture", InputKind.String, false, "zh-CN（默认）或 en。", "zh-CN (default) or en."),
        ],
        ["Done"]) { Icon = "mail" };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var variables = context.Instance.Variables;
        var input = context.Instance.Input;
        var isHtml = JsonTruth.IsTruthy(context.EvaluateInput("isHtml"));
        var subject = TemplateRenderer.Render(context.EvaluateString("subject") ?? "", variables, input, htmlEncode: false);
        var body = TemplateRenderer.Render(context.EvaluateString("body") ?? "", variables, input, isHtml);
        context.Emit(new EmailRequested(
            context.EvaluateString("to") ?? "",
            subject,
            body,
            isHtml,
            context.EvaluateString("template"),
            TemplateModel(variables, input),
            context.EvaluateString("culture")));
        return ValueTask.FromResult(ActivityResult.Complete("Done"));
    }

    /// <summary>
    /// What a mail template sees: every input field and variable by its own name (a variable wins over an input
    /// field of the same name), and both whole as <c>input</c> and <c>variables</c>.
    /// </summary>
    private static JsonObject TemplateModel(JsonObject variables, JsonObject input)
    {
        var model = new JsonObject();
        foreach (var (name, value) in input.Concat(variables))
            model[name] = value?.DeepClone();
        model["variables"] = variables.DeepClone();
        model["input"] = input.DeepClone();
        return model;
    }

    public IEnumerable<ValidationError> ValidateInputs(ActivityModel activity, string path, IExpressionEvaluator expressions)
    {
        if (activity.Inputs["subject"] is null && activity.Inputs["template"] is null)
            yield return new ValidationError($"{path}.inputs.subject", new(
                $"活动“{activity.Id}”需要“subject”（主题），或一个自带主题的“template”（模板）。",
                $"Activity '{activity.Id}' needs a 'subject', or a 'template' that brings its own."));
        if (activity.Inputs["template"] is JsonValue template && template.TryGetValue(out string? name)
            && templates.Names is { } names && !names.Contains(name, StringComparer.Ordinal))
        {
            var known = string.Join(", ", names);
            yield return new ValidationError($"{path}.inputs.template", new(
                $"没有名为“{name}”的邮件模板；可用的模板：{known}。",
                $"There is no mail template '{name}'; the templates are: {known}."));
        }
    }
}
