using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sozialinfo.Knowledge.Core.Content.Nodes;

namespace Sozialinfo.Knowledge.Persistence.Configurations;

internal sealed class RedirectUrlConfiguration : IEntityTypeConfiguration<RedirectUrl>
{
    public void Configure(EntityTypeBuilder<RedirectUrl> builder)
    {
        builder.ToTable("RedirectUrls");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Culture).HasMaxLength(ContentVariant.CultureMaxLength).IsRequired();
        builder.Property(r => r.Path).HasMaxLength(RedirectUrl.PathMaxLength).IsRequired();

        builder.HasOne<ContentNode>()
            .WithMany()
            .HasForeignKey(r => r.NodeKey)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.Culture, r.Path }).IsUnique();
        builder.HasIndex(r => r.NodeKey);
    }
}
