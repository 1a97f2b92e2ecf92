using System.Collections;
using System.Globalization;
using System.Resources;

namespace Approvals.Web.Tests.Localization;

/// <summary>The strings of one resource file of the UI, as written for one culture ("" is the Chinese default).</summary>
internal static class ResourceStrings
{
    public static Dictionary<string, string> Of(Type resource, string culture) =>
        new ResourceManager(resource).GetResourceSet(CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
}
