using Sozialinfo.Knowledge.Core.Content;

namespace Sozialinfo.Knowledge.Core.Tests.Content;

public sealed class CulturesTests
{
    [Theory]
    [InlineData("de-CH", "de-CH")]
    [InlineData("fr-ch", "fr-CH")]
    [InlineData("IT-CH", "it-CH")]
    [InlineData("en-US", null)]
    [InlineData("de", null)]
    public void Normalize_Culture_GivesCanonicalCasingOrNull(string culture, string? expected)
    {
        Assert.Equal(expected, Cultures.Normalize(culture));
        Assert.Equal(expected is not null, Cultures.IsSupported(culture));
    }
}
