using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Sozialinfo.Knowledge.Search.Lucene.Analysis;

/// <summary>Emits each word folded plain, then, where it differs, folded German at the same position.</summary>
internal sealed class NameFoldingFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private string? _pending;
    private State? _pendingState;

    public NameFoldingFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pending is not null)
        {
            RestoreState(_pendingState);
            _term.SetEmpty().Append(_pending);
            _increment.PositionIncrement = 0;
            _pending = null;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        var word = _term.ToString();
        var plain = NameFolding.Fold(word, german: false);
        var german = NameFolding.Fold(word, german: true);
        _term.SetEmpty().Append(plain);
        if (!string.Equals(plain, german, StringComparison.Ordinal))
        {
            _pending = german;
            _pendingState = CaptureState();
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending = null;
        _pendingState = null;
    }
}
