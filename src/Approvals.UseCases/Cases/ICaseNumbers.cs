namespace Approvals.UseCases.Cases;

/// <summary>
/// Case numbers, taken when the submission commits. A submission's first step runs with a stand-in for its number;
/// the commit takes the next number of the district and year in its own transaction, just before it writes the step's
/// rows, and puts the number in place of the stand-in wherever the step wrote it (the case, the instance's input, task
/// titles, mail, documents, journal). So no counter or write lock is held while the step runs, the numbers run without
/// gaps, and a submission that fails or is refused takes none.
/// </summary>
public interface ICaseNumbers
{
    /// <summary>The stand-in a submission in <paramref name="districtCode"/> writes until its commit gives it the number.</summary>
    string StandIn(string districtCode);
}
