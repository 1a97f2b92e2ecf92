namespace Approvals.Web.Features.Designer.Model;

/// <summary>An activity's new name in one language (<c>zh-CN</c> or <c>en</c>); null or empty removes it.</summary>
public sealed record NameEdit(string Culture, string? Name);
