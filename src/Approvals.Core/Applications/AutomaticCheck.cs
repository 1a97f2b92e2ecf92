using Approvals.Core.Districts;
using Approvals.Core.Documents;
using Approvals.Core.Findings;
using Approvals.Core.Settings;
using Approvals.Core.Workflow;
using Microsoft.Extensions.Options;

namespace Approvals.Core.Applications;

/// <summary>
/// The one automatic check (<see cref="ApplicationChecks"/> on the facts <see cref="IApplicationFacts"/> gathers), run
/// by the DocumentCheck step on a submitted case and by the wizard's pre-check on a form before submission, so the
/// applicant is told beforehand exactly what the check will find.
/// </summary>
public sealed class AutomaticCheck(
    IApplicationFacts facts,
    DistrictDirectory districts,
    IOptions<DocumentOptions> documents,
    IOptions<MetrologyOptions> options)
{
    public IReadOnlyList<Finding> Run(ApplicationCheckFacts gathered, DateOnly today) =>
        ApplicationChecks.Run(gathered, documents.Value.RequiredFor(gathered.Application.Type), districts, options.Value, today);

    /// <summary>The findings for an application that need not be saved: the form's values and the documents it has.</summary>
    public async Task<IReadOnlyList<Finding>> PrecheckAsync(Application application, DateOnly today, CancellationToken cancellationToken) =>
        Run(await facts.GatherForCheckAsync(application, today, cancellationToken), today);

    /// <summary>
    /// The findings for a saved application as the DocumentCheck step would record them if it were submitted now: the
    /// same load of the application, its documents and the registry facts; null when there is no such application.
    /// </summary>
    public async Task<IReadOnlyList<Finding>?> CheckSavedAsync(string applicationId, DateOnly today, CancellationToken cancellationToken) =>
        await facts.LoadForCheckAsync(applicationId, today, cancellationToken) is { } loaded ? Run(loaded, today) : null;
}
