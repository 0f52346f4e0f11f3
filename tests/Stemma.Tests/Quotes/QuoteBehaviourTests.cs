using Stemma.Cleaning;
using Stemma.Extraction;
using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

public class QuoteBehaviourTests
{
    private static Article Make(string text, string id = "doc") => new()
    {
        Id = id,
        Source = id,
        Format = DocumentFormat.Text,
        Metadata = new DocumentMetadata(),
        Text = text,
    };

    private static IReadOnlyList<Quote> Extract(string text) => QuoteExtractor.Create().Extract(Make(text));

    [Fact]
    public void Finds_straight_curly_and_single_quotes_with_offsets_into_the_text()
    {
        var text = "\"The dock is closed,\" Anna Berg said. “It stays closed,” she added. 'Nobody works,' said Piet Vos.";
        var quotes = Extract(text);
        quotes.Select(q => q.Text).ShouldBe(["The dock is closed", "It stays closed", "Nobody works"]);
        quotes.Select(q => q.Speaker).ShouldBe(["Anna Berg", "Anna Berg", "Piet Vos"]);
        quotes.ShouldAllBe(q => text.Substring(q.Start, q.End - q.Start) == q.Text);
    }

    [Fact]
    public void A_quote_running_over_paragraphs_is_one_quote_with_one_span_per_paragraph()
    {
        var text = "Mara Quill, the harbour master, said the storm had cost them time. \"We lost two days to the storm.\n\n\"We will not lose a third.\"";
        var quote = Extract(text).ShouldHaveSingleItem();
        quote.Text.ShouldBe("We lost two days to the storm. We will not lose a third.");
        quote.Spans.Count.ShouldBe(2);
        quote.Speaker.ShouldBe("Mara Quill");
        quote.Attribution.ShouldBe(AttributionKind.Carried);
    }

    [Fact]
    public void A_second_opening_mark_ends_a_quote_left_open()
    {
        var quotes = Extract("Ivo Lind said, “The first point stands. “The second point follows from it.");
        quotes.Select(q => q.Text).ShouldBe(["The first point stands.", "The second point follows from it."]);
        quotes.ShouldAllBe(q => q.Speaker == "Ivo Lind");
    }

    [Fact]
    public void A_partial_quote_is_marked_embedded_and_a_scare_quote_is_dropped()
    {
        var quotes = Extract("Tove Rask called the talks 'very productive' on Friday. The so-called 'green' cranes arrive in May.");
        var quote = quotes.ShouldHaveSingleItem();
        quote.Text.ShouldBe("very productive");
        quote.IsPartial.ShouldBeTrue();
        quote.Speaker.ShouldBe("Tove Rask");
    }

    [Fact]
    public void A_plural_possessive_inside_a_single_quoted_stretch_is_no_closing_mark()
    {
        var quote = Extract("'We will not trade our members' jobs for machines,' said Ola Brand.").ShouldHaveSingleItem();
        quote.Text.ShouldBe("We will not trade our members' jobs for machines");
        quote.Speaker.ShouldBe("Ola Brand");
    }

    [Fact]
    public void A_role_points_back_to_the_person_introduced_with_that_title()
    {
        var text = "Port Authority chair Ilse Varga met the union. Union president Bram Dekker walked out.\n\n\"We are done here,\" the union leader said.\n\n\"The offer stands,\" the chair said.";
        var quotes = Extract(text);
        quotes.Select(q => q.Speaker).ShouldBe(["Bram Dekker", "Ilse Varga"]);
        quotes.ShouldAllBe(q => q.Attribution == AttributionKind.Role);
    }

    [Fact]
    public void A_colon_and_according_to_are_cues()
    {
        var quotes = Extract("Commuter Lise Orm was blunt: \"This costs me a week's shopping.\"\n\n\"The timetable will not change,\" according to Nils Fane.");
        quotes.Select(q => q.Speaker).ShouldBe(["Lise Orm", "Nils Fane"]);
    }

