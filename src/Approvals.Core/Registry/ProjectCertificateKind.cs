namespace Approvals.Core.Registry;

/// <summary>The two kinds of certificate a metrologist holds per project.</summary>
public enum ProjectCertificateKind
{
    /// <summary>Metrology project assessment certificate (计量专业项目考核合格证).</summary>
    ProjectAssessment,

    /// <summary>Metrology verifier certificate issued by a former metrology authority (计量检定员证).</summary>
    Verifier,
}
