namespace Approvals.Core.Districts;

/// <summary>
/// Where an applicant may challenge a district bureau's decision, as the refusal letter names them: administrative
/// reconsideration by the people's government of the same district (Administrative Reconsideration Law, 2023,
/// art. 24), or an administrative suit before the district's basic people's court.
/// </summary>
public sealed record AppealBodies(string ReviewBody, string Court)
{
    public static AppealBodies For(District district, string culture)
    {
        var reviewBody = Texts.Text(Texts.AppealBodies_ReviewBody, district.City, district.Name, district.NameEn);
        var court = Texts.Text(Texts.AppealBodies_Court, district.City, district.Name, district.NameEn);
        return culture == "en" ? new(reviewBody.En, court.En) : new(reviewBody.ZhCn, court.ZhCn);
    }
}
