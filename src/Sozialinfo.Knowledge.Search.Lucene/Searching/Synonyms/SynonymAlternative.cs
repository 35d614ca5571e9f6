namespace Sozialinfo.Knowledge.Search.Lucene.Searching.Synonyms;

/// <summary>
/// Another term of a group that a query word belongs to, with the share of the synonym weight the word carries: a
/// match of several words spreads the weight over them, so a text with only the synonym scores the weight once.
/// </summary>
internal sealed record SynonymAlternative(SynonymForm Form, float Weight);
