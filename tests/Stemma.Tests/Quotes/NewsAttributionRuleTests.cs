using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Attribution rules for the habits of realistic news copy, each shown on a fictional fixture
/// (Data/Quotes/quarry-m1.txt, rugby-n1.txt): titles and post-nominals outside the name, honorific
/// back-references, organisations as "the company", gendered pronouns, apposition, headline words,
/// sentence-initial participles, look-ahead cues and unnamed sources named after the quote.
/// </summary>
public class NewsAttributionRuleTests
{
    private static readonly Lazy<IReadOnlyList<Quote>> Quarry = QuoteFixtures.StoryQuotes("quarry-m1.txt");

    private static readonly Lazy<IReadOnlyList<Quote>> Ward = QuoteFixtures.StoryQuotes("ward-p1.txt");

    private static readonly Lazy<IReadOnlyList<Quote>> Lifeboat = QuoteFixtures.StoryQuotes("lifeboat-s1.txt");

    private static readonly Lazy<IReadOnlyList<Quote>> Brooch = QuoteFixtures.StoryQuotes("brooch-u1.txt");

    private static readonly Lazy<IReadOnlyList<Quote>> Glacier = QuoteFixtures.StoryQuotes("glacier-v1.txt");

    private static readonly Lazy<IReadOnlyList<Quote>> Regatta = QuoteFixtures.StoryQuotes("regatta-w1.txt");

    private static readonly Lazy<IReadOnlyList<Quote>> Rugby = QuoteFixtures.StoryQuotes("rugby-n1.txt");

    private static Quote Find(Lazy<IReadOnlyList<Quote>> quotes, string text) => QuoteFixtures.Find(quotes.Value, text);

    [Fact]
    public void The_dictionary_tells_a_common_word_from_a_listed_name()
    {
        var dictionary = new QuoteDictionary(["Dawn", "dawn", "late", "ask", "Amadi's", "aggregate"]);

        dictionary.IsCommonNotName("Late").ShouldBeTrue();
        dictionary.IsCommonNotName("Asked").ShouldBeTrue();
        dictionary.IsCommonNotName("Aggregates").ShouldBeTrue();
        dictionary.IsCommonNotName("Dawn").ShouldBeFalse();
        dictionary.IsCommonNotName("Amadi").ShouldBeFalse();
        dictionary.IsListedName("Dawn").ShouldBeTrue();
    }

    [Fact]
    public void Without_a_dictionary_the_same_quotes_are_found()
    {
        var article = QuoteFixtures.Article("rugby-n1.txt");
        var plain = QuoteExtractor.Create(QuoteOptions.Default with { DictionaryPath = null }).Extract(article);

        plain.Select(q => q.Text).ShouldBe(QuoteExtractor.Create().Extract(article).Select(q => q.Text));
    }

    [Fact]
    public void A_capitalised_job_title_before_a_name_is_not_part_of_the_name()
    {
        Find(Quarry, "We had crews on site within nine minutes, and they found the haul road blocked by fallen rock").Speaker.ShouldBe("Ruth Okonjo-Haig");
    }

    [Fact]
    public void Post_nominals_are_dropped_and_honorific_surnames_link_to_the_full_name()
    {
        Find(Quarry, "The blasting log for that morning was never signed").Speaker.ShouldBe("Imogen Sandhu");
        Find(Quarry, "I accept that it should have been signed on the day").Speaker.ShouldBe("Declan Faherty");
        Find(Quarry, "Lowmoor cannot have another morning like that one").Speaker.ShouldBe("Janet Morrow");
        Find(Quarry, "We are keeping every line of inquiry open").Speaker.ShouldBe("Karl Brede");
        Find(Rugby, "Then for ten minutes we were brilliant, and that is the game.").Speaker.ShouldBe("Moira Quentin");
        Find(Brooch, "He was as shocked as anyone to learn where it came from").Speaker.ShouldBe("Callum Iredale");
        Find(Brooch, "Thirty-seven years is a long time to hide from yourself.").Speaker.ShouldBe("Ailsa Rennick");
    }

    [Fact]
    public void Mrs_or_Mr_with_a_shared_surname_picks_the_person_of_that_gender()
    {
        Find(Quarry, "Liam has not slept properly since March").Speaker.ShouldBe("Carys Hartigan");
    }

    [Fact]
    public void A_relative_named_by_first_name_in_apposition_is_the_speaker_as_written()
    {
        Find(Quarry, "He still cannot drive his own children to school.").Speaker.ShouldBe("Dawn");
        Find(Quarry, "Nobody from the company rang us for eleven days").Speaker.ShouldBe("Dawn");
    }

    [Fact]
    public void A_relative_named_by_first_name_as_subject_takes_the_next_pronoun_of_the_relations_gender()
    {
        Find(Lifeboat, "I owe those volunteers everything").Speaker.ShouldBe("Tomas");
    }

    [Fact]
    public void Her_verdict_before_a_colon_is_a_pronoun_cue()
    {
        Find(Lifeboat, "They were magnificent.").Speaker.ShouldBe("Keziah Lindqvist-Moor");
    }

    [Fact]
    public void The_agency_points_back_to_the_body_named_before()
    {
        Find(Lifeboat, "We will look at the forecast the skipper had").Speaker.ShouldBe("coastguard");
    }

