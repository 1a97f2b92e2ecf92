using System.Text.Json.Nodes;
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
        Texts.Text(Texts.SendEmailActivity_SendEMail),
        "Email",
        Texts.Text(Texts.SendEmailActivity_SendsEMailToRecipient),
        [
            new InputDescriptor("to", Texts.Text(Texts.SendEmailActivity_To), InputKind.String, true, Texts.Text(Texts.SendEmailActivity_RecipientAddressUsuallyExpression)),
            new InputDescriptor("subject", Texts.Text(Texts.SendEmailActivity_Subject), InputKind.String, false, Texts.Text(Texts.SendEmailActivity_SubjectMayUseVariablesXPlaceholders)) with { IsTemplate = true },
            new InputDescriptor("body", Texts.Text(Texts.SendEmailActivity_Body), InputKind.MultilineText, false, Texts.Text(Texts.SendEmailActivity_BodyMayUseVariablesXAnd)) with { IsTemplate = true },
            new InputDescriptor("template", Texts.Text(Texts.SendEmailActivity_Template), InputKind.EmailTemplate, false, Texts.Text(Texts.SendEmailActivity_NameOfMailTemplateHostRenders)),
            new InputDescriptor("isHtml", Texts.Text(Texts.SendEmailActivity_HTML), InputKind.Boolean, false, Texts.Text(Texts.SendEmailActivity_WhetherBodyIsHTML)) with { Default = false },
            new InputDescriptor("culture", Texts.Text(Texts.SendEmailActivity_Culture), InputKind.String, false, Texts.Text(Texts.SendEmailActivity_ZhCNDefaultOrEn)),
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
            yield return new ValidationError($"{path}.inputs.subject", Texts.Text(Texts.SendEmailActivity_ActivityNeedsSubjectOrTemplateThat, activity.Id));
        if (activity.Inputs["template"] is JsonValue template && template.TryGetValue(out string? name)
            && templates.Names is { } names && !names.Contains(name, StringComparer.Ordinal))
        {
            var known = string.Join(", ", names);
            yield return new ValidationError($"{path}.inputs.template", Texts.Text(Texts.SendEmailActivity_ThereIsNoMailTemplateTemplates, name, known));
        }
    }
}
