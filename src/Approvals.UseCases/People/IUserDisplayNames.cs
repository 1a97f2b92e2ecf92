namespace Approvals.UseCases.People;

/// <summary>
/// The names people gave themselves, for pages that show who did what. Journals, tasks and the runtime record a
/// person by user name (the sign-in e-mail) or, for the applicant's own steps, by user id; both are looked up.
/// Infrastructure's <c>UserDisplayNames</c> implements it over the user store.
/// </summary>
public interface IUserDisplayNames
{
    /// <summary>Display names by the user name or id they were asked for; unknown keys (e.g. "deadline") are left out.</summary>
    Task<IReadOnlyDictionary<string, string>> ForAsync(IEnumerable<string?> userNamesOrIds, CancellationToken cancellationToken);
}
