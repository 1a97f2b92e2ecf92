namespace Approvals.Core.Issuers;

/// <summary>
/// An authority that issued or issues metrology certificates (考核合格证, 检定员证), as <c>reference/issuers.json</c>
/// lists it: a market-regulation bureau (<c>current</c>) or a former quality and technical supervision bureau
/// (<c>former</c>), national to district.
/// </summary>
/// <param name="Id">The issuer's code, e.g. <c>qts-320000</c>; what a form names.</param>
/// <param name="Division">Its GB/T 2260 administrative division code; none for a national administration.</param>
/// <param name="Level"><c>national</c>, <c>provincial</c>, <c>municipal</c> or <c>district</c>.</param>
/// <param name="Kind"><c>current</c> or <c>former</c>.</param>
/// <param name="Zh">Chinese name.</param>
/// <param name="En">English name.</param>
public sealed record Issuer(string Id, string? Division, string Level, string Kind, string Zh, string En);
