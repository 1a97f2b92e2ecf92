namespace Approvals.Core.Districts;

/// <summary>
/// Where an applicant may challenge a district bureau's decision, as the refusal letter names them: administrative
/// reconsideration by the people's government of the same district (Administrative Reconsideration Law, 2023,
/// art. 24), or an administrative suit before the district's basic people's court.
/// </summary>
public sealed record AppealBodies(string ReviewBody, string Court)
{
    public static AppealBodies For(District district, string culture) => culture == "en"
        ? new($"the People's Government of {district.NameEn}", $"the People's Court of {district.NameEn}")
        : new($"{district.City}{district.Name}人民政府", $"{district.City}{district.Name}人民法院");
}
