using AIntops.Domain.Dashboards;

namespace AIntops.Infrastructure.Persistence.Configurations;

public sealed class WidgetConfiguration : IEntityTypeConfiguration<Widget>
{
    public void Configure(EntityTypeBuilder<Widget> builder)
    {
        // Widgets get their ids in the domain; a saved layout adds new widgets to a tracked dashboard.
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.Property(w => w.Type).HasMaxLength(Limits.ShortTextMaxLength);
        builder.Property(w => w.ConfigJson).HasMaxLength(4000);
    }
}