    [Fact]
    public void A_surname_alone_resolves_to_the_full_name_given_in_another_article_of_the_story()
    {
        var a = Make("Minister Karin Holt opened the bridge. \"It took ten years,\" Holt said.", "a");
        var b = Make("\"It took ten years,\" Holt said on Monday.", "b");
        var quotes = QuoteExtractor.Create().ExtractStory([a, b]);
        quotes.Select(q => q.Speaker).ShouldBe(["Karin Holt", "Karin Holt"]);
    }

    [Fact]
    public void Variants_are_classified_against_the_head_and_a_changed_number_is_flagged()
    {
        var a = Make("\"We will hire 40 drivers before the summer season,\" said Ruth Malm.", "a");
        var b = Make("\"We will hire 14 drivers before the summer season,\" said Ruth Malm.", "b");
        var c = Make("\"We will hire 40 drivers before the summer season,\" Ruth Malm said.", "c");
        var family = QuoteAnalyzer.Create().Analyze([a, b, c]).ShouldHaveSingleItem();
        family.Variants.Count.ShouldBe(2);
        family.Variants[0].Documents.ShouldBe(["a", "c"]);
        family.Variants[1].Differences.ShouldBe([new QuoteDifference(QuoteDifferenceKind.Number, "40", "14")]);
        var flag = family.Flags.ShouldHaveSingleItem();
        flag.Kind.ShouldBe(QuoteFlagKinds.Number);
        flag.Documents.ShouldBe(["b", "a", "c"]);
    }

    [Fact]
    public void A_cut_quote_is_an_omission_and_not_flagged()
    {
        var a = Make("\"We will hire 40 drivers before the summer season begins in June,\" said Ruth Malm.", "a");
        var b = Make("\"We will hire 40 drivers before the summer season,\" said Ruth Malm.", "b");
        var family = QuoteAnalyzer.Create().Analyze([a, b]).ShouldHaveSingleItem();
        family.Variants[1].Differences.ShouldAllBe(d => d.Kind == QuoteDifferenceKind.Omission);
        family.Flags.ShouldBeEmpty();
    }

    [Fact]
    public void Analysis_is_deterministic_and_ids_come_from_the_content()
    {
        var story = QuoteFixtures.Story("ferry");
        var first = QuoteAnalyzer.Create().Analyze(story);
        var second = QuoteAnalyzer.Create().Analyze(story.ToList());
        second.Select(f => f.Id).ShouldBe(first.Select(f => f.Id));
        first.Select(f => f.Id).Distinct().Count().ShouldBe(first.Count);
        second.SelectMany(f => f.Flags).Select(f => f.Detail).ShouldBe(first.SelectMany(f => f.Flags).Select(f => f.Detail));
    }

    [Fact]
    public void Options_out_of_range_are_refused_with_a_fix()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => QuoteAnalyzer.Create(new QuoteOptions { SameUtteranceOverlap = 0 }))
            .Message.ShouldContain("0.6 is the default");
    }

    [Fact]
    public void The_saltmere_rewrites_planted_alterations_are_flagged()
    {
        var root = QuoteFixtures.RepositoryRoot();
        if (root is null)
        {
            return; // the sample story travels with the repository; without it there is nothing to check
        }

        var families = QuoteAnalyzer.Create().Analyze(QuoteFixtures.SaltmereText(root));
        var flags = families.SelectMany(f => f.Flags).Where(f => f.Documents[0] == "05-rewrite.txt").ToList();
        flags.ShouldContain(f => f.Kind == QuoteFlagKinds.Negation && f.Wordings[0].Text.StartsWith("We will accept a contract", StringComparison.Ordinal));
        flags.ShouldContain(f => f.Kind == QuoteFlagKinds.Number && f.Wordings[0].Text.Contains("40 families", StringComparison.Ordinal));
        flags.ShouldContain(f => f.Kind == QuoteFlagKinds.SingleSource && f.Wordings[0].Text.Contains("our rivals modernize", StringComparison.Ordinal));
        families.SelectMany(f => f.Flags).Count().ShouldBe(3);
    }
}
