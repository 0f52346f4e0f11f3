using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round nineteen, from the misses of blind70–73: the person a paragraph opens on; a bare role after a sentence about someone;
/// family members named by their relation; reporting verbs of a hearing. Shown on short fictional inline articles.
/// </summary>
public class RoundNineteenAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void A_pronoun_later_in_a_paragraph_is_the_person_the_paragraph_opened_on_not_the_last_speaker()
    {
        var quotes = Inline("Head gardener retires\n\n"
            + "After thirty years, Walter Brisk is leaving the walled garden at Hollin Park.\n\n"
            + "Walter is modest about it. \"I kept the weeds down,\" he said.\n\n"
            + "His deputy, Owain Tudor, has worked beside him since March. The 24-year-old studied at Kelmscott College. "
            + "\"Walter knows every pear tree by its first name,\" he said.");

        Who(quotes, "I kept the weeds down").ShouldBe("Walter Brisk");
        Who(quotes, "Walter knows every pear tree by its first name").ShouldBe("Owain Tudor");
    }

    [Fact]
    public void A_pronoun_after_the_paragraphs_opening_person_stays_with_the_last_speaker_when_someone_else_spoke_between()
    {
        var quotes = Inline("Ferry fares\n\n"
            + "Captain Rhys Morgan has run the crossing for a decade.\n\n"
            + "Rhys Morgan was blunt. \"We cannot hold fares,\" he said. \"Fuel is up,\" added the purser, Huw Ellis. "
            + "\"Nobody likes it,\" he said.");

        Who(quotes, "Nobody likes it").ShouldBe("Huw Ellis");
    }

    [Fact]
    public void A_bare_role_that_no_one_holds_is_the_person_the_sentence_before_was_about()
    {
        var quotes = Inline("Ban angers club\n\n"
            + "Rider Anders Holm has been suspended for a month after a crash with Lewis Pike.\n\n"
            + "\"Pike was fine,\" Holm said.\n\n"
            + "Team manager Ron Bassey was, as usual, louder. \"A month! For that?\" said the gaffer.");

        Who(quotes, "A month! For that?").ShouldBe("Ron Bassey");
    }

    [Fact]
    public void A_role_reaching_a_titled_person_only_by_a_kind_of_word_gives_way_to_the_person_just_described()
    {
        var quotes = Inline("Title defence off\n\n"
            + "Champion Dario Vukic has withdrawn from his defence against Ike Onwuachi with a torn shoulder, his promoter said.\n\n"
            + "\"He is gutted,\" said promoter Tess Harlan.\n\n"
            + "Onwuachi, 27, was in no mood to wait. The Lagos-born challenger, unbeaten in 19 fights, posted a video within the hour. "
            + "\"Torn shoulder? I've boxed with worse,\" he said in the clip.");

        Who(quotes, "Torn shoulder? I've boxed with worse").ShouldBe("Ike Onwuachi");
    }

    [Fact]
    public void A_relative_named_only_by_the_tie_is_the_one_person_of_the_owners_surname_and_the_ties_gender()
    {
        var quotes = Inline("Canal breach\n\n"
            + "Among those stranded were Moira and Duncan Fyfe, whose narrowboat settled on the mud. Moira Fyfe took it calmly. "
            + "\"The teapot fell over and that was the worst of it,\" she said. Her husband was less calm: \"Thirty years on this canal and I have never seen a breach like it.\"");

        Who(quotes, "Thirty years on this canal and I have never seen a breach like it.").ShouldBe("Duncan Fyfe");
    }

    [Fact]
    public void A_plain_noun_for_a_person_after_the_verb_keeps_its_place_phrase_out_of_the_speaker()
    {
        var quotes = Inline("Opening night\n\n"
            + "\"I came for the songs and stayed for the jokes,\" said one woman in the front row.\n\n"
            + "\"It ran far too long for me,\" said a man from Harrowgate.");

        Who(quotes, "I came for the songs and stayed for the jokes").ShouldBe("one woman");
        Who(quotes, "It ran far too long for me").ShouldBe("a man");
    }

    [Fact]
    public void A_title_case_role_after_the_verb_and_its_appositive_name_give_the_name()
    {
        var quotes = Inline("Choir tour\n\n"
            + "\"I have never been prouder of a choir,\" said our Director of Music, Dr Helen Ashdown. \"They sang as if they owned the place.\"");

        Who(quotes, "I have never been prouder of a choir").ShouldBe("Helen Ashdown");
        Who(quotes, "They sang as if they owned the place.").ShouldBe("Helen Ashdown");
    }

    [Fact]
    public void A_bodys_noun_closing_an_office_before_a_name_the_lists_do_not_know_is_no_part_of_the_name()
    {
        var quotes = Inline("Floods rise\n\n"
            + "At an emergency meeting, Vice Chairman of the provincial People's Committee Đặng Quốc Huy ordered officials to \"leave no village without a boat.\"\n\n"
            + "\"The water is rising at night,\" Mr Huy said.");

        Who(quotes, "leave no village without a boat.").ShouldBe("Đặng Quốc Huy");
        Who(quotes, "The water is rising at night").ShouldBe("Đặng Quốc Huy");
    }

    [Fact]
    public void A_bodys_noun_opening_a_teams_name_without_an_office_stays_in_the_name()
    {
        var quotes = Inline("Cup shock\n\n"
            + "Hollybrook, of the Western Counties League, beat League One Farnmouth Athletic 2-1 on Saturday.\n\n"
            + "Farnmouth Athletic later said the club would \"learn from a poor afternoon\".");

        Who(quotes, "learn from a poor afternoon").ShouldBe("Farnmouth Athletic");
    }

    [Fact]
    public void The_answer_to_a_reported_question_put_to_him_is_the_person_asked_not_the_last_man_named()
    {
        var quotes = Inline("Rider banned\n\n"
            + "Jonas Brekke has been banned for 28 days after a crash with Dale Mercer at Ashbrook.\n\n"
            + "Brekke dived up the inside of Mercer on the last bend, they touched, and Mercer went into the fence.\n\n"
            + "We caught up with Brekke at his workshop and asked him straight out: did he mean to put Mercer into the fence?\n\n"
            + "\"Never. Not in a million years,\" he said.");

        Who(quotes, "Never. Not in a million years").ShouldBe("Jonas Brekke");
    }

    [Fact]
    public void The_reporting_verbs_of_a_hearing_give_partial_quotes_to_counsel_and_witnesses()
    {
        var quotes = Inline("Inquiry day one\n\n"
            + "Opening for the developer, Ms Harriet Quarmby KC submitted that the council had \"barely two years\" of land supply.\n\n"
            + "Mr Neil Oxtoby, the transport witness, was questioned at length. In cross-examination he accepted that the buses were infrequent, "
            + "but maintained that they offered \"a real choice for residents\".\n\n"
            + "The council's landscape witness, Professor Alun Pryce, gave evidence that the scheme would \"swallow the green gap whole\".\n\n"
            + "The highway authority, Wexcombe County Council, raised no objection, stating in its response that the junction would run \"well within capacity\".\n\n"
            + "Another speaker, Mr Colm Dunne, a first-time buyer, took a different view. \"Everyone here owns a house. I never will.\"");

        Who(quotes, "barely two years").ShouldBe("Harriet Quarmby");
        Who(quotes, "a real choice for residents").ShouldBe("Neil Oxtoby");
        Who(quotes, "swallow the green gap whole").ShouldBe("Alun Pryce");
        Who(quotes, "well within capacity").ShouldBe("Wexcombe County Council");
        Who(quotes, "Everyone here owns a house. I never will.").ShouldBe("Colm Dunne");
    }

    [Fact]
    public void A_relative_clause_saying_what_someone_has_advised_reports_no_statement_of_theirs()
    {
        var quotes = Inline("Gate fails\n\n"
            + "\"The timber was sound,\" said Eluned Parry, a professor of engineering at Marlow University who has advised the Society.\n\n"
            + "She went on: \"We are looking at a whole fleet of old gates.\"");

        Who(quotes, "We are looking at a whole fleet of old gates.").ShouldBe("Eluned Parry");
    }

    [Fact]
    public void A_nickname_between_a_title_and_given_name_and_the_surname_is_no_quote_and_leaves_the_full_name()
    {
        var quotes = Inline("Jail escape\n\n"
            + "Two inmates escaped early Thursday, Sheriff Dale \"Tex\" Hammond told reporters.\n\n"
            + "Chief Deputy Alma Ruiz, who is leading the search, said the dogs were out. \"We have air support up,\" Ruiz said.\n\n"
            + "\"Were the cameras working?\" a reporter asked.\n\n"
            + "\"Two of them were not,\" the sheriff said.");

        quotes.ShouldNotContain(q => q.Text == "Tex");
        Who(quotes, "Two of them were not").ShouldBe("Dale Hammond");
    }

    [Fact]
    public void That_was_and_a_teams_name_and_role_before_the_name_identify_the_speaker_of_the_quote_before()
    {
        var quotes = Inline("Meteors beaten\n\n"
            + "The Kestrels won the Dora Pike Challenge Cup for the first time on Saturday.\n\n"
            + "\"I cannot feel my legs. Honestly, I cannot.\" That was Kestrels goal shooter Nia Okafor, moments after the final whistle. "
            + "She scored 29 of her side's goals.\n\n"
            + "The 23-year-old added: \"I did not even look at the post.\"");

        Who(quotes, "I cannot feel my legs. Honestly, I cannot.").ShouldBe("Nia Okafor");
        Who(quotes, "I did not even look at the post.").ShouldBe("Nia Okafor");
    }
}
