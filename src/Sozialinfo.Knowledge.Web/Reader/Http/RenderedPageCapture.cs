namespace Sozialinfo.Knowledge.Web.Reader.Http;

/// <summary>Asks <see cref="RenderedPageCaptureFilter"/> to keep the page being rendered under its ETag.</summary>
internal sealed record RenderedPageCapture(RenderedPageStore Store, string EntityTag)
{
    public static readonly object ItemKey = new();
}
