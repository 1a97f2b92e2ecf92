using Approvals.Core.Access;
using Approvals.Core.Applications;
using Approvals.Text;
using Approvals.UseCases.Registry;
using Approvals.Web.Features.Registry.Components;

namespace Approvals.Web.Tests.Registry;

public sealed class RegistryCaseLinksTests
{
    private static readonly RegistryCaseView Case = new(
        "app/1", "QP-2025-0001", ApplicationType.InitialRegistration, ApplicationStatus.InReview, new LocalizedText("审核中", "In review"),
        "310118", "张三", DateTimeOffset.UnixEpoch, "instance-1", "task-1");

    [Fact]
    public void A_regulator_opens_a_case_of_the_person_file_on_the_read_only_case_page_not_the_procedure_instance()
    {
        Assert.Equal("cases/app%2F1", RegistryCaseLinks.For(Reader(ApprovalsRoles.Regulator), Case));
    }

    [Fact]
    public void A_reviewer_opens_the_case_s_latest_task_and_without_one_gets_no_link()
    {
        Assert.Equal("tasks/task-1", RegistryCaseLinks.For(Reader(ApprovalsRoles.Reviewer), Case));
        Assert.Null(RegistryCaseLinks.For(Reader(ApprovalsRoles.Reviewer), Case with { TaskId = null }));
    }

    private static Caller Reader(string role) =>
        new("reader", "reader", "reader@bureau.test", new HashSet<string> { role }, "310118");
}
