using System.Text.Json.Nodes;

namespace Sozialinfo.Knowledge.Umbraco.Tests.TestSupport;

internal static class JsonAssert
{
    /// <summary>Asserts that two JSON texts hold the same document (property order and whitespace aside).</summary>
    public static void Equivalent(string expected, string actual)
    {
        var expectedNode = JsonNode.Parse(expected);
        var actualNode = JsonNode.Parse(actual);
        Assert.True(
            JsonNode.DeepEquals(expectedNode, actualNode),
            $"JSON differs.\nExpected: {expectedNode?.ToJsonString()}\nActual:   {actualNode?.ToJsonString()}");
    }
}
