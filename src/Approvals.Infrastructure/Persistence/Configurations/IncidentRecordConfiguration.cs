using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Persistence.Configurations;

internal sealed class IncidentRecordConfiguration : IEntityTypeConfiguration<IncidentRecord>
{
    public void Configure(EntityTypeBuilder<IncidentRecord> builder)
    {
        builder.ToTable("Incidents");
        builder.Property(i => i.Id).HasMaxLength(64);
        builder.Property(i => i.InstanceId).HasMaxLength(64);
        builder.Property(i => i.ActivityId).HasMaxLength(100);
        builder.Property(i => i.ActivityType).HasMaxLength(100);
        builder.HasIndex(i => i.InstanceId);
    }
}
