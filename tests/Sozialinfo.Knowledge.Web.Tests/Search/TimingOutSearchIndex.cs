using System.Reflection;
using Sozialinfo.Knowledge.Core.Search;

namespace Sozialinfo.Knowledge.Web.Tests.Search;

/// <summary>
/// Answers every call from the real index, but reports each search as cut short by the time bound. Not sealed and
/// public: DispatchProxy derives the proxy type from it.
/// </summary>
public class TimingOutSearchIndex : DispatchProxy
{
    private ISearchIndex _inner = null!;

    public static ISearchIndex Around(ISearchIndex inner)
    {
        var proxy = Create<ISearchIndex, TimingOutSearchIndex>();
        ((TimingOutSearchIndex)(object)proxy)._inner = inner;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        var result = targetMethod!.Invoke(_inner, args);
        return targetMethod.Name == nameof(ISearchIndex.Search) && result is SearchResults results ? results with { TimedOut = true } : result;
    }
}
