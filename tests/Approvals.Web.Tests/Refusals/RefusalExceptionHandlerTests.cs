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
    private static readonly LocalizedText Why = new("任务“t1”不能办理。", "Task 't1' cannot be completed.");

    public static TheoryData<Refusal, string, int, string, string> Kinds() => new()
    {
        { new NotFoundRefusal(Why), "zh-CN", 404, "未找到", Why.ZhCn },
        { new NotFoundRefusal(Why), "en", 404, "Not found", Why.En },
        { new ConflictRefusal(Why), "zh-CN", 409, "冲突", Why.ZhCn },
        { new ConflictRefusal(Why), "en", 409, "Conflict", Why.En },
        { new ForbiddenRefusal(Why), "zh-CN", 403, "无权访问", Why.ZhCn },
        { new ForbiddenRefusal(Why), "en", 403, "Forbidden", Why.En },
        { new InvalidRefusal(Why), "zh-CN", 400, "请求有误", Why.ZhCn },
        { new InvalidRefusal(Why), "en", 400, "Bad request", Why.En },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Each_kind_of_refusal_answers_its_status_with_title_and_detail_in_the_request_language(
        Refusal refusal, string culture, int status, string title, string detail)
    {
        var (code, problem) = await HandleAsync(refusal, culture);

        Assert.Equal(status, code);
        Assert.Equal(status, (int)problem["status"]!);
        Assert.Equal(title, (string)problem["title"]!);
        Assert.Equal(detail, (string)problem["detail"]!);
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
