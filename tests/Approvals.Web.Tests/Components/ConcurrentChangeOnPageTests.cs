using System.Globalization;
using Approvals.Web.Components;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Approvals.Web.Tests.Components;

/// <summary>
/// Two people saving the same thing: the one who comes second gets a message telling them to reload, and the page
/// keeps working (the circuit lives), whichever page saves, because every page saves through <see cref="ScopedWork"/>.
/// </summary>
public sealed class ConcurrentChangeOnPageTests : BunitContext
{
    public ConcurrentChangeOnPageTests()
    {
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddScoped<ScopedWork>();
        Services.AddSingleton<Store>();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Theory]
    [InlineData("zh-CN", "其他人刚刚修改了此内容")]
    [InlineData("en", "Someone else changed this in the meantime")]
    public async Task A_save_that_lost_the_race_says_to_reload_and_the_page_still_works(string culture, string message)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        var snackbar = Render<MudSnackbarProvider>();
        var page = Render<SavingPage>();
        var store = Services.GetRequiredService<Store>();
        store.ChangedByAnother = true;

        await page.Find("button").ClickAsync(new());

        snackbar.WaitForAssertion(() => Assert.Contains(message, snackbar.Markup, StringComparison.Ordinal));
        Assert.Equal("saved 0", page.Find("p").TextContent);

        store.ChangedByAnother = false;
        await page.Find("button").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Equal("saved 1", page.Find("p").TextContent));
    }

    /// <summary>A row another person may have saved first, as EF reports it.</summary>
    public sealed class Store
    {
        public bool ChangedByAnother { get; set; }

        public int Saves { get; private set; }

        public Task<int> SaveAsync(CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ChangedByAnother)
                throw new DbUpdateConcurrencyException("The row was changed since it was read.");
            return Task.FromResult(++Saves);
        }
    }

    /// <summary>A page that saves through <see cref="ScopedWork"/> like every page of the host.</summary>
    private sealed class SavingPage : ComponentBase
    {
        [Inject] private ScopedWork Scopes { get; set; } = default!;

        private int _saved;

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "button");
            builder.AddAttribute(1, "onclick", EventCallback.Factory.Create(this, SaveAsync));
            builder.AddContent(2, "save");
            builder.CloseElement();
            builder.OpenElement(3, "p");
            builder.AddContent(4, $"saved {_saved}");
            builder.CloseElement();
        }

        private async Task SaveAsync() => _saved = await Scopes.RunAsync((Store store, CancellationToken ct) => store.SaveAsync(ct));
    }
}
