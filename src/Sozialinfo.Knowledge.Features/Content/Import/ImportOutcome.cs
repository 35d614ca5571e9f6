namespace Sozialinfo.Knowledge.Features.Content.Import;

/// <summary>What importing one seed file did to the store.</summary>
public enum ImportOutcome
{
    Imported,
    Updated,
    Unchanged,
}
