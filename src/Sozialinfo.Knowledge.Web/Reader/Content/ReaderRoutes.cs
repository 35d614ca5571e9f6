using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Sozialinfo.Knowledge.Web.Reader.Content;

/// <summary>
/// The routes of the one content page (Pages/Content): "/" and "/{segment}/{**rest}", for GET and HEAD only. The first
/// segment is a parameter with <see cref="ReaderRouteConstraint"/> rather than a root catch-all, because routing
/// adds a root catch-all below every literal path, the APIs' included: a wrong method on an API would then list the
/// page's HEAD in its Allow header, and a HEAD there would end in a 404 instead of the API's 405.
/// </summary>
internal static class ReaderRoutes
{
    public const string RootTemplate = "";

    public static readonly string PathTemplate = $"{{segment:{ReaderRouteConstraint.Name}}}/{{**rest}}";

    public static void Apply(PageRouteModel model)
    {
        var page = model.Selectors[0];
        page.AttributeRouteModel!.Template = PathTemplate;
        model.Selectors.Clear();
        model.Selectors.Add(page);
        model.Selectors.Add(new SelectorModel(page) { AttributeRouteModel = new AttributeRouteModel(page.AttributeRouteModel) { Template = RootTemplate } });
        foreach (var selector in model.Selectors)
        {
            // Reading only: other methods get 405 from routing, before the page or its antiforgery check runs.
            selector.EndpointMetadata.Add(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
        }
    }
}
