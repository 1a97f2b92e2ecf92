using Approvals.Core.Checks;

namespace Approvals.Core.Tests.Checks;

public sealed class NumberNearMatchTests
{
    [Theory]
    [InlineData("JS-PA-2024-0137", "JS-PA-2024-0173")] // two neighbours swapped
    [InlineData("JS-PA-2024-013", "JS-PA-2024-0137")] // a digit left out
    [InlineData("JS-PA-2024-01377", "JS-PA-2024-0137")] // a digit added
    [InlineData("JS-PA-2024-O137", "JS-PA-2024-0137")] // letter O for zero
    [InlineData("JS-PA-2024-0237", "JS-PA-2024-0137")] // a digit replaced
    [InlineData("JS-PA-2024-2137", "JS-PA-2024-0138")] // two keystrokes
    [InlineData("ＪＳ－ＰＡ－２０２４－０１３７", "JS-PA-2024-0137")] // full-width
    [InlineData("js pa 2024 0137", "JS-PA-2024-0137")] // case and spaces for dashes
    public void A_number_a_keystroke_or_two_from_the_recorded_one_is_a_likely_typo(string typed, string recorded) =>
        Assert.True(NumberNearMatch.IsLikelyTypo(typed, recorded));

    [Theory]
    [InlineData("JS-PA-2024-0137", "JS-PA-2024-0137")] // the same number is no typo
    [InlineData("JS-PA-2024-9999", "JS-PA-2024-0137")] // four keystrokes apart
    [InlineData("JS-PA-2023-0246", "JS-PA-2024-0137")]
    [InlineData("A-12", "A-21")] // too short to tell a typo from another number
    public void A_number_that_is_the_same_or_far_from_the_recorded_one_is_no_typo(string typed, string recorded) =>
        Assert.False(NumberNearMatch.IsLikelyTypo(typed, recorded));
}
