namespace Sozialinfo.Knowledge.Core.Search;

/// <summary>One need from a Digital-Check result: a dimension (without the "dc-dimension:" prefix), the maturity
/// level reached or aimed at (1-5, as in "dc-stufe:n"), and how much it matters (any positive number).</summary>
public sealed record RecommendationNeed(string Dimension, int Level, double Weight);
