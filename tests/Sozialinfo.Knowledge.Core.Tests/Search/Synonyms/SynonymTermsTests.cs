using Sozialinfo.Knowledge.Core.Search.Synonyms;

namespace Sozialinfo.Knowledge.Core.Tests.Search.Synonyms;

public sealed class SynonymTermsTests
{
    [Theory]
    [InlineData("KI\nkünstliche Intelligenz")]
    [InlineData("KI\r\nkünstliche Intelligenz\r\n")]
    [InlineData("  KI ,  künstliche   Intelligenz ;")]
    [InlineData("KI\n\nki\nkünstliche Intelligenz\nKÜNSTLICHE INTELLIGENZ")]
    public void Parse_LinesCommasOrSemicolons_GivesTrimmedDistinctTerms(string value)
    {
        Assert.Equal(["KI", "künstliche Intelligenz"], SynonymTerms.Parse(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n , ; ")]
    public void Parse_Blank_GivesNoTerms(string? value)
    {
        Assert.Empty(SynonymTerms.Parse(value));
    }

    [Fact]
    public void Parse_TooManyOrTooLong_KeepsTheBoundedFirstTerms()
    {
        var value = string.Join('\n', Enumerable.Range(1, 30).Select(i => $"Begriff{i}")) + "\n" + new string('x', SynonymTerms.MaxTermLength + 1);

        var terms = SynonymTerms.Parse(value);

        Assert.Equal(SynonymTerms.MaxTerms, terms.Count);
        Assert.Equal("Begriff1", terms[0]);
    }
}
