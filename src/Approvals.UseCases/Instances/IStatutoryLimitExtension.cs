using Approvals.Core.Access;

namespace Approvals.UseCases.Instances;

/// <summary>
/// Extends a case's statutory limit once by ten working days with a reason (行政许可法 art. 42); the applicant is told
/// on the case's timeline and by mail. Infrastructure's <c>StatutoryLimitExtension</c> implements it.
/// </summary>
public interface IStatutoryLimitExtension
{
    /// <returns>The clock with its new limit.</returns>
    /// <exception cref="Approvals.Text.NotFoundRefusal">no such instance, or one of another district (the same answer).</exception>
    /// <exception cref="Approvals.Text.ConflictRefusal">already extended, finished, not accepted yet (the limit has not started), or without a statutory limit.</exception>
    Task<StatutoryClockView> ExtendAsync(string instanceId, string reason, Caller scope, CancellationToken cancellationToken);
}
