namespace Sozialinfo.Knowledge.Search.Lucene.Indexing;

/// <summary>One row of the field-definition table: name, kind, and whether the value is stored for highlighting.</summary>
internal sealed record IndexFieldDefinition(string Name, IndexFieldKind Kind, bool Stored = false);
