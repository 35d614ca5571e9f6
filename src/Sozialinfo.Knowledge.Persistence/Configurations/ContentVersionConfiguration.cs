using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sozialinfo.Knowledge.Core.Content.Nodes;

namespace Sozialinfo.Knowledge.Persistence.Configurations;

internal sealed class ContentVersionConfiguration : IEntityTypeConfiguration<ContentVersion>
{
    public void Configure(EntityTypeBuilder<ContentVersion> builder)
    {
        builder.ToTable("ContentVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Culture).HasMaxLength(ContentVariant.CultureMaxLength).IsRequired();
        builder.Property(v => v.Name).HasMaxLength(ContentVariant.NameMaxLength).IsRequired();
        builder.Property(v => v.UrlSegment).HasMaxLength(ContentVariant.UrlSegmentMaxLength).IsRequired();
        builder.Property(v => v.PropertiesJson).IsRequired();

        builder.HasOne<ContentNode>()
            .WithMany()
            .HasForeignKey(v => v.NodeKey)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.NodeKey, v.Culture, v.VersionNumber }).IsUnique();
    }
}
