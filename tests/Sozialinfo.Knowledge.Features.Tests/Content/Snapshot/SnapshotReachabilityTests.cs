using Sozialinfo.Knowledge.Core.Content.Nodes;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Features.Content.Editing;
using Sozialinfo.Knowledge.Features.Content.Snapshot;
using Sozialinfo.Knowledge.Markdown;

namespace Sozialinfo.Knowledge.Features.Tests.Content.Snapshot;

/// <summary>
/// The incremental update hands unreachable candidates to <see cref="ContentSnapshot"/> and relies on it to drop
/// them; that must select exactly what <see cref="PublishedSelection.Reachable"/> selects for a full build.
/// </summary>
public sealed class SnapshotReachabilityTests
{
    [Fact]
    public void ContentSnapshot_UnreachableCandidates_DropsTheSameNodesAsPublishedSelection()
    {
        var root = Node("home", parent: null);
        var list = Node("dossierList", root.Key);
        var dossier = Node("dossier", list.Key);
        var article = Node("article", dossier.Key);
        var orphan = Node("dossier", parent: Guid.NewGuid());
        var belowOrphan = Node("article", orphan.Key);
        var cycleA = Node("dossier", parent: null);
        var cycleB = Node("article", cycleA.Key);
        cycleA.ParentKey = cycleB.Key;
        var secondRoot = Node("home", parent: null);
        var belowSecondRoot = Node("dossierList", secondRoot.Key);
        List<ContentNode> candidates = [belowOrphan, article, cycleB, orphan, dossier, cycleA, list, root, secondRoot, belowSecondRoot];

        var markdown = new MarkdownRenderCache(MarkdownLimits.Default);
        var snapshot = new ContentSnapshot(
            1, candidates.Select(n => ContentSnapshotMapper.MapPreview(n, ContentTestStore.DocumentTypes, markdown)), []);

        var expected = PublishedSelection.Reachable(candidates).Select(n => n.Key).Order().ToList();
        Assert.Equal(expected, snapshot.All.Select(i => i.Key).Order().ToList());
        Assert.Equal(6, expected.Count);
    }

    private static ContentNode Node(string type, Guid? parent)
    {
        var key = Guid.NewGuid();
        return new ContentNode
        {
            Key = key,
            ParentKey = parent,
            ContentTypeAlias = type,
            Variants = [new ContentVariant { NodeKey = key, Culture = "de-CH", Name = type, UrlSegment = $"{type}-{key:N}" }],
        };
    }
}
