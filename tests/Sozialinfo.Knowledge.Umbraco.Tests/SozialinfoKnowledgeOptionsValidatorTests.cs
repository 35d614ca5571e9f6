namespace Sozialinfo.Knowledge.Umbraco.Tests;

public sealed class SozialinfoKnowledgeOptionsValidatorTests
{
    private readonly SozialinfoKnowledgeOptionsValidator _validator = new();

    [Theory]
    [InlineData("https://knowledge.sozialinfo.example", "de-CH")]
    [InlineData("http://localhost:5080/knowledge", "fr-CH")]
    [InlineData("https://knowledge.example", "it")]
    public void Validate_CompleteOptions_Succeeds(string baseUrl, string culture)
    {
        var result = _validator.Validate(null, Valid(new Uri(baseUrl), culture: culture));

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData("ftp://knowledge.example", "PlatformBaseUrl")]
    [InlineData("/relative/path", "PlatformBaseUrl")]
    public void Validate_NonHttpBaseUrl_FailsNamingTheSetting(string baseUrl, string setting)
    {
        var result = _validator.Validate(null, Valid(new Uri(baseUrl, UriKind.RelativeOrAbsolute)));

        Assert.True(result.Failed);
        Assert.Contains($"Sozialinfo:Knowledge:{setting}", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_MissingApiKey_Fails(string apiKey)
    {
        var result = _validator.Validate(null, Valid(apiKey: apiKey));

        Assert.Contains("Sozialinfo:Knowledge:PlatformApiKey", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Deutsch")]
    [InlineData("de_CH")]
    public void Validate_MalformedCulture_Fails(string culture)
    {
        var result = _validator.Validate(null, Valid(culture: culture));

        Assert.Contains("Sozialinfo:Knowledge:Culture", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(121)]
    public void Validate_TimeoutOutsideOneSecondToTwoMinutes_Fails(int seconds)
    {
        var options = Valid();
        options.RequestTimeout = TimeSpan.FromSeconds(seconds);

        var result = _validator.Validate(null, options);

        Assert.Contains("Sozialinfo:Knowledge:RequestTimeout", result.FailureMessage, StringComparison.Ordinal);
    }

    private static SozialinfoKnowledgeOptions Valid(Uri? baseUrl = null, string apiKey = "key", string culture = "de-CH") => new()
    {
        PlatformBaseUrl = baseUrl ?? new Uri("https://knowledge.example"),
        PlatformApiKey = apiKey,
        Culture = culture,
    };
}
