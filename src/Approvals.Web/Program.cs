using Approvals.Web.Hosting;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = RepositoryRoot.Locate(),
});
builder.AddApprovals();

var app = builder.Build();
app.UseApprovals();
app.Run();

/// <summary>Visible to <c>WebApplicationFactory</c> in the tests.</summary>
public partial class Program;
