namespace Stemma.Matching.Paraphrase;

/// <summary>Everything the features learn from labelled pairs: the latent space (with its word weights) and the TF-KLD weights of stems.</summary>
/// <param name="Latent">The latent space and the TF-KLD weights of whole words.</param>
/// <param name="Stems">The TF-KLD weights of content-word stems, which pool a word's inflections and derivations.</param>
internal sealed record ParaphraseWeights(LatentSpace Latent, TermWeights Stems)
{
    /// <summary>Learns the latent space and all the weights from labelled pairs.</summary>
    public static ParaphraseWeights Learn(IReadOnlyList<(SentenceProfile A, SentenceProfile B)> pairs, IReadOnlyList<bool> labels, CancellationToken ct) =>
        new(LatentSpace.Learn(pairs, labels, ParaphraseFeatures.LatentDimensions, ct),
            TermWeights.Learn(pairs, labels, ct));

    /// <summary>The same terms and vectors with every weight relearned from <paramref name="pairs"/> (for cross-fitting).</summary>
    public ParaphraseWeights Relearn(IReadOnlyList<(SentenceProfile A, SentenceProfile B)> pairs, IReadOnlyList<bool> labels, CancellationToken ct) =>
        new(Latent.WithWeights(LatentSpace.LearnWeights(pairs, labels, Latent.Terms, ct)),
            Stems.Relearn(pairs, labels, ct));
}
