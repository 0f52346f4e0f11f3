using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round thirty-six, from the misses of blind182–189 (blind186–189 measured sealed with round thirty-five's code). Shown on short
/// fictional articles.
/// </summary>
public class RoundThirtySixAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void An_Irish_surname_runs_on_over_a_mutated_word_after_its_article()
    {
        var quotes = Inline("Late frees force extra time\n\n"
            + "But substitute Ciara Nic an tSaoir, only 17, landed two late frees. \"I just hit it and closed my eyes,\" she said.\n\n"
            + "\"We were never behind in our heads,\" said full-back Róisín Ní hÉalaí.\n\n"
            + "\"The pitch was heavy,\" Tomás Ó hUiginn said after the match.");

        Who(quotes, "I just hit it and closed my eyes").ShouldBe("Ciara Nic an tSaoir");
        Who(quotes, "We were never behind in our heads").ShouldBe("Róisín Ní hÉalaí");
        Who(quotes, "The pitch was heavy").ShouldBe("Tomás Ó hUiginn");
    }

    [Fact]
    public void Titles_of_French_officers_Maltese_priests_and_Burmese_elders_are_no_part_of_the_name()
    {
        var quotes = Inline("Fire reaches the terraces\n\n"
            + "\"We did not wait for the flames,\" said Commandant Ours-Jean Filippi of the fire service.\n\n"
            + "\"He has a door, and we will keep knocking,\" said the parish priest, Dun Salv Mifsud.\n\n"
            + "\"He phoned at two o'clock,\" said Daw Khin Myat Noe, whose son was on the boat.\n\n"
            + "\"We search with our hands,\" said Ko Thiha Kyaw, a diver from the village.\n\n"
            + "\"The river rose in an hour,\" said U Aung Myint Oo, the village head.");

        Who(quotes, "We did not wait for the flames").ShouldBe("Ours-Jean Filippi");
        Who(quotes, "He has a door, and we will keep knocking").ShouldBe("Salv Mifsud");
        Who(quotes, "He phoned at two o'clock").ShouldBe("Khin Myat Noe");
        Who(quotes, "We search with our hands").ShouldBe("Thiha Kyaw");
        Who(quotes, "The river rose in an hour").ShouldBe("Aung Myint Oo");
    }

    [Fact]
    public void A_Korean_surname_Ko_before_a_single_given_name_and_Dun_in_a_body_s_name_stay()
    {
        var quotes = Inline("Skater wins gold\n\n\"I did not expect it,\" said Ko Eun-ji after the final.\n\n"
            + "\"Dredging starts in May,\" the Dun Laoghaire Harbour Company said.");

        Who(quotes, "I did not expect it").ShouldBe("Ko Eun-ji");
        Who(quotes, "Dredging starts in May").ShouldBe("Dun Laoghaire Harbour Company");
    }

    [Fact]
    public void A_body_named_in_its_own_language_is_what_the_English_noun_for_it_stands_for_after_a_description()
    {
        var quotes = Inline("Cork harvest abandoned\n\n"
            + "Growers have abandoned the season, the district’s largest producers’ consortium said on Tuesday.\n\n"
            + "“We have never stopped a harvest in August,” said Giommaria Pìras, president of the Consorzio Sughericolo di Vèrghine.\n\n"
            + "The consortium said it would ask for “a declaration of natural calamity, without delay” so that growers could claim.");

        Who(quotes, "a declaration of natural calamity, without delay").ShouldBe("Consorzio Sughericolo di Vèrghine");
    }

    [Fact]
    public void A_business_left_unnamed_keeps_its_determiner_as_an_unnamed_person_does()
    {
        var quotes = Inline("Cork harvest abandoned\n\n"
            + "“Who is going to buy our cork?” asked one stopper manufacturer, who did not want to be named. The manufacturer said "
            + "suppliers had already “called to offer us whatever we need” for next spring.");

        Who(quotes, "Who is going to buy our cork?").ShouldBe("one stopper manufacturer");
        Who(quotes, "called to offer us whatever we need").ShouldBe("one stopper manufacturer");
    }

    [Fact]
    public void A_side_named_between_two_scores_is_a_team_not_the_person_a_bare_role_stands_for()
    {
        var quotes = Inline("Cloonmore end long wait\n\n"
            + "County final: Cloonmore 2-14 Kilbrannagh Gaels 1-15\n\n"
            + "Aoife Ní Bhriain finally lifted the cup on Sunday as Cloonmore won their first title in nineteen years.\n\n"
            + "“I’ve been coming to this final since I was six,” the Cloonmore captain said.");

        Who(quotes, "I’ve been coming to this final since I was six").ShouldBe("Aoife Ní Bhriain");
    }

    [Fact]
    public void A_long_opening_participle_clause_leaves_the_pronoun_after_its_comma_as_the_subject_a_lone_quote_carries()
    {
        var quotes = Inline("Final lost\n\n"
            + "Gaels manager Bernadette Hynes did not hide her disappointment. “We had it won and we gave it back,” she said.\n\n"
            + "Tom Reilly, the chairman, was also at the ground.\n\n"
            + "Asked whether this was the end of an era for a team that had won six of the last eight titles, she did not hesitate.\n\n"
            + "“Ask me in February.”");

        Who(quotes, "Ask me in February.").ShouldBe("Bernadette Hynes");
    }

    [Fact]
    public void An_unnamed_source_a_decision_labels_with_referred_to_as_is_named_by_the_label()
    {
        var quotes = Inline("Decision notice\n\n"
            + "3. One recipient, referred to in this notice as Complainant A, wrote to the Commissioner: “I have not told my sister.”\n\n"
            + "4. “It was awful,” said one patient, known here as Patient C.");

        Who(quotes, "I have not told my sister.").ShouldBe("Complainant A");
        Who(quotes, "It was awful").ShouldBe("Patient C");
    }

    [Fact]
    public void A_clinic_and_a_diocese_are_bodies_that_their_definite_nouns_stand_for()
    {
        var quotes = Inline("Church roof and clinic fine\n\n"
            + "The Diocese of Kelbrook’s surveyor, Alan Crisp, inspected the roof the following week.\n\n"
            + "The diocese said in a statement that repair work would take “at least sixteen weeks”.\n\n"
            + "The Commissioner fined Hawthorn Lane Clinic Ltd, a private clinic in St Aubrey, for failing to keep data secure.\n\n"
            + "In its written submission, the clinic said the disclosure was “a single human error”.");

        Who(quotes, "at least sixteen weeks").ShouldBe("Diocese of Kelbrook");
        Who(quotes, "a single human error").ShouldBe("Hawthorn Lane Clinic Ltd");
    }

    [Fact]
    public void One_of_a_crew_or_a_jury_is_an_unnamed_member()
    {
        var quotes = Inline("Rescue\n\n"
            + "The lifeboat reached him within three minutes. \"He was calm, and he was swearing in three languages,\" said one of the crew.\n\n"
            + "\"We saw nothing,\" said one of the jury.");

        Who(quotes, "He was calm, and he was swearing in three languages").ShouldBe("one of the crew");
        Who(quotes, "We saw nothing").ShouldBe("one of the jury");
    }

    [Fact]
    public void Answers_to_unquoted_questions_are_the_person_questioned_or_facing_the_questions()
    {
        var quotes = Inline("Bell recast\n\n"
            + "The founder, Pieter van der Hoek, oversaw the casting. \"It went well,\" he said.\n\n"
            + "Guild secretary Colin Atherstone-Pugh thanked the founders. \"We owe them a great deal,\" he said.\n\n"
            + "At the autumn meeting, members questioned Mr van der Hoek. Was any of the old bell lost? “About four kilograms.” "
            + "Would it crack again? “Not in your lifetime.”\n\n"
            + "Race director Søren Kjeldgaard spoke after the final. \"Nobody predicted 38 knots,\" he said.\n\n"
            + "Rider Tomás Ferreira-Alves was taken to hospital. \"I am fine,\" he said.\n\n"
            + "At the press conference Kjeldgaard faced a string of questions about safety. Should the heat have been stopped earlier? "
            + "\"We stopped it within forty seconds.\" Would the final be rerun? \"No. The results stand.\"");

        Who(quotes, "About four kilograms.").ShouldBe("Pieter van der Hoek");
        Who(quotes, "Not in your lifetime.").ShouldBe("Pieter van der Hoek");
        Who(quotes, "We stopped it within forty seconds.").ShouldBe("Søren Kjeldgaard");
        Who(quotes, "No. The results stand.").ShouldBe("Søren Kjeldgaard");
    }

    [Fact]
    public void An_answer_after_a_resident_s_quoted_question_is_the_person_the_residents_questioned()
    {
        var quotes = Inline("Cattle grid\n\n"
            + "Project engineer Naveen Tallis-Roy said the grid would carry lorries. \"The pit is deep enough,\" he said.\n\n"
            + "At a drop-in session, residents questioned Mr Tallis-Roy. \"Why not just fix the gate?\" asked one resident. "
            + "\"Because a gate only works when somebody shuts it.\" Would there be noise at night? \"No. We work seven till six.\"");

        Who(quotes, "Why not just fix the gate?").ShouldBe("one resident");
        Who(quotes, "Because a gate only works when somebody shuts it.").ShouldBe("Naveen Tallis-Roy");
        Who(quotes, "No. We work seven till six.").ShouldBe("Naveen Tallis-Roy");
    }

    [Fact]
    public void Dutch_surnames_keep_ten_te_and_the_elided_article()
    {
        var quotes = Inline("Mud race\n\n"
            + "“Collarbone intact, pride not so much,” said Maaike ten Brink after the race.\n\n"
            + "“I was on my limit from the first lap,” said Lieke ’t Hooft.\n\n"
            + "“The barriers were slick,” said Jan te Winkel.");

        Who(quotes, "Collarbone intact, pride not so much").ShouldBe("Maaike ten Brink");
        Who(quotes, "I was on my limit from the first lap").ShouldBe("Lieke 't Hooft");
        Who(quotes, "The barriers were slick").ShouldBe("Jan te Winkel");
    }

    [Fact]
    public void A_Catalan_office_and_its_portfolio_before_a_name_are_no_part_of_it_and_a_feminine_office_tells_a_woman()
    {
        var quotes = Inline("Cheese label\n\n"
            + "Cheesemakers in the hills above Sant Jaume de Tramuntana have won an export label.\n\n"
            + "From March, wheels from the Formatgers de Ses Vinyes cooperative will carry the new seal on shipments.\n\n"
            + "Consellera d’Agricultura Aina Triay Olives said the cooperative had “done everything the rules ask, and then some”.\n\n"
            + "She added: “Small producers are the reason.”\n\n"
            + "The cooperative said in a statement that the first batch would be “the best we have ever made”.");

        Who(quotes, "done everything the rules ask, and then some").ShouldBe("Aina Triay Olives");
        Who(quotes, "Small producers are the reason.").ShouldBe("Aina Triay Olives");
        Who(quotes, "the best we have ever made").ShouldBe("Formatgers de Ses Vinyes");
    }

    [Fact]
    public void A_that_clause_joined_after_a_quote_goes_on_with_the_reporting_verb_before_it()
    {
        var quotes = Inline("Rack lost\n\n"
            + "The rack belonged to Hallvard Berg, 61.\n\n"
            + "He said the loss would cost him \"most of next season's income\" and that his insurer had already told him racks were not covered.");

        Who(quotes, "most of next season's income").ShouldBe("Hallvard Berg");
    }

    [Fact]
    public void The_role_after_one_of_a_group_names_that_member_again()
    {
        var quotes = Inline("Pole snaps\n\n"
            + "Caoimhe Driscoll-Maher planted cleanly, but the pole buckled. \"I felt it go,\" she said.\n\n"
            + "One of the officials on the runway, who declined to be named, said the pole had \"a crease you could put your thumb in\" "
            + "when it was checked. \"It should never have come out of the bag in that state,\" the official said.");

        Who(quotes, "a crease you could put your thumb in").ShouldBe("one of the officials");
        Who(quotes, "It should never have come out of the bag in that state").ShouldBe("one of the officials");
    }
}
