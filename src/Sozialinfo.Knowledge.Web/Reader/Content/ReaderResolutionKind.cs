namespace Sozialinfo.Knowledge.Web.Reader.Content;

internal enum ReaderResolutionKind
{
    Page,
    Redirect,
    NotFound,
    Reserved,
}
