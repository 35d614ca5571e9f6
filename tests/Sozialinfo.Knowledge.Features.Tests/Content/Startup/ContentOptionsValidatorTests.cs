using Microsoft.Extensions.Hosting.Internal;
using Sozialinfo.Knowledge.Features.Content;
using Sozialinfo.Knowledge.Features.Content.Startup;
using Sozialinfo.Knowledge.Markdown;

namespace Sozialinfo.Knowledge.Features.Tests.Content.Startup;

public sealed class ContentOptionsValidatorTests
{
    private static readonly ContentOptionsValidator Validator = new(new HostingEnvironment { ContentRootPath = Path.GetTempPath() });

    [Fact]
    public void Validate_DefaultMarkdownLimits_Succeeds()
    {
        Assert.True(Validator.Validate(null, new ContentOptions()).Succeeded);
    }

    [Fact]
    public void Validate_MarkdownLimitsOutOfRange_FailsNamingTheSetting()
    {
        var options = new ContentOptions { Markdown = new MarkdownLimits { MaxNestingDepth = 200 } };

        var result = Validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Equal(["Content:Markdown:MaxNestingDepth must be between 1 and 32 (is 200)."], result.Failures);
    }
}
