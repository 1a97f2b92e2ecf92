using System.Globalization;
using Approvals.Infrastructure.Mail;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Approvals.Infrastructure.Tests.Mail;

internal static class TestEmails
{
    public const string RegistrationNumber = "YRD-JL-310118-2026-000123";

    public static readonly EmailRecipient ZhangSan = new("zhangsan@example.cn", "张三");
    public static readonly EmailRecipient Reviewer = new("reviewer.wujiang@example.cn", "Wujiang Reviewer");

    public static OutgoingEmail Approved(params EmailRecipient[] to) => new(
        to.Length == 0 ? [ZhangSan] : to,
        "审批通过",
        $"<p>您的注册计量师注册申请已批准。</p><p>注册证书编号：<strong>{RegistrationNumber}</strong></p>",
        $"您的注册计量师注册申请已批准。\n注册证书编号：{RegistrationNumber}\n",
        CultureInfo.GetCultureInfo("zh-CN"));

    public static SmtpOptions Options(string host = "", int port = 25) => new()
    {
        Host = host,
        Port = port,
        From = "示范区计量审批 <noreply@approvals.example.cn>",
    };

    public static MimeMessageFactory Factory(SmtpOptions? options = null, TimeProvider? time = null) =>
        new(Microsoft.Extensions.Options.Options.Create(options ?? Options()), time ?? new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero)));
}
