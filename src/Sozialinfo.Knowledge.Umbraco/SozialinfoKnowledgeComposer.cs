using Umbraco.Cms.Core.Composing;
using Umbraco.Cms.Core.DependencyInjection;

namespace Sozialinfo.Knowledge.Umbraco;

/// <summary>
/// The package's entry point: Umbraco finds this composer when the package is installed and calls
/// <see cref="SozialinfoKnowledgeBuilderExtensions.AddSozialinfoKnowledge"/>. A site may call that method itself instead;
/// calling both is harmless.
/// </summary>
public sealed class SozialinfoKnowledgeComposer : IComposer
{
    /// <inheritdoc />
    public void Compose(IUmbracoBuilder builder) => builder.AddSozialinfoKnowledge();
}
