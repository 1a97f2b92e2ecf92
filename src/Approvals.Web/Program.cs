using Approvals.Web.Hosting;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    // Settings, workflows/ and reference/ are copied beside the assembly (build and publish), so the host runs the same
    // from any working directory; relative paths in the settings are read against this folder.
    ContentRootPath = AppContext.BaseDirectory,
});
builder.AddApprovals();

var app = builder.Build();
app.UseApprovals();
app.Run();

/// <summary>Visible to <c>WebApplicationFactory</c> in the tests.</summary>
public partial class Program;
