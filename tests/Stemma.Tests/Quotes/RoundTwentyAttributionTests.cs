using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round twenty, from the misses of blind78–81: the many forms one person's name takes in an article (a rank before it, a Korean
/// given name after the family name, a short form, an initial, a title with the surname) and the words that look like a person's
/// name but are a place or a league. Shown on short fictional inline articles.
/// </summary>
public class RoundTwentyAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void A_rank_opened_by_an_ordinal_or_a_compound_in_man_stays_out_of_the_name()
    {
        var quotes = Inline("Night rescue\n\n"
            + "Coxswain Ned Polglase took the lifeboat out at midnight. The crew spent an hour passing a tow. "
            + "Second Coxswain Tamsin Rowe, who led the deck party, described the sea as \"the worst I have known\".\n\n"
            + "Defenceman Piotr Zawadzki-Hale scored the winner. \"I just shot it,\" Zawadzki-Hale said.");

        Who(quotes, "the worst I have known").ShouldBe("Tamsin Rowe");
        Who(quotes, "I just shot it").ShouldBe("Piotr Zawadzki-Hale");
    }

    [Fact]
    public void A_hyphenated_given_name_after_a_short_family_name_is_part_of_the_name_and_the_family_name_alone_finds_the_person()
    {
        var quotes = Inline("Typhoon passes\n\n"
            + "\"The nets are gone,\" said Seo Min-jae, a 61-year-old fisherman.\n\n"
            + "Professor Kwon Da-eun, a hydrologist at Hanbit University, said: \"The rain came too fast.\"\n\n"
            + "\"We will need new sea walls,\" Professor Kwon said.");

        Who(quotes, "The nets are gone").ShouldBe("Seo Min-jae");
        Who(quotes, "The rain came too fast.").ShouldBe("Kwon Da-eun");
        Who(quotes, "We will need new sea walls").ShouldBe("Kwon Da-eun");
    }

    [Fact]
    public void A_description_in_hyphens_after_a_short_capitalised_word_is_still_no_name()
    {
        var quotes = Inline("Lottery win\n\n"
            + "Proud Gran-of-five Ada Blythe has won the county draw. \"I cried all the way home,\" she said.");

        Who(quotes, "I cried all the way home").ShouldBe("Ada Blythe");
    }

    [Fact]
    public void A_short_form_of_one_persons_given_name_is_that_person()
    {
        var quotes = Inline("Club crash\n\n"
            + "\"I heard the grid rattle,\" is how Benedict Loame describes it.\n\n"
            + "\"There was gravel everywhere,\" Ben said.");

        Who(quotes, "There was gravel everywhere").ShouldBe("Benedict Loame");
    }

    [Fact]
    public void A_name_given_by_an_initial_is_the_person_of_that_surname_named_in_full()
    {
        var quotes = Inline("Tribunal ruling\n\n"
            + "Ms T. Adebayo v Northway Logistics Ltd\n\n"
            + "The claimant, Temitope Adebayo, had worked at the depot for nine years.\n\n"
            + "Ms Adebayo told the tribunal she had shared the image \"without thinking\".");

        Who(quotes, "without thinking").ShouldBe("Temitope Adebayo");
    }

    [Fact]
    public void A_title_the_person_was_given_before_the_surname_alone_is_that_person()
    {
        var quotes = Inline("Speeding on Church Lane\n\n"
            + "PCSO Jordan Ashby presented the figures. \"Fifty-three miles an hour,\" PCSO Ashby said.");

        Who(quotes, "Fifty-three miles an hour").ShouldBe("Jordan Ashby");
    }

    [Fact]
    public void A_league_ending_in_a_number_word_and_a_park_after_at_are_nobody_an_age_could_stand_for()
    {
        var quotes = Inline("Valley News | Division One\n\n"
            + "Tom Hadley hit 212 not out at Fernbrook on Saturday, and his side went second in Division One.\n\n"
            + "\"I lost count,\" he said. That was Hadley's verdict as he walked off at Cressfield Park. \"I was just trying to get to lunch,\" "
            + "the 23-year-old said.");

        Who(quotes, "I was just trying to get to lunch").ShouldBe("Tom Hadley");
    }

    [Fact]
    public void A_pronoun_after_a_sentence_opening_on_a_persons_possession_is_that_person_not_the_last_speaker()
    {
        var quotes = Inline("Record innings\n\n"
            + "Rohan Mehta made 212. His coach, Imran Qureshi, was less impressed, saying the bowling had been \"far too short\".\n\n"
            + "Mehta's innings included nine sixes. He reached his double century with a reverse sweep, a shot he admitted was "
            + "\"a bit cheeky\".");

        Who(quotes, "a bit cheeky").ShouldBe("Rohan Mehta");
    }

    [Fact]
    public void A_body_met_again_by_a_shorter_form_is_named_as_first_given_in_full()
    {
        var quotes = Inline("Bank fraud\n\n"
            + "The fire started at Meghna Weaving Ltd, a four-storey mill. The bank alerted the Reserve Bank of Tanvania in March. "
            + "According to the Flood Response Presidency (SKB), 900 staff were deployed.\n\n"
            + "The Reserve Bank said it was \"monitoring the situation closely\". Meghna Weaving said it was \"deeply saddened by the fire\". "
            + "The SKB said residents should \"stay out of damaged homes\".");

        Who(quotes, "monitoring the situation closely").ShouldBe("Reserve Bank of Tanvania");
        Who(quotes, "deeply saddened by the fire").ShouldBe("Meghna Weaving Ltd");
        Who(quotes, "stay out of damaged homes").ShouldBe("Flood Response Presidency");
    }

    [Fact]
    public void A_body_is_not_lengthened_into_a_publication_that_opens_with_its_name()
    {
        var quotes = Inline("Fair play\n\n"
            + "From the Arden Chess Federation Bulletin, spring issue.\n\n"
            + "The Arden Chess Federation said it \"takes fair play extremely seriously\".");

        Who(quotes, "takes fair play extremely seriously").ShouldBe("Arden Chess Federation");
    }

    [Fact]
    public void What_a_judge_found_and_what_an_official_accepted_are_their_words_but_what_a_review_found_is_nobodys()
    {
        var quotes = Inline("Tribunal ruling\n\n"
            + "Employment Judge Miriam Cole found that the investigation had been \"cursory at best\".\n\n"
            + "Chief Constable Ian Platt defended the officers, while accepting that the search \"could have been handled better\".\n\n"
            + "The review was led by Professor Ada Lind. It found that staff had been told to carry out a quarterly \"list tidy\" of patients.");

        Who(quotes, "cursory at best").ShouldBe("Miriam Cole");
        Who(quotes, "could have been handled better").ShouldBe("Ian Platt");
        quotes.Where(q => q.Text.Contains("list tidy", StringComparison.Ordinal)).ShouldAllBe(q => q.Speaker != "Ada Lind");
    }

    [Fact]
    public void A_turkish_given_name_with_a_dotted_capital_tells_its_gender_and_a_place_opening_the_sentence_hides_no_one()
    {
        var quotes = Inline("Quake toll rises\n\n"
            + "Governor Ahmet Yılmaz told reporters the toll had risen. \"We will reach everyone,\" Yılmaz said.\n\n"
            + "The Disaster Presidency (AKB) said 900 staff were deployed. The agency said homes were \"heavily damaged\".\n\n"
            + "In Karasu’s central Cumhuriyet quarter, 58-year-old shopkeeper İsmail Doğan stood beside the ruins of his home. "
            + "\"My wife and I ran out in our socks,\" he said.");

        Who(quotes, "My wife and I ran out in our socks").ShouldBe("İsmail Doğan");
    }

    [Fact]
    public void A_comma_after_a_stop_inside_the_marks_runs_the_sentence_on_to_its_cue()
    {
        var quotes = Inline("Girl pulled alive\n\n"
            + "Rescuers pulled a girl from the rubble on Wednesday. “We heard tapping on a pipe at around 4 a.m.,” said a member of the "
            + "volunteer search team, who asked not to be named.");

        Who(quotes, "We heard tapping on a pipe at around 4 a.m.").ShouldBe("a member of the volunteer search team");
    }

    [Fact]
    public void A_role_identified_by_a_name_in_its_own_clause_is_that_name()
    {
        var quotes = Inline("Typhoon toll\n\n"
            + "The fisherman’s son, identified only by his surname Park, told reporters his father had gone out \"just to check the ropes\".");

        Who(quotes, "just to check the ropes").ShouldBe("Park");
    }

    [Fact]
    public void A_bulletins_title_is_nobody_a_role_could_stand_for()
    {
        var quotes = Inline("Hafton Beekeepers — Summer Bulletin\n\n"
            + "It has been, in the words of our swarm coordinator, “the busiest May anyone can remember”.");

        Who(quotes, "the busiest May anyone can remember").ShouldBe("our swarm coordinator");
    }
}
