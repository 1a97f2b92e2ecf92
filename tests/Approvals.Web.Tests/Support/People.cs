using Approvals.Core.Checks;

namespace Approvals.Web.Tests.Support;

/// <summary>Valid, distinct ID numbers and credit codes, so each test files for a person of its own.</summary>
public static class People
{
    private static int _next = 100;

    public static string NewIdNumber()
    {
        var first17 = $"32050919900101{Interlocked.Increment(ref _next) % 1000:D3}";
        return first17 + ResidentIdNumber.ExpectedCheckCharacter(first17);
    }

    public static string CreditCode(string district)
    {
        var first17 = $"91{district}MA1TEHT00";
        return first17 + UnifiedSocialCreditCode.ExpectedCheckCharacter(first17);
    }
}
