namespace Sozialinfo.Knowledge.Web.Editor;

/// <summary>One stored value on the editors' status page that cannot be rendered and is left out of its item.</summary>
/// <param name="Key">The item's key, for the editor API.</param>
/// <param name="Name">The item's name in that culture.</param>
/// <param name="Culture">The culture (de-CH, ...).</param>
/// <param name="State">"Entwurf" or "Veröffentlicht": which copy of the item is broken.</param>
/// <param name="Property">The property alias.</param>
/// <param name="Reason">Why it cannot be rendered, in German.</param>
internal sealed record UnrenderedContentView(Guid Key, string Name, string Culture, string State, string Property, string Reason);
