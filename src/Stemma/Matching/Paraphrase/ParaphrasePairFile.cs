namespace Stemma.Matching.Paraphrase;

/// <summary>
/// Reads sentence pairs in the MSRP layout: one pair per line, five tab-separated fields
/// <c>quality id1 id2 sentence1 sentence2</c>, quality 1 (paraphrase), 0 (not) or empty (unknown).
/// A first line whose quality field is not a label is taken as the header. Bad lines are reported
/// with their numbers and skipped; the rest are read.
/// </summary>
public static class ParaphrasePairFile
{
    private const int FieldCount = 5;

    /// <summary>Reads every pair of <paramref name="reader"/>.</summary>
    /// <param name="reader">The text, in the MSRP layout.</param>
    /// <param name="ct">Cancels the read.</param>
    /// <returns>The pairs read and the lines that could not be.</returns>
    public static ParaphrasePairFileContent Read(TextReader reader, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var pairs = new List<ParaphrasePair>();
        var errors = new List<ParaphraseLineError>();
        int number = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            ct.ThrowIfCancellationRequested();
            number++;
            if (number == 1)
            {
                line = line.TrimStart('\uFEFF');
            }

            if (line.Length == 0)
            {
                continue;
            }

            string[] fields = line.Split('\t');
            if (number == 1 && fields.Length > 0 && !IsLabel(fields[0].Trim()))
            {
                continue; // header
            }

            if (fields.Length != FieldCount)
            {
                errors.Add(new ParaphraseLineError(number, $"expected {FieldCount} tab-separated fields (quality, id1, id2, sentence1, sentence2); found {fields.Length}."));
                continue;
            }

            string quality = fields[0].Trim();
            if (!IsLabel(quality))
            {
                errors.Add(new ParaphraseLineError(number, $"quality must be 1, 0 or empty; found '{quality}'."));
                continue;
            }

            string id1 = fields[1].Trim();
            string id2 = fields[2].Trim();
            if (id1.Length == 0 || id2.Length == 0)
            {
                errors.Add(new ParaphraseLineError(number, "both ids must be given (fields 2 and 3)."));
                continue;
            }

            if (string.IsNullOrWhiteSpace(fields[3]) || string.IsNullOrWhiteSpace(fields[4]))
            {
                errors.Add(new ParaphraseLineError(number, "both sentences must be given (fields 4 and 5)."));
                continue;
            }

            bool? label = quality.Length == 0 ? null : quality == "1";
            pairs.Add(new ParaphrasePair(id1, id2, fields[3].Trim(), fields[4].Trim(), label));
        }

        return new ParaphrasePairFileContent(pairs, errors);
    }

    /// <summary>Reads the pairs of a file.</summary>
    /// <param name="path">The file, UTF-8.</param>
    /// <param name="ct">Cancels the read.</param>
    /// <returns>The pairs read and the lines that could not be.</returns>
    public static ParaphrasePairFileContent ReadFile(string path, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, ct);
    }

    private static bool IsLabel(string field) => field is "0" or "1" or "";
}
