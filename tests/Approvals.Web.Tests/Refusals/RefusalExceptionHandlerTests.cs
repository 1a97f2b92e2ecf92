using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Approvals.Text;
using Approvals.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Web.Tests.Refusals;

public sealed class RefusalExceptionHandlerTests
{
    public static TheoryData<Refusal, int, string, string> Kinds() => new()
    {
        { new NotFoundRefusal(new("没有找到任务“t1”。", "There is no task 't1'.")), 404, "未找到", "Not found" },
        { new ConflictRefusal(new("任务“t1”已办结。", "Task 't1' is already completed.")), 409, "冲突", "Conflict" },
        { new ForbiddenRefusal(new("任务“t1”由 Reviewer 角色办理。", "Task 't1' is for the role Reviewer.")), 403, "无权访问", "Forbidden" },
        { new InvalidRefusal(new("缺少办理结果。", "The outcome is missing.")), 400, "请求有误", "Bad request" },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Each_kind_of_refusal_answers_its_status_with_title_and_detail_in_Chinese_by_default(Refusal refusal, int status, string zhTitle, string enTitle)
    {
        var (code, problem) = await HandleAsync(refusal, culture: "zh-CN");

        Assert.Equal(status, code);
        Assert.Equal(status, (int)problem["status"]!);
        Assert.Equal(zhTitle, (string)problem["title"]!);
        Assert.Equal(refusal.Text.ZhCn, (string)problem["detail"]!);
        Assert.NotEqual(enTitle, zhTitle);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Each_kind_of_refusal_speaks_English_when_the_request_asks_for_it(Refusal refusal, int status, string zhTitle, string enTitle)
    {
        var (code, problem) = await HandleAsync(refusal, culture: "en");

        Assert.Equal(status, code);
        Assert.Equal(enTitle, (string)problem["title"]!);
        Assert.Equal(refusal.Text.En, (string)problem["detail"]!);
        Assert.NotEqual(zhTitle, enTitle);
    }

    [Fact]
    public async Task An_invalid_request_lists_every_field_with_its_messages_in_the_request_language()
    {
        var refusal = new InvalidRefusal(new("有 2 个字段填写有误。", "2 fields are not valid."), new Dictionary<string, IReadOnlyList<LocalizedText>>
        {
            ["name"] = [new("请填写姓名。", "Give a name.")],
            ["idNumber"] = [new("身份证号码无效。", "The ID number is not valid."), new("身份证号码已被使用。", "The ID number is taken.")],
        });

        var (code, problem) = await HandleAsync(refusal, culture: "en");

        Assert.Equal(400, code);
        Assert.Equal("2 fields are not valid.", (string)problem["detail"]!);
        Assert.Equal(["Give a name."], problem["errors"]!["name"]!.AsArray().Select(m => (string)m!));
        Assert.Equal(["The ID number is not valid.", "The ID number is taken."], problem["errors"]!["idNumber"]!.AsArray().Select(m => (string)m!));
    }

    [Fact]
    public async Task An_exception_that_is_no_refusal_is_left_to_the_host_as_a_failure()
    {
        var handler = new RefusalExceptionHandler(Services().GetRequiredService<IProblemDetailsService>());

        Assert.False(await handler.TryHandleAsync(Context("zh-CN", Services()), new InvalidOperationException("a bug"), default));
    }

    private static async Task<(int Status, JsonObject Problem)> HandleAsync(Refusal refusal, string culture)
    {
        var services = Services();
        var context = Context(culture, services);
        var handler = new RefusalExceptionHandler(services.GetRequiredService<IProblemDetailsService>());

        Assert.True(await handler.TryHandleAsync(context, refusal, default));

        context.Response.Body.Position = 0;
        return (context.Response.StatusCode, (await JsonSerializer.DeserializeAsync<JsonObject>(context.Response.Body))!);
    }

    private static ServiceProvider Services()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddProblemDetails();
        return services.BuildServiceProvider();
    }

    private static DefaultHttpContext Context(string culture, IServiceProvider services)
    {
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Headers.Accept = "application/json";
        context.Response.Body = new MemoryStream();
        var language = new CultureInfo(culture);
        context.Features.Set<IRequestCultureFeature>(new RequestCultureFeature(new RequestCulture(language, language), provider: null));
        return context;
    }
}
