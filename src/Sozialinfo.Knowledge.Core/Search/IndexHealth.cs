namespace Sozialinfo.Knowledge.Core.Search;

public enum IndexHealth
{
    /// <summary>Complete and current.</summary>
    Healthy,

    /// <summary>
    /// Was missing, of an older schema or corrupt when opened and has been recreated empty: the caller must call
    /// <see cref="ISearchIndex.RebuildAsync"/> from the store before serving queries from it.
    /// </summary>
    RebuildRequired,
}
