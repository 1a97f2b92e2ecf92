using Approvals.Core.Applications;
using Approvals.Core.Registry;
using Microsoft.EntityFrameworkCore;
using Approvals.Testing;

namespace Approvals.Web.Tests.Support;

/// <summary>A registration in the registry issued by an earlier decided case of <see cref="TestUser"/>, so the holder follows what the bureau starts.</summary>
public static class HolderRegistrations
{
    public static async Task<string> RegisterAsync(MetrologyApiFactory factory, TestUser holder, string idNumber, string name, string district, int year)
    {
        var number = await RegistryRecords.RegisterAsync(factory, idNumber, name, MetrologistLevel.Level2, district, year, validForDays: 900);
        await factory.DatabaseAsync(async db =>
        {
            var issuing = new Application
            {
                Id = $"issued-{number}", Type = ApplicationType.InitialRegistration, ApplicantUserId = holder.Id, ApplicantEmail = holder.Email!,
                Status = ApplicationStatus.Approved, IdNumber = idNumber, PersonName = name, DistrictCode = district,
                CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
            };
            db.Applications.Add(issuing);
            (await db.Registrations.SingleAsync(r => r.Number == number)).ApplicationId = issuing.Id;
            return await db.SaveChangesAsync();
        });
        return number;
    }

    /// <summary>A multipart request of a regulator's cancellation or revocation, with one evidence file.</summary>
    public static MultipartFormDataContent BureauRequest(string reason, string? ground = null, bool withEvidence = true)
    {
        var form = new MultipartFormDataContent { { new StringContent(reason), "reason" } };
        if (ground is not null)
            form.Add(new StringContent(ground), "ground");
        if (withEvidence)
            form.Add(new ByteArrayContent(SampleDocuments.Pdf("evidence")), "evidence", "evidence.pdf");
        return form;
    }

    public static MultipartFormDataContent Statement(string text)
    {
        var form = new MultipartFormDataContent { { new StringContent(text), "text" } };
        form.Add(new ByteArrayContent(SampleDocuments.Pdf("statement")), "document", "statement.pdf");
        return form;
    }
}
