namespace Stemma.Matching.Paraphrase;

/// <summary>
/// The lexical features of a sentence pair. Every feature is symmetric (swapping the sentences gives the
/// same vector) because which sentence comes first carries no meaning in a pair.
/// </summary>
internal static class ParaphraseFeatures
{
    // Add-one smoothing of BLEU's n-gram precisions, so one missing 4-gram does not zero the score (Lin and Och 2004).
    private const double BleuSmoothing = 1.0;

    private const int BleuOrder = 4;

    // A word linked to one of the other sentence's words by a single WordNet pointer (hypernym, derivation…)
    // counts as this much of a match in the aligned overlap; a synonym counts fully (Mihalcea et al. 2006 give
    // path-based similarities of 1/(1 + path length), and a one-pointer path is length 1).
    private const double RelatedSimilarity = 0.5;

    /// <summary>
    /// Dimensions of the TF-KLD latent space (<see cref="LatentSpace"/>); each gives two features (the sum and the
    /// absolute difference of the two sentence vectors). Chosen by 5-fold cross-validation on the MSRP training part
    /// among 5, 10, 25, 50 and 100 (accuracy 0.789, 0.790, 0.788, 0.786, 0.782; without them 0.788).
    /// </summary>
    public const int LatentDimensions = 10;

    /// <summary>The names of the lexical features (computed without WordNet), in vector order.</summary>
    public static IReadOnlyList<string> LexicalNames { get; } =
    [
        "word1.min", "word1.max", "word1.f",
        "word2.min", "word2.max", "word2.f",
        "word3.min", "word3.max", "word3.f",
        "word4.f",
        "stem.min", "stem.max", "stem.f",
        "stem.unmatched.min", "stem.unmatched.max",
        "char3.f", "char4.f", "char5.f",
        "lcs.min", "lcs.max", "stemlcs.max",
        "edit.ratio",
        "length.ratio", "length.diff", "length.log",
        "number.unmatched", "number.mismatch", "number.agree",
        "negation.mismatch",
        "name.f", "name.unmatched",
        "bleu.min", "bleu.max",
        "substring.max",
        "unmatchedrun.max", "unmatchedrun.ratio",
        "weighted.min", "weighted.max",
        "calendar.mismatch",
        "stem.f.squared", "stem.f.x.length",
        "idf.overlap.min", "idf.overlap.max", "idf.unmatched.min", "idf.unmatched.max",
        "kld.shared", "kld.unmatched.min", "kld.unmatched.max", "latent.cosine",
        "kldstem.shared", "kldstem.unmatched.min", "kldstem.unmatched.max",
        "number.count.min", "number.count.max", "number.onesided", "number.changed",
        .. Enumerable.Range(0, LatentDimensions).Select(d => $"latent.sum.{d:D3}"),
        .. Enumerable.Range(0, LatentDimensions).Select(d => $"latent.diff.{d:D3}"),
    ];

    /// <summary>The names of the features that need WordNet, after the lexical ones.</summary>
    public static IReadOnlyList<string> WordNetNames { get; } =
    [
        "wn.synonym.min", "wn.synonym.max", "wn.related.min", "wn.related.max",
        "wn.synonym.count", "wn.related.count",
        "wn.unmatched.min", "wn.unmatched.max", "wn.unmatched.idf.max",
        "wn.antonym",
    ];

    /// <summary>The names of all features (lexical, then WordNet), in vector order; a saved model lists them so a mismatch is caught on load.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. LexicalNames, .. WordNetNames];

    public static int LexicalCount => LexicalNames.Count;

    public static int Count => Names.Count;

