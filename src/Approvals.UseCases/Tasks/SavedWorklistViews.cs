using Approvals.Core.Access;
using Approvals.Text;
using Approvals.UseCases.Data;
using Approvals.UseCases.Records;
using Microsoft.EntityFrameworkCore;

namespace Approvals.UseCases.Tasks;

/// <summary>A saved view as the inbox lists it: its name and the query string to open it with.</summary>
public sealed record SavedWorklistViewDto(string Id, string Name, string Query);

/// <summary>
/// The reviewer's saved worklist views. Each belongs to one user: another user's view is answered like a missing
/// one. Saving under a name the user already has replaces that view's filter.
/// </summary>
public sealed class SavedWorklistViews(IApprovalsDbContext db, TimeProvider clock)
{
    public const int NameMaxLength = 60;

    public async Task<IReadOnlyList<SavedWorklistViewDto>> ListAsync(Caller caller, CancellationToken cancellationToken)
    {
        var user = Owner(caller);
        var views = await db.SavedWorklistViews.AsNoTracking().Where(v => v.UserName == user).ToListAsync(cancellationToken);
        return [.. views.OrderBy(v => v.Name, StringComparer.CurrentCulture).Select(Dto)];
    }

    /// <exception cref="InvalidFieldsRefusal">no name, a name too long, or a query with a value the worklist cannot read.</exception>
    public async Task<SavedWorklistViewDto> SaveAsync(Caller caller, string? name, string? query, CancellationToken cancellationToken)
    {
        var user = Owner(caller);
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length is 0 or > NameMaxLength)
            throw new InvalidFieldsRefusal(new Dictionary<string, IReadOnlyList<LocalizedText>> { ["name"] = [Texts.Text(Texts.SavedWorklistViews_NameRequired, NameMaxLength)] });
        // A view keeps the filter, search and sort, never the page it was saved on.
        var normalized = WorklistQueryText.Format(WorklistQueryText.Parse(query ?? "") with { Page = 1 });
        var view = await db.SavedWorklistViews.FirstOrDefaultAsync(v => v.UserName == user && v.Name == trimmed, cancellationToken);
        if (view is null)
        {
            view = new SavedWorklistView { Id = Guid.NewGuid().ToString("N"), UserName = user, Name = trimmed, Query = normalized, CreatedAt = clock.GetUtcNow() };
            db.SavedWorklistViews.Add(view);
        }
        else
        {
            view.Query = normalized;
        }
        await db.SaveChangesAsync(cancellationToken);
        return Dto(view);
    }

    /// <exception cref="NotFoundRefusal">no such view of the caller's.</exception>
    public async Task DeleteAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        var user = Owner(caller);
        var view = await db.SavedWorklistViews.FirstOrDefaultAsync(v => v.Id == id && v.UserName == user, cancellationToken)
            ?? throw new NotFoundRefusal(Texts.Text(Texts.SavedWorklistViews_NotFound));
        db.SavedWorklistViews.Remove(view);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Owner(Caller caller) => caller.UserName ?? throw new ForbiddenRefusal(Texts.Text(Texts.SavedWorklistViews_SignInFirst));

    private static SavedWorklistViewDto Dto(SavedWorklistView view) => new(view.Id, view.Name, view.Query);
}
