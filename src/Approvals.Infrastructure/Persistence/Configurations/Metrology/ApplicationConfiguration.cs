using Approvals.Core.Applications;
using Approvals.Core.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Approvals.Infrastructure.Persistence.Configurations.Metrology;

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> builder)
    {
        builder.ToTable("Applications");
        builder.Property(a => a.Id).HasMaxLength(64);
        builder.Property(a => a.CaseNumber).HasMaxLength(CaseNumber.MaxLength);
        builder.Property(a => a.Type).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.Level).HasConversion<int?>();
        builder.Property(a => a.ApplicantUserId).HasMaxLength(256);
        builder.Property(a => a.ApplicantEmail).HasMaxLength(256);
        builder.Property(a => a.Culture).HasMaxLength(8).HasDefaultValue(ApplicantCultures.Default);
        builder.Property(a => a.DistrictCode).HasMaxLength(6);
        builder.Property(a => a.NamedRegistrationDistrictCode).HasMaxLength(6);
        builder.Property(a => a.PersonName).HasMaxLength(100);
        builder.Property(a => a.IdNumber).HasMaxLength(18);
        builder.Property(a => a.Phone).HasMaxLength(32);
        builder.Property(a => a.EmployerName).HasMaxLength(200);
        builder.Property(a => a.EmployerCreditCode).HasMaxLength(18);
        builder.Property(a => a.EmployerDistrictCode).HasMaxLength(6);
        builder.Property(a => a.EmployerAddress).HasMaxLength(300);
        builder.Property(a => a.QualificationCertificateNumber).HasMaxLength(64);
        builder.Property(a => a.RegistrationNumber).HasMaxLength(RegistryNumbers.MaxLength);
        builder.Property(a => a.IssuedNumber).HasMaxLength(32);
        builder.Property(a => a.InstanceId).HasMaxLength(64);
        builder.Property(a => a.Reason).HasMaxLength(Application.ReasonMaxLength);
        builder.Property(a => a.Ground).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.StartedByUserId).HasMaxLength(256);
        builder.Property(a => a.Statement).HasMaxLength(Application.StatementMaxLength);
        builder.Property(a => a.FiledBy).HasMaxLength(18);
        builder.Property(a => a.Projects).AsJson();
        builder.Property(a => a.Certificates).AsJson();
        builder.Property(a => a.Findings).AsJson();
        builder.Property(a => a.Revision).IsConcurrencyToken();
        builder.HasMany(a => a.Documents).WithOne().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Timeline).WithOne().HasForeignKey(t => t.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.ApplicantUserId);
        builder.HasIndex(a => new { a.IdNumber, a.Type, a.Status });
        builder.HasIndex(a => a.DistrictCode);
        builder.HasIndex(a => a.FiledBy);
        builder.HasIndex(a => a.CaseNumber).IsUnique();
        // The statutory clock reads its case by instance in steps that move it; registry answers look for a pending
        // renewal of the registrations they show. Without these, both read every case of the zone.
        builder.HasIndex(a => a.InstanceId);
        builder.HasIndex(a => a.RegistrationNumber);
        // The worklist's search by the start of the applicant's name (ID and case numbers use the two indexes above).
        builder.HasIndex(a => a.PersonName);
        // Statistics: cases submitted in a period per district, and open cases by status and age (PostgreSQL covers
        // them with the columns counted: PostgreSqlCoveringIndexes).
        builder.HasIndex(a => new { a.DistrictCode, a.SubmittedAt });
        builder.HasIndex(a => new { a.Status, a.DistrictCode, a.SubmittedAt });
        // Statistics: cases decided in a period per district, with their decision times and monthly trend.
        builder.HasIndex(a => new { a.DistrictCode, a.DecidedAt });
    }
}
