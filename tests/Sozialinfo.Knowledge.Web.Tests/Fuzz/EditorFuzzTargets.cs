namespace Sozialinfo.Knowledge.Web.Tests.Fuzz;

/// <summary>
/// Content the editor API fuzz works on, created before it runs: a published article (for publish, unpublish and
/// moving under itself) and a dossier with a child article (for moving a node below its own descendant).
/// </summary>
internal sealed record EditorFuzzTargets(Guid Article, Guid Dossier, Guid DossierChild);