    [Fact]
    public void The_company_or_the_council_as_speaker_is_the_organisation_named_before()
    {
        Find(Quarry, "Safety has always come first at Lowmoor and it always will").Speaker.ShouldBe("Brannock Aggregates");
        Find(Quarry, "Every document we hold will be online by Friday").Speaker.ShouldBe("Lowmoor District Council");
        Find(Rugby, "We will study the footage before we decide anything").Speaker.ShouldBe("Harrowby RFC");
        Find(Glacier, "People want to see it while it is still there").Speaker.ShouldBe("Fjordline");
    }

    [Fact]
    public void A_person_whose_surname_is_a_plural_word_stays_a_person_and_a_company_does_not()
    {
        var article = new Stemma.Cleaning.Article
        {
            Id = "inline.txt",
            Source = "inline.txt",
            Format = Stemma.Extraction.DocumentFormat.Text,
            Metadata = new Stemma.Extraction.DocumentMetadata(),
            Text = "Adam Sands, a haulier, said the road had been shut for a week. \"We lost four days of deliveries,\" he said.\n\n"
                + "Fellgate Holdings, which owns the yard, said the road would reopen on Monday. \"Crews are working through the night,\" the firm said.",
        };

        var quotes = QuoteExtractor.Create().Extract(article);

        quotes.Single(q => q.Text == "We lost four days of deliveries").Speaker.ShouldBe("Adam Sands");
        quotes.Single(q => q.Text == "Crews are working through the night").Speaker.ShouldBe("Fellgate Holdings");
    }

    [Fact]
    public void A_pronoun_skips_a_previous_subject_of_the_other_gender()
    {
        var quote = Find(Quarry, "You cannot tell this inquiry who signed it");
        quote.Speaker.ShouldBe("Imogen Sandhu");
        quote.Attribution.ShouldBe(AttributionKind.Pronoun);
        Find(Rugby, "Harrowby will be back in the top four by the end of May").Speaker.ShouldBe("Moira Quentin");
    }

    [Fact]
    public void A_name_in_apposition_to_the_subject_becomes_the_subject_for_a_pronoun()
    {
        Find(Quarry, "Two warnings sat in a drawer for six weeks").Speaker.ShouldBe("Naomi Brack");
        Find(Glacier, "The meltwater channels were twice as deep as in 2019").Speaker.ShouldBe("Maelle Okafor-Lind");
    }

    [Fact]
    public void A_dictionary_word_opening_the_headline_is_not_a_first_name()
    {
        Find(Rugby, "I just saw the gap and went for the line").Speaker.ShouldBe("Tobi Amadi");
        Find(Rugby, "My mum was crying, so I was crying").Speaker.ShouldBe("Tobi Amadi");
        Rugby.Value.ShouldAllBe(q => q.Speaker != "Late Amadi" && q.Speaker != "Sinks Harrowby");
    }

    [Fact]
    public void A_sentence_opening_participle_is_not_a_name_and_the_main_subject_speaks()
    {
        Find(Rugby, "We will look at it on Monday and not before.").Speaker.ShouldBe("Stellan Voss");
    }

    [Fact]
    public void A_quote_without_a_speech_verb_belongs_to_the_subject_of_the_sentence_before_it()
    {
        Find(Quarry, "It was as if the hillside had simply let go.").Speaker.ShouldBe("Ruth Okonjo-Haig");
        Find(Rugby, "I could not bear to look at the last scrum.").Speaker.ShouldBe("Mikey Fairclough");
        Find(Brooch, "I did not let go of that bag once.").Speaker.ShouldBe("Oonagh Feltrinelli");
        Find(Regatta, "Everything hurt, and I mean everything.").Speaker.ShouldBe("Imelda Varga");
    }

    [Fact]
    public void A_role_met_before_anyone_has_it_is_the_person_given_it_later()
    {
        Find(Regatta, "The river is the river. Everyone rowed the same water.").Speaker.ShouldBe("Piers Loxley-Grant");
    }

    [Fact]
    public void The_next_sentence_can_name_the_speaker_as_a_verdict_or_with_so_said()
    {
        Find(Rugby, "We were second best to everything for an hour.").Speaker.ShouldBe("Mikey Fairclough");
        Find(Rugby, "He let the breakdown become a car crash.").Speaker.ShouldBe("Mikey Fairclough");
        Find(Quarry, "He gave that pit twenty years of his working life.").Speaker.ShouldBe("Ambrose Lyle");
    }

    [Fact]
    public void An_unnamed_source_after_the_quote_keeps_its_phrase_and_a_later_back_reference_points_to_it()
    {
        Find(Quarry, "The board knew about the surveyor's warnings long before the blast").Speaker.ShouldBe("a top-20 shareholder");
        Find(Quarry, "There will be a vote on the chairman at the annual meeting").Speaker.ShouldBe("a top-20 shareholder");
        Find(Rugby, "Voss has one more season to turn this round, and he knows it").Speaker.ShouldBe("a person close to the Harrowby board");
        Find(Ward, "People are already applying for jobs elsewhere").Speaker.ShouldBe("a consultant");
    }

    [Fact]
    public void A_capitalised_nursing_or_religious_title_is_an_honorific()
    {
        Find(Ward, "Nobody asked the people who actually run the ward").Speaker.ShouldBe("Philippa Dunmore");
        Find(Ward, "Come and work a night shift with us first.").Speaker.ShouldBe("Philippa Dunmore");
        Find(Ward, "Publish them this week, then.").Speaker.ShouldBe("Philippa Dunmore");
    }
}
