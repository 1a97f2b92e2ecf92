namespace Approvals.Web.Tests.Support;

/// <summary>The host with a few settings of one test changed.</summary>
public sealed class ConfiguredApiFactory(IDictionary<string, string?> settings) : ApiFactory
{
    protected override IDictionary<string, string?> Settings => settings;
}
