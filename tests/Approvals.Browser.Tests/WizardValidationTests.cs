using Approvals.Browser.Tests.Support;
using Approvals.Core.Checks;
using Approvals.Infrastructure.Metrology.Registry;
using Approvals.Testing;
using Microsoft.Playwright;

namespace Approvals.Browser.Tests;

/// <summary>
/// The filing wizard shows the server's verdict on a bad upload beside the field it concerns, and stores nothing; and
/// it shows before submission what the automatic check would find, beside the field to fix.
/// </summary>
public sealed class WizardValidationTests(BrowserAppFactory app, Chromium chromium) : IClassFixture<BrowserAppFactory>, IClassFixture<Chromium>
{
    [Fact]
    public async Task A_text_file_renamed_to_pdf_is_refused_beside_its_upload_field()
    {
        var applicant = await chromium.Browser.SignInAsync(app, "applicant@approvals.local");
        await applicant.GoToInteractiveAsync("/applications");
        await applicant.GetByRole(AriaRole.Link, new() { Name = "新建申请" }).ClickAsync();
        await applicant.Locator("[data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

        await applicant.Locator("#personName").FillAsync("李四");
        // Another person than the applicant journey's: the hosts share a database, and an open draft for the same person blocks a second case.
        const string first17 = "31011819850512345";
        await applicant.Locator("#idNumber").FillAsync(first17 + ResidentIdNumber.ExpectedCheckCharacter(first17));
        await applicant.Locator("#phone").FillAsync("13900000001");
        await applicant.Locator("[data-testid=next]").ClickAsync();
        await FillQingpuEmployerAndGoOnAsync(applicant);
        await applicant.SelectAsync("level", "二级注册计量师");
        await applicant.Locator("#qualificationCertificateNumber").FillAsync("ZG-2026-0143");
        await applicant.Locator("#projects").FillAsync("长度计量");
        await applicant.Locator("#certificateNumber").FillAsync("JL-LOCAL-0043");
        await applicant.SelectAsync("certificateIssuer", "上海市青浦区市场监督管理局");
        await applicant.Locator("[data-testid=next]").ClickAsync();

        var renamed = new FilePayload { Name = "IdCard.pdf", MimeType = "application/pdf", Buffer = System.Text.Encoding.UTF8.GetBytes("这不是PDF，只是改了扩展名的文本。") };
        await applicant.ChooseFileAsync("#upload-IdCard", renamed);

        var problem = applicant.Locator("[data-kind=IdCard] [data-field=IdCard]");
        await Assertions.Expect(problem).ToContainTextAsync("更改扩展名不能转换文件格式");
        await Assertions.Expect(applicant.Locator("[data-kind=IdCard] [data-testid=uploaded]")).ToHaveCountAsync(0);
        await applicant.TakeAsync("29-wizard-renamed-upload-refused");
    }

    [Fact]
    public async Task A_pdf_cut_short_is_refused_beside_its_upload_field_and_a_whole_one_is_then_taken()
    {
        var applicant = await chromium.Browser.SignInAsync(app, "applicant@approvals.local");
        await applicant.GoToInteractiveAsync("/applications/new");
        await applicant.Locator("#personName").FillAsync("周中断");
        for (var step = 0; step < 3; step++)
            await applicant.Locator("[data-testid=next]").ClickAsync();
        var whole = SampleDocuments.Pdf("ApplicationForm");
        // What an interrupted download leaves: the first half of the file.
        var cutShort = new FilePayload { Name = "ApplicationForm.pdf", MimeType = "application/pdf", Buffer = whole[..(whole.Length / 2)] };

        await applicant.ChooseFileAsync("#upload-ApplicationForm", cutShort);

        var field = applicant.Locator("[data-kind=ApplicationForm]");
        await Assertions.Expect(field.Locator("[data-field=ApplicationForm]")).ToContainTextAsync("文件不完整或已损坏：它以PDF文件开头，却没有PDF文件应有的结尾");
        await Assertions.Expect(field.Locator("[data-testid=uploaded]")).ToHaveCountAsync(0);
        await applicant.TakeAsync("29-wizard-cut-short-upload-refused");

        await applicant.ChooseFileAsync("#upload-ApplicationForm", new FilePayload { Name = "ApplicationForm.pdf", MimeType = "application/pdf", Buffer = whole });
        await Assertions.Expect(field.Locator("[data-testid=uploaded]")).ToContainTextAsync("ApplicationForm.pdf");
        await Assertions.Expect(field.Locator("[data-field=ApplicationForm]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_large_upload_shows_the_file_and_how_much_has_arrived_and_then_the_stored_file()
    {
        var applicant = await chromium.Browser.SignInAsync(app, "applicant@approvals.local");
        await applicant.GoToInteractiveAsync("/applications/new");
        await applicant.Locator("#personName").FillAsync("王进度");
        for (var step = 0; step < 3; step++)
            await applicant.Locator("[data-testid=next]").ClickAsync();
        // 9 MB, under the 10 MB limit: the browser sends it in pieces over the circuit.
        var large = SampleDocuments.Pdf("ApplicationForm", padToBytes: 9_000_000);
        // Every state the page shows is recorded as it is drawn: a fast machine may finish the upload before a poll
        // would see a percentage, but it cannot draw one unrecorded.
        await applicant.EvaluateAsync(UploadStatusRecorder);

        await applicant.ChooseFileAsync("#upload-ApplicationForm", new FilePayload { Name = "ApplicationForm.pdf", MimeType = "application/pdf", Buffer = large });

        var field = applicant.Locator("[data-kind=ApplicationForm]");
        await Assertions.Expect(field.Locator("[data-testid=uploaded]")).ToContainTextAsync("ApplicationForm.pdf (8790 KB)");
        await Assertions.Expect(field.GetByRole(AriaRole.Status)).ToHaveTextAsync("已上传 ApplicationForm.pdf（8790 KB）。");
        await Assertions.Expect(applicant.Locator("[data-testid=upload-progress]")).ToHaveCountAsync(0);
        var shown = await applicant.EvaluateAsync<string[]>("() => window.uploadStates");
        Assert.Contains(shown, state => state.Contains("正在上传 ApplicationForm.pdf（8790 KB）", StringComparison.Ordinal)
            && System.Text.RegularExpressions.Regex.IsMatch(state, "已上传 [1-9][0-9]?%"));
        await applicant.TakeAsync("29-wizard-upload-done");
    }

    /// <summary>Records each distinct text of the documents step's upload areas as the page draws it.</summary>
    private const string UploadStatusRecorder = """
        () => {
            window.uploadStates = [];
            const record = () => {
                for (const field of document.querySelectorAll('[data-kind]')) {
                    const text = field.innerText;
                    if (window.uploadStates.at(-1) !== text) window.uploadStates.push(text);
                }
            };
            new MutationObserver(record).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        }
        """;

    [Fact]
    public async Task A_file_too_large_or_of_another_type_is_refused_at_once_by_name_in_the_pages_language()
    {
        var applicant = await chromium.Browser.SignInAsync(app, "applicant@approvals.local", new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        try
        {
            await applicant.GoToInteractiveAsync("/applications/new");
            await applicant.Locator("#personName").FillAsync("孙过大");
            for (var step = 0; step < 3; step++)
                await applicant.Locator("[data-testid=next]").ClickAsync();
            var field = applicant.Locator("[data-kind=Photo]");
            // The page's own button, not the browser's "Choose File".
            await Assertions.Expect(field.GetByTestId("choose-file")).ToHaveTextAsync("选择文件");
            await Assertions.Expect(field.GetByLabel("选择文件")).ToHaveAttributeAsync("type", "file");

            await applicant.ChooseFileAsync("#upload-Photo", new FilePayload { Name = "photo.png", MimeType = "image/png", Buffer = new byte[10 * 1024 * 1024 + 1] });
            await Assertions.Expect(field.GetByRole(AriaRole.Alert)).ToHaveTextAsync("photo.png（10241 KB）超过 10 MB，未上传。");
            await applicant.ChooseFileAsync("#upload-Photo", new FilePayload { Name = "photo.heic", MimeType = "image/heic", Buffer = new byte[100] });
            await Assertions.Expect(field.GetByRole(AriaRole.Alert)).ToHaveTextAsync("photo.heic 不是 PDF、JPG 或 PNG 文件，未上传。");
            await Assertions.Expect(field.Locator("[data-testid=uploaded]")).ToHaveCountAsync(0);
            Assert.False(await applicant.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"), "the documents step scrolls sideways on a phone");
            await applicant.AssertNoSeriousViolationsAsync("the documents step with a refused file");
            await applicant.TakeAsync("29-wizard-upload-refused-zh-390");

            await applicant.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
            await Assertions.Expect(applicant.Locator("html")).ToHaveAttributeAsync("lang", "en");
            await applicant.Locator("[data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            // The address follows the draft and its step: the English page opens the documents step again.
            await Assertions.Expect(field.GetByTestId("choose-file")).ToHaveTextAsync("Choose a file");
            await applicant.ChooseFileAsync("#upload-Photo", new FilePayload { Name = "photo.png", MimeType = "image/png", Buffer = new byte[10 * 1024 * 1024 + 1] });
            await Assertions.Expect(field.GetByRole(AriaRole.Alert)).ToHaveTextAsync("photo.png (10241 KB) is larger than 10 MB and was not uploaded.");
            await applicant.TakeAsync("29-wizard-upload-refused-en-390");
        }
        finally
        {
            await applicant.GotoAsync("/culture?name=zh-CN&returnUrl=/");
        }
    }

    [Fact]
    public async Task A_wrong_check_digit_of_the_ID_number_is_shown_beside_the_ID_field_before_submission()
    {
        var applicant = await chromium.Browser.SignInAsync(app, "applicant@approvals.local");
        await applicant.GoToInteractiveAsync("/applications/new");
        const string first17 = "31011819870707123";
        var wrong = ResidentIdNumber.ExpectedCheckCharacter(first17) == '0' ? '1' : '0';

        await applicant.Locator("#personName").FillAsync("周校验");
        await applicant.Locator("#idNumber").FillAsync(first17 + wrong);
        await applicant.Locator("[data-testid=next]").ClickAsync();
        await Assertions.Expect(applicant.Locator("[data-step='0'][data-has-findings=true]")).ToBeVisibleAsync();
        await applicant.Locator("[data-step='0']").ClickAsync();

        await Assertions.Expect(applicant.Locator("[data-field=idNumber]")).ToContainTextAsync("身份证号码校验码不正确");
        await applicant.TakeAsync("29-wizard-id-check-digit");
    }

    [Fact]
    public async Task Someone_already_registered_is_told_on_the_review_step_that_the_case_would_be_refused_and_cannot_submit()
    {
        // 杨磊 holds an active registration in the development registry.
        var (_, name, idNumber, creditCode, employer) = DevelopmentRegistrySeed.People[5];
        var applicant = await chromium.Browser.SignInAsync(app, "applicant@approvals.local");
        await applicant.GoToInteractiveAsync("/applications/new");
        await applicant.Locator("#personName").FillAsync(name);
        await applicant.Locator("#idNumber").FillAsync(idNumber);
        await applicant.Locator("[data-testid=next]").ClickAsync();
        await applicant.Locator("#employerName").FillAsync(employer);
        await applicant.Locator("#employerCreditCode").FillAsync(creditCode);
        await applicant.SelectAsync("employerDistrictCode", "嘉善县");
        await applicant.Locator("[data-testid=next]").ClickAsync();
        await applicant.Locator("#certificateNumber").FillAsync("JL-JS-DUP-1");
        await applicant.SelectAsync("certificateIssuer", "浙江省质量技术监督局");
        await applicant.Locator("[data-testid=next]").ClickAsync();
        await applicant.Locator("[data-testid=next]").ClickAsync();

        await Assertions.Expect(applicant.Locator("[data-testid=precheck-refusal]")).ToContainTextAsync("不予受理");
        await Assertions.Expect(applicant.Locator("[data-testid=precheck-refusal]")).ToContainTextAsync("您已有有效注册");
        await Assertions.Expect(applicant.Locator("[data-testid=submit]")).ToBeDisabledAsync();
        await applicant.TakeAsync("29-wizard-duplicate-refused");

        // The issuer was stored by its code and reads back by its name.
        await applicant.Locator("[data-step='2']").ClickAsync();
        await Assertions.Expect(applicant.Locator("#certificateIssuer")).ToHaveValueAsync("浙江省质量技术监督局");
    }

    [Theory]
    [InlineData(1366, 900, "31011819910415234", "孙省证")]
    [InlineData(390, 844, "31011819920526345", "吴省证")]
    public async Task An_applicant_fixes_a_wrong_ID_check_digit_at_the_field_picks_a_provincial_issuer_and_submits(int width, int height, string first17, string name)
    {
        var size = $"{width}x{height}";
        var applicant = await chromium.Browser.SignInAsync(app, "applicant@approvals.local", new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        await applicant.GoToInteractiveAsync("/applications/new");
        var right = ResidentIdNumber.ExpectedCheckCharacter(first17);

        await applicant.Locator("#personName").FillAsync(name);
        await applicant.Locator("#idNumber").FillAsync(first17 + (right == '0' ? '1' : '0'));
        await applicant.Locator("#phone").FillAsync("13900000002");
        await applicant.Locator("[data-testid=next]").ClickAsync();
        await Assertions.Expect(applicant.Locator("[data-step='0'][data-has-findings=true]")).ToBeVisibleAsync();
        await applicant.Locator("[data-step='0']").ClickAsync();
        await Assertions.Expect(applicant.Locator("[data-field=idNumber]")).ToContainTextAsync("身份证号码校验码不正确");
        await applicant.TakeAsync($"29-wizard-id-check-digit-at-the-field-{size}");

        await applicant.Locator("#idNumber").FillAsync(first17 + right);
        await applicant.Locator("[data-testid=next]").ClickAsync();
        await Assertions.Expect(applicant.Locator("[data-step='0'][data-has-findings=false]")).ToBeVisibleAsync();
        await FillQingpuEmployerAndGoOnAsync(applicant);
        await applicant.SelectAsync("level", "二级注册计量师");
        await applicant.Locator("#qualificationCertificateNumber").FillAsync($"ZG-2026-{first17[^4..]}");
        await applicant.Locator("#projects").FillAsync("长度计量");
        await applicant.Locator("#certificateNumber").FillAsync($"JS-PROV-{first17[^4..]}");

        // The issuers come grouped: the zone's three district bureaus, then city, provincial and national authorities;
        // the headings belong to the open list only, never to the page around it.
        await Assertions.Expect(applicant.Locator("[data-issuer-level]")).ToHaveCountAsync(0);
        await applicant.Locator("#certificateIssuer").Locator("xpath=ancestor::div[contains(@class,'mud-select')][1]").ClickAsync();
        var levels = applicant.Locator(".mud-popover-open [data-issuer-level]");
        await Assertions.Expect(levels).ToHaveCountAsync(4);
        Assert.Equal(["district", "municipal", "provincial", "national"], await levels.EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.dataset.issuerLevel)"));
        await Assertions.Expect(applicant.Locator(".mud-popover-open [data-issuer-level=provincial]")).ToHaveTextAsync("省级");
        var jiangsu = applicant.Locator(".mud-popover-open .mud-list-item", new() { HasText = "江苏省市场监督管理局" });
        await jiangsu.ScrollIntoViewIfNeededAsync();
        await applicant.TakeAsync($"29-wizard-issuer-picker-{size}");
        await jiangsu.ClickAsync();
        await jiangsu.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        await Assertions.Expect(applicant.Locator("#certificateIssuer")).ToHaveValueAsync("江苏省市场监督管理局");
        await applicant.Locator("[data-testid=next]").ClickAsync();

        foreach (var kind in new[] { "ApplicationForm", "QualificationCertificate", "ProjectAssessmentCertificate", "IdCard", "Photo", "EmploymentProof" })
        {
            await applicant.ChooseFileAsync($"#upload-{kind}", SignedInPages.Pdf(kind));
            await Assertions.Expect(applicant.Locator($"[data-kind={kind}] [data-testid=uploaded]")).ToBeVisibleAsync();
        }
        await applicant.Locator("[data-testid=next]").ClickAsync();
        await Assertions.Expect(applicant.Locator("[data-testid=submit]")).ToBeEnabledAsync();
        await Assertions.Expect(applicant.Locator("[data-testid=precheck-findings]")).ToHaveCountAsync(0);
        await applicant.TakeAsync($"29-wizard-review-clean-{size}");
        await applicant.Locator("[data-testid=submit]").ClickAsync();

        await Assertions.Expect(applicant.Locator("[data-testid=status]")).ToContainTextAsync("审核中");
        // The picker sets the same field the API takes: the issuer's code.
        var saved = await applicant.Context.APIRequest.GetAsync($"/api/applications/{applicant.Url.Split('/')[^1]}");
        var certificate = System.Text.Json.Nodes.JsonNode.Parse(await saved.TextAsync())!["form"]!["certificates"]![0]!;
        Assert.Equal("amr-320000", certificate["issuerCode"]!.GetValue<string>());
        await applicant.TakeAsync($"29-case-with-provincial-issuer-{size}");
    }

    private static async Task FillQingpuEmployerAndGoOnAsync(IPage applicant)
    {
        const string code17 = "91310118MA1TEHT00";
        await applicant.Locator("#employerName").FillAsync("青浦精密计量有限公司");
        await applicant.Locator("#employerCreditCode").FillAsync(code17 + UnifiedSocialCreditCode.ExpectedCheckCharacter(code17));
        await applicant.SelectAsync("employerDistrictCode", "青浦区");
        await applicant.Locator("#employerAddress").FillAsync("上海市青浦区华新镇");
        await applicant.Locator("[data-testid=next]").ClickAsync();
    }
}
