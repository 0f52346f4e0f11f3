using Stemma.Cleaning;
using Stemma.Extraction;
using Stemma.Quotes;
using Stemma.Tests.Cleaning;

namespace Stemma.Tests.Quotes;

/// <summary>
/// The five real renderings in ../shared/corpus/seeds (read at test time through extraction and
/// cleaning, never copied): the quotes a careful reader sees, their speakers, and the real alterations.
/// </summary>
public class SeedQuoteTests
{
    private static readonly Lazy<IReadOnlyList<Article>?> Articles = new(SeedFactAttribute.CleanSeeds);

    private static readonly Lazy<IReadOnlyList<QuoteFamily>?> Families = new(() =>
        Articles.Value is { } a ? QuoteAnalyzer.Create().Analyze(a) : null);

    [SeedFact]
    public void Putins_statement_is_quoted_with_his_name_the_russian_leader_and_he()
    {
        ShouldFind(1, "One of today's major strategic challenges is the risk of a large-scale confrontation in the digital field", "Vladimir Putin", AttributionKind.Role);
        ShouldFind(1, "A special responsibility for its prevention lies on the key players", "Vladimir Putin", AttributionKind.Pronoun);
        ShouldFind(1, "hostage to our political disagreements", "Vladimir Putin", AttributionKind.Name);
        ShouldFind(1, "exchange guarantees of non-interference in each others' domestic affairs including elections", "Vladimir Putin", AttributionKind.Name);
        ShouldFind(0, "These measures are aimed at building up trust between our States", "Vladimir Putin", AttributionKind.Name);
        ShouldFind(0, "They will significantly contribute to ensuring global peace in the information space.", "Vladimir Putin", AttributionKind.Carried);
        ShouldFind(3, "One of today’s major strategic challenges is the risk of a large-scale confrontation in the digital field.", "Vladimir Putin", AttributionKind.Name);
        ShouldFind(3, "A special responsibility for its prevention lies in the key players", "Vladimir Putin", AttributionKind.Carried);
    }

    [SeedFact]
    public void Lavrov_is_found_by_name_by_he_and_as_russias_top_diplomat()
    {
        ShouldFind(1, "the entire domestic political system.", "Sergei Lavrov", AttributionKind.Name);
        ShouldFind(1, "As we've repeatedly said, there is no basis for such statements", "Sergei Lavrov", AttributionKind.Pronoun);
        ShouldFind(1, "We are in favor of professional and constructive discussion of all existing problems", "Sergei Lavrov", AttributionKind.Role);
    }

    [SeedFact]
    public void The_unnamed_official_and_wray_keep_their_quotes()
    {
        ShouldFind(0, "Dialogue like this is obviously hard to take seriously", "a senior administration official", AttributionKind.Name);
        ShouldFind(0, "According to Microsoft, Russian groups have attacked more than 200 organizations", "a senior administration official", AttributionKind.Role);
        ShouldFind(0, "According to the Washington Post, just today Facebook removed", "a senior administration official", AttributionKind.Carried);
        ShouldFind(3, "We have not seen that second part yet this year or this cycle", "Christopher Wray", AttributionKind.Carried);
        ShouldFind(3, "very inactive", "Christopher Wray", AttributionKind.Name);
    }

    [SeedFact]
    public void The_rewrites_lies_in_the_key_players_is_flagged_against_the_other_sources()
    {
        var family = Families.Value!.Single(f => f.Head.Text.Contains("lies on the key players", StringComparison.Ordinal));
        family.Speaker.ShouldBe("Vladimir Putin");
        var flag = family.Flags.ShouldHaveSingleItem();
        flag.Kind.ShouldBe(QuoteFlagKinds.SingleSource);
        flag.Documents[0].ShouldBe(Seed(3).Id);
        flag.Wordings[0].Text.ShouldContain("lies in the key players");
        flag.Wordings[1].Text.ShouldContain("lies on the key players");
        flag.Wordings[1].Documents.ShouldBe([Seed(1).Id, Seed(4).Id]);
    }

    [SeedFact]
    public void Wray_said_to_be_very_inactive_contradicts_his_very_active_efforts()
    {
        var family = Families.Value!.Single(f => f.Head.Text.StartsWith("We have not seen that second part", StringComparison.Ordinal));
        family.Speaker.ShouldBe("Christopher Wray");
        var flag = family.Flags.ShouldHaveSingleItem();
        flag.Kind.ShouldBe(QuoteFlagKinds.ParaphraseContradiction);
        flag.Wordings[0].Text.ShouldContain("very inactive");
        flag.Wordings[1].Text.ShouldContain("very active efforts");
        flag.Documents.ShouldBe([Seed(3).Id]);
    }

    [SeedFact]
    public void The_three_renderings_of_the_non_interference_proposal_are_one_family_of_translations()
    {
        var family = Families.Value!.Single(f => f.Variants.Any(v => v.Text.Contains("non-intervention", StringComparison.Ordinal)));
        family.Speaker.ShouldBe("Vladimir Putin");
        family.Documents.Count.ShouldBe(5);
        family.Variants.SelectMany(v => v.Differences).ShouldContain(d => d.Kind == QuoteDifferenceKind.Translation);
        family.Flags.ShouldBeEmpty();
    }

    private static void ShouldFind(int seed, string text, string speaker, AttributionKind how)
    {
        var article = Seed(seed);
        var quotes = QuoteExtractor.Create().ExtractStory(Articles.Value!).Where(q => q.DocumentId == article.Id).ToList();
        var quote = quotes.FirstOrDefault(q => q.Text.StartsWith(text, StringComparison.Ordinal));
        quote.ShouldNotBeNull($"seed {seed}: no quote starting '{text}'; found: {string.Join(" | ", quotes.Select(q => q.Text))}");
        quote.Speaker.ShouldBe(speaker);
        quote.Attribution.ShouldBe(how);
        (quote.InTitle ? article.Metadata.Title! : article.Text)[quote.Start..quote.End].ShouldBe(quote.Text);
    }

    private static Article Seed(int index) => Articles.Value![index];
}
