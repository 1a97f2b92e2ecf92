namespace Approvals.Web.Hosting;

/// <summary>
/// How the platform is deployed, bound from the "Deployment" section: <c>Nodes</c> is how many hosts run on the
/// same database (behind one proxy). Several nodes need PostgreSQL: SQLite is one file on one machine.
/// </summary>
public sealed class DeploymentOptions
{
    public const string SectionName = "Deployment";

    public int Nodes { get; set; } = 1;
}
