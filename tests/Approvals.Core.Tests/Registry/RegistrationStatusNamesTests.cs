using Approvals.Core.Registry;

namespace Approvals.Core.Tests.Registry;

public sealed class RegistrationStatusNamesTests
{
    [Theory]
    [InlineData(RegistrationStatus.Active, "有效", "Active")]
    [InlineData(RegistrationStatus.Expired, "已过期", "Expired")]
    [InlineData(RegistrationStatus.Cancelled, "已注销", "Cancelled")]
    [InlineData(RegistrationStatus.Revoked, "已撤销", "Revoked")]
    public void Every_status_reads_the_same_in_the_registry_and_the_public_check_in_both_languages(RegistrationStatus status, string chinese, string english)
    {
        var name = status.DisplayName();

        Assert.Equal((chinese, english), (name.ZhCn, name.En));
    }

    [Fact]
    public void Every_status_value_has_a_name()
    {
        foreach (var status in Enum.GetValues<RegistrationStatus>())
            Assert.False(string.IsNullOrWhiteSpace(status.DisplayName().En));
    }
}
