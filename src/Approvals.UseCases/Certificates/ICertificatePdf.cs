namespace Approvals.UseCases.Certificates;

/// <summary>Renders a certificate as a one-page PDF (Infrastructure draws it).</summary>
public interface ICertificatePdf
{
    byte[] Render(CertificateContent content);
}
