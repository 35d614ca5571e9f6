using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sozialinfo.Knowledge.Core.Content.Nodes;

namespace Sozialinfo.Knowledge.Persistence.Configurations;

internal sealed class ContentVariantConfiguration : IEntityTypeConfiguration<ContentVariant>
{
    public void Configure(EntityTypeBuilder<ContentVariant> builder)
    {
        builder.ToTable("ContentVariants");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Culture).HasMaxLength(ContentVariant.CultureMaxLength).IsRequired();
        builder.Property(v => v.Name).HasMaxLength(ContentVariant.NameMaxLength).IsRequired();
        builder.Property(v => v.UrlSegment).HasMaxLength(ContentVariant.UrlSegmentMaxLength).IsRequired();
        builder.Property(v => v.PropertiesJson).IsRequired();
        builder.Property(v => v.PublishedName).HasMaxLength(ContentVariant.NameMaxLength);
        builder.Property(v => v.PublishedUrlSegment).HasMaxLength(ContentVariant.UrlSegmentMaxLength);
        builder.Ignore(v => v.IsPublished);

        builder.HasIndex(v => new { v.NodeKey, v.Culture }).IsUnique();
    }
}
