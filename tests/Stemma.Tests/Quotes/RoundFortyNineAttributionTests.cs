using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round forty-nine, from the misses of blind286–293 (blind290–293 measured sealed with round forty-eight's code). Shown on short
/// fictional articles.
/// </summary>
public class RoundFortyNineAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Theory]
    [InlineData("appeals against")]
    [InlineData("appealed against")]
    public void Whoever_appeals_in_a_decisions_opening_is_the_appellant_the_exchange_after_it_questions(string appeals)
    {
        var quotes = Inline("Appeal decision: Ruane v the Registrar of Boatmen\n\n"
            + $"1. Ms Orla Ruane {appeals} the Registrar's decision of 8 March to remove her name from the Register.\n\n"
            + "2. The Registrar, Mr Tobiah Akande-Lowe, appeared in person. Ms Ruane was represented by Mr Hal Brisco.\n\n"
            + "3. At the hearing the Registrar put questions to the appellant directly. The relevant exchange was as follows:\n\n"
            + "\"Did you leave the launch unattended?\"\n\n"
            + "\"Yes, for a few minutes.\"\n\n"
            + "\"Was the engine running?\"\n\n"
            + "\"I believed I had switched it off.\"");

        Who(quotes, "Did you leave the launch unattended?").ShouldBe("Tobiah Akande-Lowe");
        Who(quotes, "Yes, for a few minutes.").ShouldBe("Orla Ruane");
        Who(quotes, "I believed I had switched it off.").ShouldBe("Orla Ruane");
    }

    [Theory]
    [InlineData("The Registrar's decision letter stated:")]
    [InlineData("The Registrar's letter stated:")]
    [InlineData("As the Registrar's letter states,")]
    public void A_named_role_holders_document_with_its_verb_after_it_speaks_for_the_holder(string cue)
    {
        var quotes = Inline("Appeal decision\n\n"
            + "1. The Registrar, Mr Tobiah Akande-Lowe, appeared in person. Ms Orla Ruane was represented by Mr Hal Brisco.\n\n"
            + $"2. {cue} \"A boatman who leaves a launch running has failed the first duty of the trade.\"");

        Who(quotes, "A boatman who leaves a launch running has failed the first duty of the trade.").ShouldBe("Tobiah Akande-Lowe");
    }

    [Fact]
    public void A_role_no_named_person_holds_gives_its_document_to_no_one_rather_than_to_itself()
    {
        var quotes = Inline("Appeal decision\n\n"
            + "1. Mr Kemal Aslan appeals against the decision of the Department of Borders (\"the respondent\").\n\n"
            + "2. The respondent's decision letter described his offending as \"serious and persistent\".");

        Who(quotes, "serious and persistent").ShouldNotBe("the respondent");
    }

    [Fact]
    public void Asked_about_a_roles_letter_the_pronoun_after_speaks_not_the_role()
    {
        var quotes = Inline("Mine closure\n\n"
            + "The bishop, Emmanuel Chisanga, wrote to the company on Monday. Its director, Gideon Mwale, met workers on Tuesday.\n\n"
            + "Asked about the bishop's letter, he said: \"I have read it.\"");

        Who(quotes, "I have read it.").ShouldBe("Gideon Mwale");
    }

    [Fact]
    public void A_quote_in_an_earlier_sentence_of_an_exchanges_introduction_leaves_its_closing_sentence_to_say_who_questions()
    {
        var quotes = Inline("Guild decision\n\n"
            + "1. This is the Committee's decision on a complaint against Gareth Holroyd-Vane, a member since 2006.\n\n"
            + "2. In a written statement, Mr Holroyd-Vane said the crack had been \"superficial\". At the hearing he was questioned by the "
            + "Committee's chair, Rosalind Oyelaran, and accepted that he had not climbed above the fork.\n\n"
            + "\"Did you inspect the fork from the ground?\"\n\n"
            + "\"From the ground, yes.\"\n\n"
            + "\"With binoculars?\"\n\n"
            + "\"I didn't have them with me that day.\"");

        Who(quotes, "Did you inspect the fork from the ground?").ShouldBe("Rosalind Oyelaran");
        Who(quotes, "From the ground, yes.").ShouldBe("Gareth Holroyd-Vane");
        Who(quotes, "With binoculars?").ShouldBe("Rosalind Oyelaran");
        Who(quotes, "I didn't have them with me that day.").ShouldBe("Gareth Holroyd-Vane");
    }

    [Fact]
    public void A_capitalised_foreign_office_the_article_writes_alone_after_the_is_a_title_not_a_given_name()
    {
        var quotes = Inline("Villages at odds over a spring\n\n"
            + "Amghar Idir Ath-Mansour, the elder who chairs the assembly, was patient. \"Our grandfathers shared this water,\" he told reporters.\n\n"
            + "The Amghar said the village would accept a division \"by hours, as before\".\n\n"
            + "A senior official, who was not authorised to speak, said the flow had fallen. \"This is not a quarrel between villages,\" the official said.\n\n"
            + "Asked what would happen if talks failed, the Amghar did not hesitate. \"Then the spring will decide,\" he said.");

        Who(quotes, "Our grandfathers shared this water").ShouldBe("Idir Ath-Mansour");
        Who(quotes, "by hours, as before").ShouldBe("Idir Ath-Mansour");
        Who(quotes, "Then the spring will decide").ShouldBe("Idir Ath-Mansour");
    }

    [Fact]
    public void A_place_written_before_a_noun_after_the_is_no_title()
    {
        var quotes = Inline("Bypass delayed\n\n"
            + "Work on the Hessop bypass will not start this year. Hessop County Council said the scheme was \"scheduled for the spring\".");

        Who(quotes, "scheduled for the spring").ShouldBe("Hessop County Council");
    }

    [Theory]
    [InlineData("as Ferreira lined up at the top")]
    [InlineData("as he lined up at the top")]
    [InlineData("as the champion lined up at the top")]
    public void A_clause_opened_by_as_after_a_quotes_unnamed_asker_names_no_speaker(string clause)
    {
        var quotes = Inline("Sand final\n\n"
            + "Tomás Ferreira, 19, won the title. \"Sand is kinder than snow,\" said Ferreira.\n\n"
            + $"\"Is he actually going to jump that?\" asked one spectator {clause}. He did.");

        Who(quotes, "Is he actually going to jump that?").ShouldBe("one spectator");
    }

    [Fact]
    public void As_completing_a_word_before_it_leaves_the_name_after_it_the_speaker()
    {
        var quotes = Inline("Quiz night\n\n"
            + "\"We won on the tie-break,\" said the man known as Brian Tuck.");

        Who(quotes, "We won on the tie-break").ShouldBe("Brian Tuck");
    }

    [Fact]
    public void A_sentence_between_quotes_whose_named_subject_reports_speech_hands_the_next_bare_quote_to_that_subject()
    {
        var quotes = Inline("Sand final\n\n"
            + "In the under-14s, Ffion Bevan took gold on a board borrowed from her brother. \"He doesn't know yet,\" she said. "
            + "Her brother, Rhodri Bevan, 15, watching from the car park, said he had guessed. \"She's been waxing it since Thursday.\"");

        Who(quotes, "He doesn't know yet").ShouldBe("Ffion Bevan");
        Who(quotes, "She's been waxing it since Thursday.").ShouldBe("Rhodri Bevan");
    }

    [Fact]
    public void A_child_asking_after_a_quote_is_an_unnamed_source()
    {
        var quotes = Inline("Lantern night\n\n"
            + "Nobody seemed to mind. \"Was that a real bat?\" asked one child in the front row.");

        Who(quotes, "Was that a real bat?").ShouldBe("one child");
    }

    [Fact]
    public void A_nickname_in_marks_before_a_surname_that_opens_with_a_particle_leaves_one_person_of_the_given_name_and_surname()
    {
        var quotes = Inline("Lantern show\n\n"
            + "The programme was built around the lantern belonging to Gwilym \"the Professor\" ap Rhys.\n\n"
            + "\"It behaved beautifully,\" said Hester Vane.\n\n"
            + "The projectionist was Mr ap Rhys himself. He put it bluntly: \"The left lens fogged.\"");

        Who(quotes, "The left lens fogged.").ShouldBe("Gwilym ap Rhys");
    }
}
