using Microsoft.Extensions.Options;
using Sozialinfo.Knowledge.Features.Delivery;

namespace Sozialinfo.Knowledge.Features.Tests.Delivery;

public sealed class ContentTypeAccessTests
{
    [Fact]
    public void IsAllowed_NoLists_AllowsEverything()
    {
        var access = Access([], []);

        Assert.True(access.IsAllowed("article"));
        Assert.Empty(access.QueryFilters);
    }

    [Fact]
    public void IsAllowed_Disallowed_HidesCaseInsensitivelyAndFiltersEachTypeSeparately()
    {
        var access = Access(["event", "eventList"], []);

        Assert.False(access.IsAllowed("Event"));
        Assert.True(access.IsAllowed("article"));
        Assert.Equal(["contentType:!event", "contentType:!eventList"], access.QueryFilters);
    }

    [Fact]
    public void IsAllowed_AllowList_HidesEverythingElseAndDisallowedWins()
    {
        var access = Access(["dossier"], ["article", "dossier"]);

        Assert.True(access.IsAllowed("article"));
        Assert.False(access.IsAllowed("dossier"));
        Assert.False(access.IsAllowed("home"));
        Assert.Equal(["contentType:!dossier", "contentType:article,dossier"], access.QueryFilters);
    }

    private static ContentTypeAccess Access(string[] disallowed, string[] allowed)
    {
        var options = new DeliveryApiOptions();
        foreach (var alias in disallowed)
        {
            options.DisallowedContentTypeAliases.Add(alias);
        }

        foreach (var alias in allowed)
        {
            options.AllowedContentTypeAliases.Add(alias);
        }

        return new ContentTypeAccess(Options.Create(options));
    }
}
