namespace Approvals.Web.Hosting;

public static class ApprovalsHostExtensions
{
    public static WebApplicationBuilder AddApprovals(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddHealthChecks();
        return builder;
    }

    public static WebApplication UseApprovals(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapHealthChecks("/health");
        return app;
    }
}
