namespace Approvals.Core.Districts;

/// <summary>
/// A district of the demonstration zone, identified by its GB/T 2260 administrative division code.
/// </summary>
/// <param name="Code">Six-digit division code, e.g. <c>310118</c>.</param>
/// <param name="Key">Stable lower-case key used in URLs and settings, e.g. <c>qingpu</c>.</param>
/// <param name="Name">Chinese name, e.g. 青浦区.</param>
/// <param name="NameEn">English name, e.g. Qingpu District.</param>
/// <param name="City">The city the district belongs to (for Qingpu, 上海市 itself).</param>
/// <param name="Province">The province-level division.</param>
/// <param name="ProvinceCode">Six-digit division code of the province.</param>
/// <param name="Bureau">The district market-regulation bureau whose reviewers decide its applications.</param>
/// <param name="ProvincialBureau">The provincial market-regulation bureau above it.</param>
public sealed record District(
    string Code,
    string Key,
    string Name,
    string NameEn,
    string City,
    string Province,
    string ProvinceCode,
    string Bureau,
    string ProvincialBureau);
