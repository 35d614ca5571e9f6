using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sozialinfo.Knowledge.Core.Content.Nodes;

namespace Sozialinfo.Knowledge.Persistence.Configurations;

internal sealed class ContentNodeConfiguration : IEntityTypeConfiguration<ContentNode>
{
    public void Configure(EntityTypeBuilder<ContentNode> builder)
    {
        builder.ToTable("ContentNodes");
        builder.HasKey(n => n.Key);
        builder.Property(n => n.Key).ValueGeneratedNever();
        builder.Property(n => n.ContentTypeAlias).HasMaxLength(ContentNode.ContentTypeAliasMaxLength).IsRequired();

        builder.HasOne<ContentNode>()
            .WithMany()
            .HasForeignKey(n => n.ParentKey)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => n.ParentKey);

        builder.HasMany(n => n.Variants)
            .WithOne()
            .HasForeignKey(v => v.NodeKey)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
