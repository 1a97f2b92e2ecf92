using System.Globalization;
using Approvals.Text;
using Approvals.Workflows.Validation;

namespace Approvals.Web.Localization;

/// <summary>
/// The domain's and the engine's bilingual texts in the language of the current page or request (the request
/// localization sets <see cref="CultureInfo.CurrentUICulture"/>).
/// </summary>
public static class CurrentLanguage
{
    public static string Local(this LocalizedText text) => text.For(CultureInfo.CurrentUICulture.Name);

    public static string Local(this ValidationError error) => error.MessageFor(CultureInfo.CurrentUICulture.Name);
}
