namespace Sozialinfo.Knowledge.Umbraco;

/// <summary>Registered once by <see cref="SozialinfoKnowledgeBuilderExtensions.AddSozialinfoKnowledge"/>, so a second call can tell.</summary>
internal sealed class SozialinfoKnowledgeMarker;
