using Approvals.Core.Access;

namespace Approvals.UseCases.Instances;

/// <summary>The statutory clock of a case (working days on the calendar, which Infrastructure holds).</summary>
public interface IStatutoryClock
{
    /// <returns>null when the instance's definition has no statutory limit.</returns>
    /// <exception cref="Approvals.Text.NotFoundRefusal">no such instance, or one of another district (the same answer).</exception>
    Task<StatutoryClockView?> GetAsync(string instanceId, Caller scope, CancellationToken cancellationToken);
}
