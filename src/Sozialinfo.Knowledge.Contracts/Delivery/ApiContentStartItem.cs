namespace Sozialinfo.Knowledge.Contracts.Delivery;

/// <summary>The root an item lives under: its key and its URL segment (Umbraco's <c>IApiContentStartItem</c>).</summary>
/// <param name="Id">The key of the root item.</param>
/// <param name="Path">The URL segment of the root item, for example <c>home</c>.</param>
public sealed record ApiContentStartItem(Guid Id, string Path);
