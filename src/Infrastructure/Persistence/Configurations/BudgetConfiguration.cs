using AIntops.Domain.Budgets;
using AIntops.Domain.Organizations;

namespace AIntops.Infrastructure.Persistence.Configurations;

public sealed class BudgetConfiguration : IEntityTypeConfiguration<Budget>
{
    public void Configure(EntityTypeBuilder<Budget> builder)
    {
        builder.Property(b => b.Name).HasMaxLength(Limits.NameMaxLength);
        builder.Property(b => b.Period).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.ScopeKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.ScopeValue).HasMaxLength(BudgetLimits.ScopeValueMaxLength);
        builder.Property(b => b.Source).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.EvaluatedSource).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.State).HasConversion<string>().HasMaxLength(16);
        Threshold(builder.ComplexProperty(b => b.Warning), "Warning");
        Threshold(builder.ComplexProperty(b => b.Critical), "Critical");
        builder.Ignore(b => b.WarningNanoUsd);
        builder.Ignore(b => b.CriticalNanoUsd);
        builder.HasIndex(b => b.OrganizationId);
        builder.HasOne<Organization>().WithMany().HasForeignKey(b => b.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }

    private static void Threshold(ComplexPropertyBuilder<BudgetThreshold> threshold, string name)
    {
        threshold.Property(t => t.Percent).HasColumnName($"{name}Percent").HasPrecision(5, 2);
        threshold.Property(t => t.AmountNanoUsd).HasColumnName($"{name}AmountNanoUsd");
    }
}