    /// <summary>
    /// Fills <paramref name="features"/>: the lexical features when it has <see cref="LexicalCount"/> slots, all
    /// of them when it has <see cref="Count"/> (both profiles must then carry WordNet senses).
    /// </summary>
    public static void Compute(SentenceProfile a, SentenceProfile b, DocumentFrequencies idf, ParaphraseWeights weights, Span<double> features)
    {
        LatentSpace latent = weights.Latent;
        bool withWordNet = features.Length == Count;
        if (!withWordNet && features.Length != LexicalCount)
        {
            throw new ArgumentException($"the feature vector needs {LexicalCount} or {Count} slots; got {features.Length}.", nameof(features));
        }

        if (withWordNet && (a.Senses is null || b.Senses is null))
        {
            throw new ArgumentException("the WordNet features need profiles made with WordNet.", nameof(features));
        }

        int k = 0;
        // The shared n-grams of each order, counted once for both the containments and BLEU in each direction.
        Span<int> sharedGrams = stackalloc int[BleuOrder];
        for (int g = 0; g < BleuOrder; g++)
        {
            sharedGrams[g] = SentenceProfile.Overlap(a.WordGrams[g], b.WordGrams[g]);
        }

        for (int g = 0; g < 3; g++)
        {
            (double min, double max, double f) = Containments(a.WordGrams[g], b.WordGrams[g], sharedGrams[g]);
            features[k++] = min;
            features[k++] = max;
            features[k++] = f;
        }

        features[k++] = Containments(a.WordGrams[3], b.WordGrams[3], sharedGrams[3]).F;

        int sharedStems = SentenceProfile.Overlap(a.ContentStems, b.ContentStems);
        (double smin, double smax, double sf) = Containments(a.ContentStems, b.ContentStems, sharedStems);
        features[k++] = smin;
        features[k++] = smax;
        features[k++] = sf;
        int unmatchedA = a.ContentStems.Length - sharedStems;
        int unmatchedB = b.ContentStems.Length - sharedStems;
        features[k++] = Math.Log(1 + Math.Min(unmatchedA, unmatchedB));
        features[k++] = Math.Log(1 + Math.Max(unmatchedA, unmatchedB));

        for (int g = 0; g < 3; g++)
        {
            features[k++] = Dice(a.CharGrams[g], b.CharGrams[g]);
        }

        int la = a.WordCount, lb = b.WordCount;
        int shorter = Math.Min(la, lb), longer = Math.Max(la, lb);
        int lcs = Lcs(a.Words, b.Words);
        features[k++] = Ratio(lcs, shorter);
        features[k++] = Ratio(lcs, longer);
        features[k++] = Ratio(Lcs(a.Stems, b.Stems), longer);
        features[k++] = Ratio(EditDistance(a.Words, b.Words), longer);

        features[k++] = Ratio(shorter, longer);
        features[k++] = Math.Log(1 + longer - shorter);
        features[k++] = Math.Log(1 + (la + lb) / 2.0);

        int sharedNumbers = SentenceProfile.Overlap(a.Numbers, b.Numbers);
        int unmatchedNumbers = a.Numbers.Length + b.Numbers.Length - 2 * sharedNumbers;
        features[k++] = Math.Log(1 + unmatchedNumbers);
        features[k++] = unmatchedNumbers > 0 ? 1 : 0;
        features[k++] = unmatchedNumbers == 0 && sharedNumbers > 0 ? 1 : 0;

        features[k++] = (a.NegationCount > 0) != (b.NegationCount > 0) ? 1 : 0;

        int sharedNames = SentenceProfile.Overlap(a.Names, b.Names);
        features[k++] = a.Names.Length + b.Names.Length == 0 ? 1 : 2.0 * sharedNames / (a.Names.Length + b.Names.Length);
        features[k++] = Math.Log(1 + a.Names.Length + b.Names.Length - 2 * sharedNames);

        double bleuAb = Bleu(a, b, sharedGrams), bleuBa = Bleu(b, a, sharedGrams);
        features[k++] = Math.Min(bleuAb, bleuBa);
        features[k++] = Math.Max(bleuAb, bleuBa);

        features[k++] = Ratio(LongestCommonRun(a.Words, b.Words), longer);

        (int runA, double weightedA) = Unmatched(a, b);
        (int runB, double weightedB) = Unmatched(b, a);
        features[k++] = Math.Log(1 + Math.Max(runA, runB));
        features[k++] = Math.Max(Ratio(runA, la), Ratio(runB, lb));
        features[k++] = Math.Min(weightedA, weightedB);
        features[k++] = Math.Max(weightedA, weightedB);

        int sharedCalendar = SentenceProfile.Overlap(a.CalendarWords, b.CalendarWords);
        features[k++] = a.CalendarWords.Length > sharedCalendar && b.CalendarWords.Length > sharedCalendar ? 1 : 0;

        features[k++] = sf * sf;
        features[k++] = sf * Ratio(shorter, longer);

        Span<byte> matchA = a.WordCount <= 256 ? stackalloc byte[a.WordCount] : new byte[a.WordCount];
        Span<byte> matchB = b.WordCount <= 256 ? stackalloc byte[b.WordCount] : new byte[b.WordCount];
        Match(a, b, withWordNet, matchA);
        Match(b, a, withWordNet, matchB);
        Weighted wa = Weigh(a, matchA, idf), wb = Weigh(b, matchB, idf);
        features[k++] = Math.Min(wa.Exact, wb.Exact);
        features[k++] = Math.Max(wa.Exact, wb.Exact);
        features[k++] = Math.Log(1 + Math.Min(wa.UnmatchedExactIdf, wb.UnmatchedExactIdf));
        features[k++] = Math.Log(1 + Math.Max(wa.UnmatchedExactIdf, wb.UnmatchedExactIdf));

        Span<double> va = stackalloc double[LatentDimensions];
        Span<double> vb = stackalloc double[LatentDimensions];
        Span<double> termWeightsA = a.Terms.Length <= 256 ? stackalloc double[a.Terms.Length] : new double[a.Terms.Length];
        double weightA = latent.Project(a, va, termWeightsA), weightB = latent.Project(b, vb);
        double dot = 0, normA = 0, normB = 0;
        for (int d = 0; d < LatentDimensions; d++)
        {
            dot += va[d] * vb[d];
            normA += va[d] * va[d];
            normB += vb[d] * vb[d];
        }

        normA = Math.Sqrt(normA);
        normB = Math.Sqrt(normB);

        double shared = SharedWeight(a, b, termWeightsA);
        double unmatchedWeightA = weightA - shared, unmatchedWeightB = weightB - shared;
        features[k++] = weightA + weightB - shared <= 0 ? 0 : shared / (weightA + weightB - shared);
        features[k++] = Math.Log(1 + Math.Max(0, Math.Min(unmatchedWeightA, unmatchedWeightB)));
        features[k++] = Math.Log(1 + Math.Max(0, Math.Max(unmatchedWeightA, unmatchedWeightB)));
        features[k++] = normA > 0 && normB > 0 ? dot / (normA * normB) : 0;
        // Stem TF-KLD overlap and the number counts: 5-fold CV on the MSRP training part, mean of 4 partitions, 0.7911
        // against 0.7878 without them. Tried and left out (each within ±0.2 points of that, i.e. noise): TF-KLD overlaps
        // of word bigrams and of character 3/4/5-grams, TF-KLD mass of words left unaligned after stem/WordNet
        // alignment, a TF-KLD-weighted WordNet-aligned share, a tanh hidden layer, 10-fold cross-fitting; and, as another
        // model family, gradient-boosted trees on these features (logistic loss, depths 2–4, shrinkage 0.05/0.1, 100–600
        // rounds, about 280 settings): 0.765–0.779 alone, 0.7893–0.7916 mixed one part in four with this regression over
        // the 4 partitions, against 0.7909 — no gain, so the model stays linear.
        (features[k], features[k + 1], features[k + 2]) = weights.Stems.Overlap(a.ContentStems, b.ContentStems);
        k += 3;
        // A number on one side only adds a fact; numbers on both sides that differ are often the same report a
        // few minutes apart (market closes), which MSRP's annotators still call paraphrases.
        features[k++] = Math.Log(1 + Math.Min(a.Numbers.Length, b.Numbers.Length));
        features[k++] = Math.Log(1 + Math.Max(a.Numbers.Length, b.Numbers.Length));
        features[k++] = (a.Numbers.Length == 0) != (b.Numbers.Length == 0) ? 1 : 0;
        features[k++] = a.Numbers.Length > sharedNumbers && b.Numbers.Length > sharedNumbers ? Math.Log(1 + unmatchedNumbers) : 0;
        for (int d = 0; d < LatentDimensions; d++)
        {
            features[k++] = va[d] + vb[d];
        }

        for (int d = 0; d < LatentDimensions; d++)
        {
            features[k++] = Math.Abs(va[d] - vb[d]);
        }

        if (!withWordNet)
        {
            return;
        }

        features[k++] = Math.Min(wa.Synonym, wb.Synonym);
        features[k++] = Math.Max(wa.Synonym, wb.Synonym);
        features[k++] = Math.Min(wa.Related, wb.Related);
        features[k++] = Math.Max(wa.Related, wb.Related);
        features[k++] = Math.Log(1 + wa.SynonymCount + wb.SynonymCount);
        features[k++] = Math.Log(1 + wa.RelatedCount + wb.RelatedCount);
        features[k++] = Math.Log(1 + Math.Min(wa.UnmatchedCount, wb.UnmatchedCount));
        features[k++] = Math.Log(1 + Math.Max(wa.UnmatchedCount, wb.UnmatchedCount));
        features[k++] = Math.Log(1 + Math.Max(wa.UnmatchedIdf, wb.UnmatchedIdf));
        features[k++] = HasAntonym(a, b) || HasAntonym(b, a) ? 1 : 0;
    }

