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
            var said = status switch
            {
                CrossDistrictVerificationActivity.Denied => Texts.Text(Texts.VerificationResultText_AnsweredNotGenuineOrNotValid),
                CrossDistrictVerificationActivity.NotFound => Texts.Text(Texts.VerificationResultText_AnsweredNoSuchRecord),
                _ => Texts.Text(Texts.VerificationResultText_DidNotAnswerInTime),
            };
            var near = status == CrossDistrictVerificationActivity.NotFound && NearNumber(round, subject) is { } nearNumber
                ? Texts.Text(Texts.VerificationResultText_HolderHoldsNearNumber, nearNumber) : null;
            zh.Add($"{number}（{district?.Name ?? issuer}）{said.ZhCn}{(comment is null ? "" : $"：{comment}")}{near?.ZhCn}");
            en.Add($"{number} ({district?.NameEn ?? issuer}) {said.En}{(comment is null ? "" : $": {comment}")}{near?.En}");
        }
        foreach (var subject in (round["forReviewer"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var number = subject["number"]?.GetValue<string>() ?? "";
            var issuer = districts.Issuers.Find(subject["issuerCode"]?.GetValue<string>());
            var notAnswering = Texts.Text(Texts.VerificationResultText_NotInRegistryIssuerNotOnPlatform, number, issuer?.Zh, issuer?.En);
            zh.Add(notAnswering.ZhCn);
            en.Add(notAnswering.En);
        }
        return Texts.Text(Texts.VerificationResultText_CrossDistrictVerificationDidNotConfirm, string.Join("；", zh), string.Join("; ", en));
    }

    /// <summary>The number of the holder's own record that the subject's number most likely mistypes, when the round found one.</summary>
    internal static string? NearNumber(JsonObject round, JsonObject subject)
    {
        var key = Key(subject["number"], subject["issuingDistrictCode"]);
        return (round["nearMatches"] as JsonArray ?? []).OfType<JsonObject>()
            .FirstOrDefault(m => Key(m["number"], m["issuingDistrictCode"]) == key)?["nearNumber"]?.GetValue<string>();
    }

    /// <summary>A subject as its answers name it: number and issuing district.</summary>
    internal static string Key(JsonNode? number, JsonNode? issuer) => $"{number?.GetValue<string>()}\u0001{issuer?.GetValue<string>()}";
}
