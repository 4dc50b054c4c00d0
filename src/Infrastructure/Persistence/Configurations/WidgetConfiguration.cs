using AIntops.Domain.Common;
using AIntops.Domain.Dashboards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AIntops.Infrastructure.Persistence.Configurations;

public sealed class WidgetConfiguration : IEntityTypeConfiguration<Widget>
{
    public void Configure(EntityTypeBuilder<Widget> builder)
    {
        builder.Property(w => w.Type).HasMaxLength(Limits.ShortTextMaxLength);
        builder.Property(w => w.ConfigJson).HasMaxLength(4000);
    }
}
