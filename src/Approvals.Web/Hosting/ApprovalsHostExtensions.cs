using System.Text.Json.Serialization;
using Approvals.Infrastructure;
using Approvals.Web.Designer;
using Approvals.Web.Endpoints;
using Hangfire;

namespace Approvals.Web.Hosting;

public static class ApprovalsHostExtensions
{
    public static WebApplicationBuilder AddApprovals(this WebApplicationBuilder builder)
    {
        builder.Services.AddApprovalsInfrastructure(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddDesigner();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddHealthChecks();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return builder;
    }

    public static WebApplication UseApprovals(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapHealthChecks("/health");
        app.MapOpenApi();
        app.MapActivitiesApi();
        app.MapWorkflowDefinitionsApi();
        app.MapWorkflowInstancesApi();
        app.MapTasksApi();
        app.MapExpressionsApi();
        if (app.Environment.IsDevelopment())
        {
            // Until identity exists the dashboard is served to local requests only (Hangfire's default filter).
            app.MapHangfireDashboard("/hangfire");
        }
        return app;
    }
}
