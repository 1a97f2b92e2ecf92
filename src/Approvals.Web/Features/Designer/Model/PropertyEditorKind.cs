namespace Approvals.Web.Features.Designer.Model;

/// <summary>The editor the property panel shows for an input.</summary>
public enum PropertyEditorKind
{
    Text,
    MultilineText,
    Number,
    Integer,
    Switch,
    Select,
    RolePicker,
    DistrictPicker,
    /// <summary>A whole number of working days ("5" is saved as "5wd"); other durations are kept as typed.</summary>
    WorkingDays,
    /// <summary>A JavaScript expression, checked against the server as it is typed.</summary>
    Expression,
    /// <summary>One item per line.</summary>
    StringList,
    Json,
    /// <summary>A select of the shipped mail templates.</summary>
    EmailTemplate,
    /// <summary>Rows of name, label, type and required; or the JSON.</summary>
    FormFields,
    /// <summary>Rows of port name and condition; or the JSON.</summary>
    SwitchCases,
    /// <summary>An action with the role or outcome it needs, or none; or the JSON.</summary>
    Escalation,
    /// <summary>One text per language (a task's title, its description), each a field of its own.</summary>
    PerLanguageText,
}
