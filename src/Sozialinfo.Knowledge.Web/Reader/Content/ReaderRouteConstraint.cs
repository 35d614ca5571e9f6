using Microsoft.AspNetCore.Routing.Matching;

namespace Sozialinfo.Knowledge.Web.Reader.Content;

/// <summary>
/// Keeps the catch-all reader page off the paths of the APIs (<see cref="ReaderPath.IsReserved"/>). As a literal
/// policy it already takes the page out of the route table under /api and /umbraco, so there a wrong method gets the
/// API's own 405 with its true Allow header, and an unknown path a plain 404.
/// </summary>
internal sealed class ReaderRouteConstraint : IRouteConstraint, IParameterLiteralNodeMatchingPolicy
{
    public const string Name = "readerPath";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        !values.TryGetValue(routeKey, out var value) || value is not string path || !ReaderPath.IsReservedRoute(path);

    public bool MatchesLiteral(string parameterName, string literal) => !ReaderPath.IsReservedRoute(literal);
}