    /// <summary>The summed TF-KLD weight of the distinct words both sentences contain (<paramref name="weightsA"/>: the weight of each of <paramref name="a"/>'s terms).</summary>
    private static double SharedWeight(SentenceProfile a, SentenceProfile b, ReadOnlySpan<double> weightsA)
    {
        double shared = 0;
        // Both term lists are sorted: a merge.
        int i = 0, j = 0;
        while (i < a.Terms.Length && j < b.Terms.Length)
        {
            int c = string.CompareOrdinal(a.Terms[i], b.Terms[j]);
            if (c == 0)
            {
                shared += weightsA[i];
                i++;
                j++;
            }
            else if (c < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }

    // How each content word of a sentence is matched in the other.
    private const byte Exact = 1, Synonym = 2, Related = 3, NoMatch = 4;

    /// <summary>Classifies each content word of <paramref name="x"/>: same stem in <paramref name="y"/>, else a shared lemma or synset, else a one-pointer WordNet link, else unmatched.</summary>
    private static void Match(SentenceProfile x, SentenceProfile y, bool withWordNet, Span<byte> match)
    {
        for (int i = 0; i < x.WordCount; i++)
        {
            if (!x.IsContent[i])
            {
                match[i] = 0;
                continue;
            }

            if (Array.BinarySearch(y.SortedStems, x.Stems[i]) >= 0)
            {
                match[i] = Exact;
                continue;
            }

            match[i] = NoMatch;
            if (!withWordNet)
            {
                continue;
            }

            WordSenses sx = x.Senses![i];
            if (sx.Senses.Length == 0)
            {
                continue;
            }

            for (int j = 0; j < y.WordCount && match[i] != Synonym; j++)
            {
                if (!y.IsContent[j])
                {
                    continue;
                }

                WordSenses sy = y.Senses![j];
                if (WordSenses.Intersect(sx.Senses, sy.Senses) || ShareLemma(sx.Lemmas, sy.Lemmas))
                {
                    match[i] = Synonym;
                }
                else if (match[i] == NoMatch && (WordSenses.Intersect(sx.Related, sy.Senses) || WordSenses.Intersect(sx.Senses, sy.Related)))
                {
                    match[i] = Related;
                }
            }
        }
    }

    /// <summary>True when the two (short) lemma lists share a lemma; a plain loop because this runs for every word pair.</summary>
    private static bool ShareLemma(string[] x, string[] y)
    {
        foreach (string lx in x)
        {
            foreach (string ly in y)
            {
                if (string.Equals(lx, ly, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private readonly record struct Weighted(
        double Exact, double Synonym, double Related, double UnmatchedExactIdf, double UnmatchedIdf,
        int SynonymCount, int RelatedCount, int UnmatchedCount);

    /// <summary>IDF-weighted shares of the content words matched at each level (Mihalcea et al. 2006's directional similarity).</summary>
    private static Weighted Weigh(SentenceProfile x, ReadOnlySpan<byte> match, DocumentFrequencies idf)
    {
        double total = 0, exact = 0, synonym = 0, related = 0, unmatchedExact = 0, unmatched = 0;
        int synonyms = 0, relateds = 0, unmatchedCount = 0;
        for (int i = 0; i < x.WordCount; i++)
        {
            if (match[i] == 0)
            {
                continue;
            }

            double w = idf.Idf(x.StemTexts[i]);
            total += w;
            switch (match[i])
            {
                case Exact:
                    exact += w;
                    break;
                case Synonym:
                    synonym += w;
                    synonyms++;
                    break;
                case Related:
                    related += w;
                    relateds++;
                    break;
                default:
                    unmatched += w;
                    unmatchedCount++;
                    break;
            }

            if (match[i] != Exact)
            {
                unmatchedExact += w;
            }
        }

        if (total == 0)
        {
            return default;
        }

        return new Weighted(
            exact / total,
            (exact + synonym) / total,
            (exact + synonym + RelatedSimilarity * related) / total,
            unmatchedExact,
            unmatched,
            synonyms,
            relateds,
            unmatchedCount);
    }

    /// <summary>True when a content word of <paramref name="x"/> has an antonym among <paramref name="y"/>'s senses.</summary>
    private static bool HasAntonym(SentenceProfile x, SentenceProfile y)
    {
        for (int i = 0; i < x.WordCount; i++)
        {
            if (!x.IsContent[i] || x.Senses![i].Antonyms.Length == 0)
            {
                continue;
            }

            for (int j = 0; j < y.WordCount; j++)
            {
                if (y.IsContent[j] && WordSenses.Intersect(x.Senses[i].Antonyms, y.Senses![j].Senses))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The longest run of content words of <paramref name="x"/> whose stems are absent from <paramref name="y"/>
    /// (an added clause is the commonest reason two close sentences are not paraphrases), and the share of
    /// <paramref name="x"/>'s content characters matched, longer words weighing more.
    /// </summary>
    private static (int LongestRun, double WeightedMatch) Unmatched(SentenceProfile x, SentenceProfile y)
    {
        int run = 0, longest = 0;
        double matched = 0, total = 0;
        for (int i = 0; i < x.WordCount; i++)
        {
            bool found = Array.BinarySearch(y.SortedStems, x.Stems[i]) >= 0;
            if (x.IsContent[i])
            {
                total += x.WordLengths[i];
                if (found)
                {
                    matched += x.WordLengths[i];
                }
            }

            if (found)
            {
                run = 0;
            }
            else if (x.IsContent[i])
            {
                run++;
                longest = Math.Max(longest, run);
            }
        }

        return (longest, total == 0 ? 0 : matched / total);
    }

    private static (double Min, double Max, double F) Containments(ulong[] x, ulong[] y, int shared)
    {
        if (x.Length == 0 || y.Length == 0)
        {
            return (0, 0, 0);
        }

        double px = (double)shared / x.Length, py = (double)shared / y.Length;
        double f = shared == 0 ? 0 : 2 * px * py / (px + py);
        return (Math.Min(px, py), Math.Max(px, py), f);
    }

    private static double Dice(ulong[] x, ulong[] y) =>
        x.Length + y.Length == 0 ? 0 : 2.0 * SentenceProfile.Overlap(x, y) / (x.Length + y.Length);

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    /// <summary>Smoothed sentence BLEU of <paramref name="candidate"/> against <paramref name="reference"/>, given the n-grams they share (the overlap is symmetric).</summary>
    private static double Bleu(SentenceProfile candidate, SentenceProfile reference, ReadOnlySpan<int> sharedGrams)
    {
        if (candidate.WordCount == 0 || reference.WordCount == 0)
        {
            return 0;
        }

        double logSum = 0;
        for (int g = 0; g < BleuOrder; g++)
        {
            int total = candidate.WordGrams[g].Length;
            int shared = sharedGrams[g];
            logSum += Math.Log((shared + BleuSmoothing) / (total + BleuSmoothing));
        }

        double brevity = candidate.WordCount >= reference.WordCount ? 1 : Math.Exp(1 - (double)reference.WordCount / candidate.WordCount);
        return brevity * Math.Exp(logSum / BleuOrder);
    }

    private static int Lcs(ulong[] x, ulong[] y)
    {
        if (x.Length == 0 || y.Length == 0)
        {
            return 0;
        }

        Span<int> row = y.Length <= 256 ? stackalloc int[y.Length + 1] : new int[y.Length + 1];
        row.Clear();
        for (int i = 1; i <= x.Length; i++)
        {
            int diagonal = 0;
            for (int j = 1; j <= y.Length; j++)
            {
                int above = row[j];
                row[j] = x[i - 1] == y[j - 1] ? diagonal + 1 : Math.Max(above, row[j - 1]);
                diagonal = above;
            }
        }

        return row[y.Length];
    }

    private static int EditDistance(ulong[] x, ulong[] y)
    {
        Span<int> row = y.Length <= 256 ? stackalloc int[y.Length + 1] : new int[y.Length + 1];
        for (int j = 0; j <= y.Length; j++)
        {
            row[j] = j;
        }

        for (int i = 1; i <= x.Length; i++)
        {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= y.Length; j++)
            {
                int above = row[j];
                int substitute = diagonal + (x[i - 1] == y[j - 1] ? 0 : 1);
                row[j] = Math.Min(substitute, Math.Min(above, row[j - 1]) + 1);
                diagonal = above;
            }
        }

        return row[y.Length];
    }

    private static int LongestCommonRun(ulong[] x, ulong[] y)
    {
        Span<int> row = y.Length <= 256 ? stackalloc int[y.Length + 1] : new int[y.Length + 1];
        row.Clear();
        int best = 0;
        for (int i = 1; i <= x.Length; i++)
        {
            for (int j = y.Length; j >= 1; j--)
            {
                row[j] = x[i - 1] == y[j - 1] ? row[j - 1] + 1 : 0;
                best = Math.Max(best, row[j]);
            }
        }

        return best;
    }
}
