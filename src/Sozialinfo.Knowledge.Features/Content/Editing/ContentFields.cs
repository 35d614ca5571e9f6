using Sozialinfo.Knowledge.Features.Http;

namespace Sozialinfo.Knowledge.Features.Content.Editing;

/// <summary>Names of the fields validation errors refer to; properties are "properties.{alias}".</summary>
internal static class ContentFields
{
    public const string Key = "key";
    public const string Type = "type";
    public const string Parent = "parent";
    public const string Culture = "culture";
    public const string Name = "name";
    public const string Segment = "segment";
    public const string SortOrder = "sortOrder";
    public const string PropertiesPrefix = "properties.";

    /// <summary>"properties.{alias}"; an alias the client made up is shortened like every echo (<see cref="InputEcho"/>).</summary>
    public static string Property(string alias) => PropertiesPrefix + InputEcho.Quote(alias);
}
