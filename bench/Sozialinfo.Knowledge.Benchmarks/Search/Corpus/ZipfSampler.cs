namespace Sozialinfo.Knowledge.Benchmarks.Search.Corpus;

/// <summary>
/// Draws words with Zipf-like frequencies (Zipf-Mandelbrot): the word of rank r (from 1) has weight
/// 1 / (r + offset)^exponent; the offset flattens the head so no single word dominates every sentence.
/// </summary>
internal sealed class ZipfSampler
{
    private readonly string[] _words;
    private readonly double[] _cumulative;

    public ZipfSampler(string[] words, double exponent, double offset)
    {
        _words = words;
        _cumulative = new double[words.Length];
        var sum = 0.0;
        for (var rank = 0; rank < words.Length; rank++)
        {
            sum += 1.0 / Math.Pow(rank + 1 + offset, exponent);
            _cumulative[rank] = sum;
        }

        for (var rank = 0; rank < words.Length; rank++)
        {
            _cumulative[rank] /= sum;
        }
    }

    public string Next(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble());
        return _words[Math.Min(index < 0 ? ~index : index, _words.Length - 1)];
    }
}
