using System.Globalization;
using Approvals.Web.Components.Shared;
using Approvals.Web.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Approvals.Web.Tests.Localization;

/// <summary>The designer's canvas labels outcome ports in the UI's language; a port of the definition's own keeps its name.</summary>
public sealed class OutcomeLabelsTests
{
    private static IStringLocalizer<SharedResource> Text() =>
        new StringLocalizer<SharedResource>(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    [Theory]
    [InlineData("zh-CN", "批准", "是")]
    [InlineData("en", "Approve", "Yes")]
    public void The_canvas_gets_every_known_port_labelled_in_the_UI_language(string culture, string approve, string yes)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var labels = OutcomeLabels.All(Text());

            Assert.Equal((approve, yes), (labels["Approve"], labels["True"]));
            Assert.False(labels.ContainsKey("High"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
