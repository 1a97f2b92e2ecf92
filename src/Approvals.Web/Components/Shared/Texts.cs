using System.Globalization;
using Approvals.Core.Findings;

namespace Approvals.Web.Components.Shared;

/// <summary>The domain's bilingual texts in the UI's language.</summary>
public static class Texts
{
    public static string Local(this LocalizedMessage message) => message.For(CultureInfo.CurrentUICulture.Name);
}
