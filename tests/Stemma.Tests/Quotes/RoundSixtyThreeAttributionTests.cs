using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round sixty-three, from the misses of blind394–397, measured at first sight with round sixty-two's code. Shown on short fictional
/// articles.
/// </summary>
public class RoundSixtyThreeAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void A_pronoun_after_comma_which_before_a_describing_verb_is_the_person_named_before_it_in_its_sentence_even_after_from()
    {
        var quotes = Inline("Button club sets a date\n\n"
            + "The Fernwick Button Club met on Tuesday to plan its winter fair.\n\n"
            + "One dealer, who asked not to be named, said prices had fallen. \"Nobody buys brass now,\" the dealer said.\n\n"
            + "Tickets will be sold by Mrs Agatha Plume at the library, which she described as \"the warmest room in Fernwick\".");

        Who(quotes, "the warmest room in Fernwick").ShouldBe("Agatha Plume");
        Who(quotes, "Nobody buys brass now").ShouldBe("one dealer");
    }

    [Fact]
    public void A_document_a_possessive_pronoun_owns_standing_alone_before_a_colon_is_its_persons_words()
    {
        var quotes = Inline("Notice of decision: summerhouse at Ashby Lodge\n\n"
            + "The committee considered the application on 4 May.\n\n"
            + "A neighbour, Mrs Ruth Calloway, objected. \"It blocks my view of the church,\" she wrote.\n\n"
            + "The tree officer, Mr Owen Pask, visited the site in April. His report: \"The roots are not affected. The footings sit well clear of the beech.\"");

        Who(quotes, "The roots are not affected. The footings sit well clear of the beech.").ShouldBe("Owen Pask");
    }

    [Fact]
    public void A_role_of_another_kind_than_the_one_officer_named_before_is_an_unnamed_source_not_that_officer()
    {
        var quotes = Inline("Notice of decision: garden room at Pear Tree House\n\n"
            + "The committee considered the application on 9 June.\n\n"
            + "The drainage officer, Ms Lena Hartigan, inspected the site in May. \"The soakaway is adequate,\" she wrote.\n\n"
            + "The planning officer recommended refusal, saying the room would be \"out of scale with the garden\".");

        Who(quotes, "The soakaway is adequate").ShouldBe("Lena Hartigan");
        Who(quotes, "out of scale with the garden").ShouldBe("the planning officer");
    }

    [Fact]
    public void A_reply_to_a_question_asked_with_a_colon_is_the_person_its_own_paragraph_names_before_it_not_an_earlier_speaker()
    {
        var quotes = Inline("Fire Safety Licensing Board: decision in the matter of Harbourview Hotel Ltd\n\n"
            + "Panel: Ms Adaeze Okonkwo (chair), Mr Tomas Berg\n\n"
            + "1. Inspector Gavin Trent attended on 4 May. His report records: \"The rear fire door was chained shut.\"\n\n"
            + "2. The hotel's manager, Mr Piet Ruysdael, attended the hearing. His exchange with the chair was, in part, as follows. Ms Okonkwo asked: \"Who held the key to the chain?\"\n\n"
            + "He replied: \"The night porter.\"\n\n"
            + "\"Where was he?\"\n\n"
            + "\"On his break, I believe.\"");

        Who(quotes, "The rear fire door was chained shut.").ShouldBe("Gavin Trent");
        Who(quotes, "Who held the key to the chain?").ShouldBe("Adaeze Okonkwo");
        Who(quotes, "The night porter.").ShouldBe("Piet Ruysdael");
        Who(quotes, "On his break, I believe.").ShouldBe("Piet Ruysdael");
    }

    [Fact]
    public void A_first_word_no_name_list_holds_that_the_text_also_writes_after_the_is_a_title_not_part_of_the_name()
    {
        var quotes = Inline("Parish adds old names to its signs\n\n"
            + "SAINT MARTIN, Jersey, 2 May - A parish will add Jèrriais names to its road signs this summer.\n\n"
            + "Vingtenier Josué dé Carteret, who proposed the scheme, told reporters: \"Every lane had a name before it had a number.\"\n\n"
            + "The parish has set aside £9,000 for the work. \"It is not nostalgia,\" the Vingtenier said.\n\n"
            + "Mr dé Carteret, who was holding the ladder, laughed. \"Put it up straight, at least,\" he said.");

        Who(quotes, "Every lane had a name before it had a number.").ShouldBe("Josué dé Carteret");
        Who(quotes, "It is not nostalgia").ShouldBe("Josué dé Carteret");
        Who(quotes, "Put it up straight, at least").ShouldBe("Josué dé Carteret");
    }

    [Fact]
    public void A_definite_role_a_copula_names_the_holder_of_is_that_person_when_a_pronoun_follows()
    {
        var quotes = Inline("Notice of determination: two shepherd's huts at Bryn Glas, Llanddewi\n\n"
            + "The council gives notice that an application for two shepherd's huts at the farm known as \"Bryn Glas\", Llanddewi, has been granted. Bryn Glas lies at the end of a single-track lane.\n\n"
            + "The applicant is Mr Emyr ap Hywel, who farms the holding. In his statement he wrote that the huts would \"pay for a new roof on the barn\".");

        Who(quotes, "pay for a new roof on the barn").ShouldBe("Emyr ap Hywel");
    }

    [Fact]
    public void The_vicar_is_the_one_person_the_article_styles_Reverend()
    {
        var quotes = Inline("Ferris wins the egg race\n\n"
            + "LUDCOMBE - Martin Ferris won the Ludcombe egg-and-spoon race on Monday. Ferris, 44, had come second three years running.\n\n"
            + "\"Third time lucky, or fourth,\" Ferris said.\n\n"
            + "Under the rules every runner must hold the spoon at arm's length, and the judge at the finish, the Rev Clare Hollins, watched every spoon. \"I saw one thumb on one egg,\" the vicar said.");

        Who(quotes, "I saw one thumb on one egg").ShouldBe("Clare Hollins");
        Who(quotes, "Third time lucky, or fourth").ShouldBe("Martin Ferris");
    }

    [Fact]
    public void A_pronoun_after_a_sentence_naming_a_relative_by_a_labels_possessive_is_the_relative_whose_gender_it_fits()
    {
        var quotes = Inline("Body Art Standards Board: decision of the Conduct Panel\n\n"
            + "1. The panel considered an allegation that Mr Oskar Lindqvist tattooed a sixteen-year-old client, referred to here as Client B, without a parent's consent.\n\n"
            + "2. The complaint was made by Client B's father. In his written statement he said his son had come home \"with a dragon and no explanation\".");

        Who(quotes, "with a dragon and no explanation").ShouldBe("Client B's father");
    }

    [Fact]
    public void A_quote_in_a_that_clause_after_a_names_possessive_evidence_or_claim_is_that_persons()
    {
        var quotes = Inline("Licensing Panel decision: Lantern Rooms Ltd\n\n"
            + "1. The operator's manager, Ms Greta Holm, attended the hearing on 2 May.\n\n"
            + "2. The panel does not accept Ms Holm's evidence that the blocked exit was \"a storage problem, not a safety one\".");

        Who(quotes, "a storage problem, not a safety one").ShouldBe("Greta Holm");
    }

    [Fact]
    public void A_question_the_spectator_tried_again_is_the_spectators()
    {
        var quotes = Inline("Darts final ends in a row\n\n"
            + "The final was settled on a disputed double on Friday night.\n\n"
            + "\"Was that even in?\" asked one spectator. \"Wire, not bed,\" said the referee, Gus Pennock. \"Could he not throw it again?\" the spectator tried again. Nobody answered.");

        Who(quotes, "Could he not throw it again?").ShouldBe("one spectator");
        Who(quotes, "Wire, not bed").ShouldBe("Gus Pennock");
    }

    [Fact]
    public void What_a_board_on_a_common_nouns_possessive_place_reads_is_a_sign_not_a_quote()
    {
        var quotes = Inline("Harbour fees plan splits the quay\n\n"
            + "The island council wants to charge visiting yachts for mooring from next spring.\n\n"
            + "\"The quay was built for boats that work,\" said fisherman Nikos Varvaris.\n\n"
            + "A painted board on the fishermen's steps already reads \"Working boats only\", though nobody admits to having put it there.");

        Who(quotes, "The quay was built for boats that work").ShouldBe("Nikos Varvaris");
        quotes.ShouldNotContain(q => q.Text.Contains("Working boats only", StringComparison.Ordinal));
    }

    [Fact]
    public void A_partial_quote_after_opened_by_reminding_members_that_is_the_subjects()
    {
        var quotes = Inline("Thimble society keeps its swap table\n\n"
            + "Thirty members came to the annual meeting of the Hallam Thimble Society on Tuesday.\n\n"
            + "Chairwoman Petra Lindholm opened by reminding members that the society was founded \"to swap, not to sell\". The committee, she said, had received four complaints.");

        Who(quotes, "to swap, not to sell").ShouldBe("Petra Lindholm");
    }

    [Fact]
    public void A_letter_a_named_person_sent_and_someone_else_read_aloud_is_the_senders_words_after_it_said()
    {
        var quotes = Inline("Thimble society keeps its swap table\n\n"
            + "Thirty members came to the annual meeting of the Hallam Thimble Society on Tuesday.\n\n"
            + "The treasurer, Mr Colin Ashby, said the accounts were \"sound, if dull\".\n\n"
            + "Founder member Edith Marlow, 91, could not attend, but sent a letter that the secretary, Joan Pike, read aloud. It said:\n\n"
            + "\"I bought my first thimble in 1948 for a penny. Keep the table open.\"\n\n"
            + "Mr Ashby said afterwards that the letter had \"said it better than any of us\".");

        Who(quotes, "I bought my first thimble in 1948 for a penny. Keep the table open.").ShouldBe("Edith Marlow");
        Who(quotes, "said it better than any of us").ShouldBe("Colin Ashby");
    }

    [Fact]
    public void A_pronoun_after_the_same_woman_with_an_irregular_verb_is_the_unnamed_woman_not_the_named_woman_she_met()
    {
        var quotes = Inline("Island bakery plea goes unanswered\n\n"
            + "The island's only bakery will close in March, the harbour committee heard on Monday.\n\n"
            + "\"Who will bake when the ferry stops?\" asked one woman at the back of the hall. Nobody answered her.\n\n"
            + "The committee chair, Ms Eleni Marou, said a letter had gone to the ministry. \"We have asked for help,\" she said.\n\n"
            + "The same woman caught up with Ms Marou on the steps afterwards. \"Letters are fine,\" she said. \"But letters do not bake bread.\"");

        Who(quotes, "Letters are fine").ShouldBe("one woman");
        Who(quotes, "We have asked for help").ShouldBe("Eleni Marou");
    }
}
