namespace Sozialinfo.Knowledge.Search.Lucene.Indexing;

/// <summary>How a field is indexed (Examine's field definition types, reduced to those we use).</summary>
internal enum IndexFieldKind
{
    /// <summary>Analysed German text (<see cref="Analysis.GermanSearchAnalyzer"/>), stored when highlighted.</summary>
    FullText,

    /// <summary>Exact, not analysed; filterable and counted as a facet (sorted-set doc values).</summary>
    Keyword,

    /// <summary>Exact, not analysed, filterable only (no doc values: never counted, sorted or read back).</summary>
    Term,

    /// <summary>A collation key (bytes) in sorted doc values: sortable in a language's order, not searchable.</summary>
    CollationKey,

    /// <summary>Exact single value, filterable, sortable and readable from doc values without loading stored fields.</summary>
    Sortable,

    /// <summary>A date as UTC ticks: range-queryable and sortable.</summary>
    Date,

    /// <summary>A whole number: range-queryable and sortable.</summary>
    Number,

    /// <summary>Words for type-ahead, spelling or name filters, each field with an analyzer of its own (see LuceneSearchIndex).</summary>
    Suggest,

    /// <summary>Stored only, returned with a hit.</summary>
    StoredOnly,
}
