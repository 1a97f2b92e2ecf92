namespace Approvals.Core.Checks;

/// <summary>
/// An identity number as anything public shows it: the first four and the last four characters, the rest as
/// asterisks (<c>3101**********1234</c>), so a document or a check page names the holder without disclosing it.
/// </summary>
public static class MaskedIdNumber
{
    private const int Shown = 4;

    public static string Of(string idNumber) =>
        idNumber.Length <= 2 * Shown ? new string('*', idNumber.Length) : idNumber[..Shown] + new string('*', idNumber.Length - 2 * Shown) + idNumber[^Shown..];
}
