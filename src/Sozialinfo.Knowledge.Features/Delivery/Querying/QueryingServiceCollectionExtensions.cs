using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sozialinfo.Knowledge.Features.Delivery.Querying.Filters;
using Sozialinfo.Knowledge.Features.Delivery.Querying.Selectors;
using Sozialinfo.Knowledge.Features.Delivery.Querying.Sorts;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying;

/// <summary>Registers the query service and its fetch/filter/sort handlers. Safe to call more than once.</summary>
internal static class QueryingServiceCollectionExtensions
{
    public static IServiceCollection AddContentQuerying(this IServiceCollection services)
    {
        services.TryAddEnumerable(
        [
            ServiceDescriptor.Singleton<ISelectorHandler, AncestorsSelector>(),
            ServiceDescriptor.Singleton<ISelectorHandler, ChildrenSelector>(),
            ServiceDescriptor.Singleton<ISelectorHandler, DescendantsSelector>(),
        ]);
        services.TryAddEnumerable(
        [
            ServiceDescriptor.Singleton<IFilterHandler, ContentTypeFilter>(),
            ServiceDescriptor.Singleton<IFilterHandler, NameFilter>(),
            ServiceDescriptor.Singleton<IFilterHandler, CreateDateFilter>(),
            ServiceDescriptor.Singleton<IFilterHandler, UpdateDateFilter>(),
            ServiceDescriptor.Singleton<IFilterHandler, TagFilter>(),
            ServiceDescriptor.Singleton<IFilterHandler, DimensionFilter>(),
            ServiceDescriptor.Singleton<IFilterHandler, MaturityLevelFilter>(),
            ServiceDescriptor.Singleton<IFilterHandler, DossierFilter>(),
        ]);
        services.TryAddEnumerable(
        [
            ServiceDescriptor.Singleton<ISortHandler, CreateDateSort>(),
            ServiceDescriptor.Singleton<ISortHandler, UpdateDateSort>(),
            ServiceDescriptor.Singleton<ISortHandler, LevelSort>(),
            ServiceDescriptor.Singleton<ISortHandler, NameSort>(),
            ServiceDescriptor.Singleton<ISortHandler, SortOrderSort>(),
        ]);
        services.TryAddSingleton<ContentQueryService>();
        services.TryAddSingleton<ContentQueryCache>();
        return services;
    }
}
