namespace Sozialinfo.Knowledge.Core.Content.DocumentTypes;

/// <summary>The validated set of document types, looked up by alias (case-sensitive, as in Umbraco).</summary>
public sealed class DocumentTypeCatalog
{
    private readonly Dictionary<string, DocumentType> _byAlias;

    public DocumentTypeCatalog(IEnumerable<DocumentType> documentTypes)
    {
        _byAlias = documentTypes.ToDictionary(t => t.Alias, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<DocumentType> All => _byAlias.Values;

    public DocumentType? Find(string alias) => _byAlias.GetValueOrDefault(alias);

    public bool Contains(string alias) => _byAlias.ContainsKey(alias);
}
