using Sozialinfo.Knowledge.Features.Delivery.Requests;

namespace Sozialinfo.Knowledge.Features.Tests.Delivery.Requests;

public sealed class PagingTests
{
    [Theory]
    [InlineData(null, null, 0, 10)]
    [InlineData("", "", 0, 10)]
    [InlineData("5", "0", 5, 0)]
    [InlineData("2147483647", "1000", int.MaxValue, 1000)]
    public void Parse_ValidValues_ReturnsSkipAndTake(string? skip, string? take, int expectedSkip, int expectedTake)
    {
        var errors = new Dictionary<string, string[]>();

        var (actualSkip, actualTake) = Paging.Parse(skip, take, 1000, errors);

        Assert.Empty(errors);
        Assert.Equal((expectedSkip, expectedTake), (actualSkip, actualTake));
    }

    [Theory]
    [InlineData("-1", null, "skip")]
    [InlineData(null, "-5", "take")]
    [InlineData(null, "1001", "take")]
    [InlineData(null, "abc", "take")]
    [InlineData("1.5", null, "skip")]
    [InlineData("99999999999999999999999", null, "skip")]
    [InlineData("2147483648", null, "skip")]
    [InlineData(null, "0x10", "take")]
    public void Parse_InvalidValue_AddsErrorForThatParameter(string? skip, string? take, string parameter)
    {
        var errors = new Dictionary<string, string[]>();

        Paging.Parse(skip, take, 1000, errors);

        Assert.Equal([parameter], errors.Keys);
    }
}
