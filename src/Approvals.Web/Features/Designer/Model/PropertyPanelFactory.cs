using Approvals.Core.Access;
using Approvals.Core.Districts;
using Approvals.UseCases.Mail;
using Approvals.Workflows.Models;
using Approvals.Workflows.Registry;

namespace Approvals.Web.Features.Designer.Model;

/// <summary>Builds the property panel of an activity from its type's input descriptors.</summary>
public sealed class PropertyPanelFactory(DistrictDirectory districts, IMailTemplates mailTemplates)
{
    public PropertyPanelModel Create(ActivityModel activity, ActivityDescriptor descriptor, string culture)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(descriptor);
        var fields = descriptor.Inputs.Select(input =>
        {
            var editor = EditorFor(input.Kind);
            return new PropertyField(
                input.Name,
                input.DisplayName.For(culture),
                input.Description.For(culture),
                editor,
                input.Required,
                input.AcceptsExpression || editor == PropertyEditorKind.Expression,
                OptionsFor(input, editor, culture),
                PropertyValueCodec.Read(editor, activity.Inputs[input.Name])) { Input = activity.Inputs[input.Name]?.DeepClone() };
        }).ToList();
        return new PropertyPanelModel(activity.Id, descriptor.Type, descriptor.DisplayName.For(culture), descriptor.Description.For(culture),
            activity.Names?.GetValueOrDefault(PerLanguage.Chinese) ?? activity.Name ?? "", fields)
        {
            Descriptor = descriptor,
            NameEn = activity.Names?.GetValueOrDefault(PerLanguage.English) ?? "",
        };
    }

    public static PropertyEditorKind EditorFor(InputKind kind) => kind switch
    {
        InputKind.String => PropertyEditorKind.Text,
        InputKind.MultilineText => PropertyEditorKind.MultilineText,
        // { "zh-CN": "...", "en": "..." }: a text field per language.
        InputKind.PerLanguageText => PropertyEditorKind.PerLanguageText,
        InputKind.Number => PropertyEditorKind.Number,
        InputKind.Integer => PropertyEditorKind.Integer,
        InputKind.Boolean => PropertyEditorKind.Switch,
        InputKind.Duration => PropertyEditorKind.WorkingDays,
        InputKind.Expression => PropertyEditorKind.Expression,
        InputKind.Choice => PropertyEditorKind.Select,
        InputKind.Role => PropertyEditorKind.RolePicker,
        InputKind.District => PropertyEditorKind.DistrictPicker,
        InputKind.StringList => PropertyEditorKind.StringList,
        InputKind.Json => PropertyEditorKind.Json,
        InputKind.EmailTemplate => PropertyEditorKind.EmailTemplate,
        InputKind.FormFields => PropertyEditorKind.FormFields,
        InputKind.SwitchCases => PropertyEditorKind.SwitchCases,
        InputKind.Escalation => PropertyEditorKind.Escalation,
        _ => PropertyEditorKind.Text,
    };

    private IReadOnlyList<EditorOption> OptionsFor(InputDescriptor input, PropertyEditorKind editor, string culture) => editor switch
    {
        PropertyEditorKind.Select => [.. (input.Choices ?? []).Select(c => new EditorOption(c, c))],
        // Only the roles that work tasks: an applicant or an employer never sees the task inbox, so a task for them would wait forever.
        PropertyEditorKind.RolePicker or PropertyEditorKind.Escalation => [.. ApprovalsRoles.TaskRoles.Select(r => new EditorOption(r, ApprovalsRoleNames.DisplayName(r).For(culture)))],
        PropertyEditorKind.EmailTemplate => [.. mailTemplates.Names.Select(n => new EditorOption(n, $"{n} · {mailTemplates.SampleSubject(n, culture)}"))],
        PropertyEditorKind.DistrictPicker => [.. districts.Districts.Select(d => new EditorOption(d.Code, IsEnglish(culture) ? d.NameEn : d.Name))],
        _ => [],
    };

    private static bool IsEnglish(string culture) => culture.StartsWith("en", StringComparison.OrdinalIgnoreCase);
}
