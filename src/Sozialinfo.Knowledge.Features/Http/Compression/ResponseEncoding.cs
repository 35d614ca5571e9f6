namespace Sozialinfo.Knowledge.Features.Http.Compression;

/// <summary>The content codings the platform serves from its caches: none, Brotli or gzip.</summary>
internal enum ResponseEncoding
{
    Identity,
    Brotli,
    Gzip,
}
