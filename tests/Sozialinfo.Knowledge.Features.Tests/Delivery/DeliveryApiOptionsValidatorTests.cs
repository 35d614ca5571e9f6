using Sozialinfo.Knowledge.Features.Delivery;

namespace Sozialinfo.Knowledge.Features.Tests.Delivery;

public sealed class DeliveryApiOptionsValidatorTests
{
    private readonly DeliveryApiOptionsValidator _validator = new();

    [Fact]
    public void Validate_Defaults_Succeeds()
    {
        Assert.True(_validator.Validate(null, new DeliveryApiOptions()).Succeeded);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(100_001)]
    public void Validate_MaxTakeOutOfRange_Fails(int maxTake)
    {
        var result = _validator.Validate(null, new DeliveryApiOptions { MaxTake = maxTake });

        Assert.True(result.Failed);
        Assert.Contains("MaxTake", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PrivateAccessWithoutKey_Fails()
    {
        var result = _validator.Validate(null, new DeliveryApiOptions { PublicAccess = false });

        Assert.True(result.Failed);
        Assert.Contains("ApiKey", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BlankAlias_Fails()
    {
        var options = new DeliveryApiOptions();
        options.DisallowedContentTypeAliases.Add(" ");

        Assert.True(_validator.Validate(null, options).Failed);
    }
}
