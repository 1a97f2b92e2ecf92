namespace Approvals.Web.Tests.Metrology.EndToEnd;

/// <summary>
/// Issue 11's table: application types × paths. Each property is one path and lists the types that have it; a type
/// a path does not apply to is named in a comment with the reason (and, where that is observable, tested as absent).
/// </summary>
public static class MatrixRows
{
    /// <summary>Accepted → approved at level 2 by one reviewer (a certificate recognition has no level and is decided the same way).</summary>
    public static TheoryData<string> AcceptedAndApproved => new() { "InitialRegistration", "Renewal", "RegistrationRecognition", "CertificateRecognition" };

    /// <summary>Level 1 → approved only by a second, different reviewer (four eyes).</summary>
    public static TheoryData<string> Level1WithFourEyes => new()
    {
        "InitialRegistration",
        "Renewal", // the level is the registry's, not the form's
        "RegistrationRecognition", // the level is the recognised registration's
        // CertificateRecognition: a project assessment certificate has no level, so no second approval ever opens
        // (A_certificate_recognition_has_no_level_so_one_reviewer_decides_and_no_second_approval_opens).
    };

    /// <summary>Correction notice → resubmitted → accepted → approved.</summary>
    public static TheoryData<string> CorrectedAndApproved => AcceptedAndApproved;

    /// <summary>Refusal to accept (不予受理): a condition no correction cures.</summary>
    public static TheoryData<string> NotAccepted => AcceptedAndApproved;

    /// <summary>Art. 42 extension by a regulator, once.</summary>
    public static TheoryData<string> Extended => AcceptedAndApproved;

    /// <summary>Rejection by the reviewer.</summary>
    public static TheoryData<string> Rejected => AcceptedAndApproved;

    /// <summary>The types that claim a certificate another zone district verifies.</summary>
    public static TheoryData<string> VerifiedByAnotherDistrict => new()
    {
        "InitialRegistration",
        "CertificateRecognition",
        // Renewal and RegistrationRecognition name a registration the shared registry holds: it is read from there and
        // nobody is asked, so NotFound / Denied / TimedOut cannot arise — a number the registry lacks is a correctable
        // finding of the automatic check instead (RegistrationRecognitionTests). Tested as absent:
        // A_type_whose_registration_the_shared_registry_holds_asks_no_other_district_so_no_verification_result_can_arise.
    };

    /// <summary>The types that ask no other district (see <see cref="VerifiedByAnotherDistrict"/>).</summary>
    public static TheoryData<string> ConfirmedFromTheRegistryAlone => new() { "Renewal", "RegistrationRecognition" };

    /// <summary>Verification NotFound / Denied / TimedOut → the deciding district's reviewer approves or rejects.</summary>
    public static TheoryData<string, string, string> VerificationResultsAndDecisions
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var type in new[] { "InitialRegistration", "CertificateRecognition" }) // as VerifiedByAnotherDistrict
                foreach (var result in new[] { "NotFound", "Denied", "TimedOut" })
                    foreach (var decision in new[] { "Approve", "Reject" })
                        data.Add(type, result, decision);
            return data;
        }
    }
}
