using System.Text.Json.Nodes;
using Approvals.Core.Districts;
using Approvals.Core.Findings;
using Approvals.Text;

namespace Approvals.Core.Activities;

/// <summary>
/// What the deciding reviewer may send back to the applicant after a round ended NotFound, where a mistyped number is
/// likely: one correctable finding (补正) on the number's field for every subject its issuing district answered it
/// cannot find. A denial is never among them: a certificate that exists and is not valid is no typo.
/// </summary>
public static class VerificationCorrections
{
    /// <summary>The code of such a finding: the reviewer sends it, so it is not the automatic check's.</summary>
    public const string Code = Finding.ReviewerRequestCode + ".NumberNotFound";

    /// <param name="round">the activity's variable: <c>requested</c> subjects and the <c>answers</c> given.</param>
    public static IReadOnlyList<Finding> For(JsonObject round, DistrictDirectory districts)
    {
        var notFound = (round["answers"] as JsonArray ?? []).OfType<JsonObject>()
            .Where(a => a["answer"]?.GetValue<string>() == CrossDistrictVerificationActivity.NotFound)
            .Select(a => VerificationResultText.Key(a["number"], a["issuingDistrictCode"]))
            .ToHashSet(StringComparer.Ordinal);
        return (round["requested"] as JsonArray ?? []).OfType<JsonObject>()
            .Where(s => notFound.Contains(VerificationResultText.Key(s["number"], s["issuingDistrictCode"])))
            .Select(s => NumberNotFound(s, VerificationResultText.NearNumber(round, s) is not null, districts))
            .ToList();
    }

    /// <param name="nearInRegistry">the registry holds one of the applicant's own with a number very like it: said, but not which.</param>
    private static Finding NumberNotFound(JsonObject subject, bool nearInRegistry, DistrictDirectory districts)
    {
        var number = subject["number"]?.GetValue<string>() ?? "";
        var issuer = subject["issuingDistrictCode"]?.GetValue<string>() ?? "";
        var district = districts.FindByCode(issuer);
        var message = Texts.Text(Texts.VerificationCorrections_IssuingAuthorityAnsweredItHasNo, district?.Name ?? issuer, number, district?.NameEn ?? issuer);
        if (nearInRegistry)
        {
            var hint = Texts.Text(Texts.VerificationCorrections_YouHoldOneWithANearNumber);
            message = new LocalizedText(message.ZhCn + hint.ZhCn, message.En + " " + hint.En);
        }
        return new Finding(Code, message, Field: subject["field"]?.GetValue<string>());
    }
}
