using System.Globalization;

namespace Sozialinfo.Knowledge.Search.Lucene.Indexing;

/// <summary>
/// The bytes that sort a name as Swiss German does, ignoring case ("Ärger" beside "Arbeit", not after "Zug"):
/// the ICU sort key, whose byte order is the culture's comparison order, so Lucene sorts names by comparing bytes.
/// </summary>
internal static class NameCollationKey
{
    // Far below Lucene's 32 KB limit for one doc-values term; names are never this long in practice.
    private const int MaxBytes = 2_048;

    private static readonly CompareInfo SwissGerman = CultureInfo.GetCultureInfo("de-CH").CompareInfo;

    public static byte[] For(string name)
    {
        var key = SwissGerman.GetSortKey(name, CompareOptions.IgnoreCase).KeyData;
        return key.Length <= MaxBytes ? key : key[..MaxBytes];
    }
}
