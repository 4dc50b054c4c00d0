using AIntops.Domain.Ingest;
using AIntops.Domain.Organizations;
using AIntops.Domain.Teams;
using AIntops.Domain.Users;

namespace AIntops.Infrastructure.Persistence.Configurations;

public sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(Limits.NameMaxLength);
        // Names are unique per organization whatever their case: the handlers compare them case-insensitively before saving.
        builder.HasIndex(t => new { t.OrganizationId, t.Name }).IsUnique();
        builder.HasOne<Organization>().WithMany().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Keys).WithOne().HasForeignKey(k => k.TeamId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Keys).HasField("_keys").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(t => t.Members).WithOne().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Members).HasField("_members").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(t => t.PrimaryKey);
    }
}

public sealed class TeamKeyConfiguration : IEntityTypeConfiguration<TeamKey>
{
    public void Configure(EntityTypeBuilder<TeamKey> builder)
    {
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.Key).HasMaxLength(IngestLimits.DimensionMaxLength);
        builder.HasIndex(k => new { k.OrganizationId, k.Key }).IsUnique();
        builder.HasIndex(k => k.TeamId);
    }
}

public sealed class TeamMemberConfiguration : IEntityTypeConfiguration<TeamMember>
{
    public void Configure(EntityTypeBuilder<TeamMember> builder)
    {
        builder.HasKey(m => new { m.TeamId, m.UserId });
        builder.HasIndex(m => new { m.OrganizationId, m.UserId });
        builder.HasOne<User>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
