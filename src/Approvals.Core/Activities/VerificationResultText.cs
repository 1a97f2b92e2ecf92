using System.Text.Json.Nodes;
using Approvals.Core.Districts;
using Approvals.Text;

namespace Approvals.Core.Activities;

/// <summary>
/// What a verification round that did not confirm everything found, said for the deciding reviewer: each subject
/// the issuing authority did not confirm, with its answer (denied, not found, not answered in time) and comment, and
/// each subject of an issuer outside the zone's districts that the registry does not hold, with the issuer named.
/// </summary>
public static class VerificationResultText
{
    /// <param name="round">the activity's variable: <c>requested</c> subjects and the <c>answers</c> given.</param>
    public static LocalizedText Describe(JsonObject round, DistrictDirectory districts)
    {
        var answers = (round["answers"] as JsonArray ?? []).OfType<JsonObject>()
            .ToDictionary(a => Key(a["number"], a["issuingDistrictCode"]), a => a, StringComparer.Ordinal);
        var zh = new List<string>();
        var en = new List<string>();
        foreach (var subject in (round["requested"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var number = subject["number"]?.GetValue<string>() ?? "";
            var issuer = subject["issuingDistrictCode"]?.GetValue<string>() ?? "";
            var answer = answers.GetValueOrDefault(Key(subject["number"], subject["issuingDistrictCode"]));
            var status = answer?["answer"]?.GetValue<string>();
            if (status == CrossDistrictVerificationActivity.Confirmed)
                continue;
            var comment = answer?["comment"]?.GetValue<string>();
            var district = districts.FindByCode(issuer);
            var (said, saidEn) = status switch
            {
                CrossDistrictVerificationActivity.Denied => ("答复不属实", "answered: not genuine or not valid"),
                CrossDistrictVerificationActivity.NotFound => ("答复查无此证", "answered: no such record"),
                _ => ("逾期未答复", "did not answer in time"),
            };
            zh.Add($"{number}（{district?.Name ?? issuer}）{said}{(comment is null ? "" : $"：{comment}")}");
            en.Add($"{number} ({district?.NameEn ?? issuer}) {saidEn}{(comment is null ? "" : $": {comment}")}");
        }
        foreach (var subject in (round["forReviewer"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var number = subject["number"]?.GetValue<string>() ?? "";
            var issuer = districts.Issuers.Find(subject["issuerCode"]?.GetValue<string>());
            zh.Add($"{number}（{issuer?.Zh}）登记簿中无记录，该发证机关不在平台上答复，请向其核实");
            en.Add($"{number} ({issuer?.En}) is not in the registry and its issuer does not answer on the platform: verify it with them");
        }
        return new LocalizedText(
            $"跨区核验未能确认：{string.Join("；", zh)}。请核实后决定：准予、不予或要求补正（如证书编号可能填错）。",
            $"Cross-district verification did not confirm: {string.Join("; ", en)}. Check and decide: approve, reject, or request corrections (e.g. a mistyped certificate number).");
    }

    /// <summary>A subject as its answers name it: number and issuing district.</summary>
    internal static string Key(JsonNode? number, JsonNode? issuer) => $"{number?.GetValue<string>()}\u0001{issuer?.GetValue<string>()}";
}
