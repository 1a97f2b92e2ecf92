using Approvals.Workflows.Contracts;

namespace Approvals.Workflows.Services;

/// <summary>The engine on its own renders no mail: a host that declares no templates has its names left unchecked.</summary>
internal sealed class UndeclaredMailTemplates : IMailTemplateCatalog
{
    public IReadOnlyList<string>? Names => null;
}
