using System.Text.Json.Serialization;
using Approvals.Core.Districts;
using Approvals.Core;
using Approvals.Infrastructure;
using Approvals.UseCases;
using Approvals.Workflows;
using Approvals.Web.Features.Designer.Model;
using Approvals.Web.Authorization;
using Approvals.Web.Components;
using Approvals.Web.Api;
using Approvals.Web.Features.Account.Api;
using Approvals.Web.Features.Admin.Api;
using Approvals.Web.Features.Statistics.Api;
using Approvals.Web.Features.Applications.Api;
using Approvals.Web.Features.Designer.Api;
using Approvals.Web.Features.Employer.Api;
using Approvals.Web.Features.Instances.Api;
using Approvals.Web.Features.Registry.Api;
using Approvals.Web.Features.Tasks.Api;
using Approvals.Web.Identity;
using Approvals.Web.Localization;
using Hangfire;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MudBlazor.Services;
using Scalar.AspNetCore;

namespace Approvals.Web.Hosting;

public static class ApprovalsHostExtensions
{
    public static WebApplicationBuilder AddApprovals(this WebApplicationBuilder builder)
    {
        builder.Services.AddApprovalsEngine();
        builder.Services.AddMetrology();
        builder.Services.AddApprovalsApplication();
        builder.Services.AddApprovalsInfrastructure(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddDesigner();
        builder.Services.AddApprovalsIdentity(builder.Configuration);
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = StatusProblems.Describe);
        builder.Services.AddExceptionHandler<RefusalExceptionHandler>();
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<ICallerContext, ClaimsCallerContext>();
        builder.Services.AddTrustedProxies(builder.Configuration);
        builder.Services.AddRegistryCheckRateLimit(builder.Configuration);
        builder.Services.AddRequestBodyLimits(builder.Configuration);
        builder.Services.AddOptions<DeploymentOptions>().Bind(builder.Configuration.GetSection(DeploymentOptions.SectionName)).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DeploymentOptions>, ProductionSettingsValidator>());
        builder.Services.AddHealthChecks();
        builder.Services.AddApprovalsTelemetry(builder.Configuration);
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));

        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(SupportedCultures.Configure);
        // MudBlazor 9 needs the interactive server components registered before its services.
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddScoped<Components.ScopedWork>();
        builder.Services.AddScoped<Components.Shared.WorklistChanges>();
        builder.Services.AddScoped<Components.Shared.InstanceLabelsReader>();
        return builder;
    }

    public static WebApplication UseApprovals(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            // After the forwarded headers: a request the proxy received over HTTPS is not sent round again.
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UseExceptionHandler();
        app.UseJsonBodyLimit();
        app.UseStatusCodePages();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapApprovalsHealth();
        app.MapApprovalsMetrics();
        app.MapOpenApi().RequireAuthorization(Policies.Administrator);
        app.MapScalarApiReference().RequireAuthorization(Policies.Administrator);
        app.MapAuthApi();
        app.MapAccountEndpoints();
        app.MapActivitiesApi();
        app.MapWorkflowDefinitionsApi();
        app.MapWorkflowInstancesApi();
        app.MapTasksApi();
        app.MapExpressionsApi();
        app.MapApplicationsApi();
        app.MapRegistryApi();
        app.MapStatisticsApi();
        app.MapRegistrationEndingsApi();
        app.MapRegistryImportsApi();
        app.MapEmployerApi();
        app.MapVerificationsApi();
        app.MapAdminOutboxApi();
        app.MapAdminCalendarApi();
        app.MapAdminAuditApi();
        app.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [new AdministratorDashboardFilter()] })
            .RequireAuthorization(Policies.Administrator);
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
