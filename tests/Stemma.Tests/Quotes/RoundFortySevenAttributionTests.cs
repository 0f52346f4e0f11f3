using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round forty-seven, from the misses of blind270–277 (blind274–277 measured sealed with round forty-six's code). Shown on short
/// fictional articles.
/// </summary>
public class RoundFortySevenAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Theory]
    [InlineData("one retired shearer")]
    [InlineData("one young herder")]
    [InlineData("a forester")]
    public void A_person_noun_whose_first_dictionary_sense_is_a_famous_bearer_of_it_as_a_surname_still_names_a_speaker(string source)
    {
        var quotes = Inline("Record count disputed\n\n"
            + "The Upland Shearing Federation said it would \"review all footage and tally sheets\" before any ratification.\n\n"
            + $"\"I've seen records given on worse counts than that,\" said {source} watching from the rail.");

        Who(quotes, "I've seen records given on worse counts than that").ShouldBe(source);
    }

    [Fact]
    public void A_nickname_in_marks_before_a_surname_with_particles_leaves_the_person_named_by_the_given_name_and_the_surname()
    {
        var quotes = Inline("Shearing record under protest\n\n"
            + "Callum \"Tiny\" Mac an Tòisich sheared 61 ewes in an hour at the Glenbrack Open on Saturday.\n\n"
            + "\"I've never gone that fast in my life,\" Mac an Tòisich said.");

        Who(quotes, "I've never gone that fast in my life").ShouldBe("Callum Mac an Tòisich");
    }

    [Theory]
    [InlineData("Demarch")]
    [InlineData("Nomarch")]
    public void A_greek_office_written_before_a_full_name_is_no_part_of_the_name(string title)
    {
        var quotes = Inline("Yard to cut 140 jobs\n\n"
            + "Aegean Hull Holdings will cut 140 of the 310 jobs at its repair yard by the end of March.\n\n"
            + $"{title} Stavroula Kanellopoulou-Vrettou, who leads the council, said she had learned of the cuts \"from a press release, like everyone else\".");

        Who(quotes, "from a press release, like everyone else").ShouldBe("Stavroula Kanellopoulou-Vrettou");
    }

    [Fact]
    public void A_feast_day_before_a_pronoun_is_no_person_the_pronoun_could_stand_for()
    {
        const string day = "Christmas Eve"; // (Eve is a given name)
        var quotes = Inline("Hedgehog hospital full\n\n"
            + "Our volunteer coordinator, Priya Lakhani-Dunmore, spent most of the month rebuilding the rota around the school holidays. "
            + $"By {day} she had 41 people on cleaning shifts.\n\n"
            + "\"I've never had so many offers of help,\" she said.");

        Who(quotes, "I've never had so many offers of help").ShouldBe("Priya Lakhani-Dunmore");
    }

    [Fact]
    public void A_sentence_that_calls_a_quote_her_answer_names_the_woman_before_it()
    {
        var quotes = Inline("Tulip show results\n\n"
            + "Rosalind Oyelaran-Fitch took the premier award for the third year running.\n\n"
            + "The novice class went to Aoife Ní Bhriain, who joined the society in October. \"Patience, mostly, and a great many slug pellets.\" "
            + "That was her answer when asked the secret of her winning pan of three.");

        Who(quotes, "Patience, mostly, and a great many slug pellets.").ShouldBe("Aoife Ní Bhriain");
    }

    [Theory]
    [InlineData("That was the retired foreman again, speaking by telephone on Thursday evening.")]
    [InlineData("That was the retired foreman.")]
    public void A_sentence_that_says_the_quote_was_a_definite_role_names_that_role_as_its_speaker(string sentence)
    {
        var quotes = Inline("Yard cuts condemned\n\n"
            + "\"Nobody in government has lifted a finger,\" said one retired foreman, who asked not to be named.\n\n"
            + "The South Aegean Development Office said on Thursday it was \"monitoring the situation closely\" and would invite both sides to talks.\n\n"
            + $"\"Monitoring is what you do to a patient you've already given up on.\" {sentence}");

        Who(quotes, "Monitoring is what you do to a patient you've already given up on.").ShouldBe("one retired foreman");
    }

    [Theory]
    [InlineData("Ondar-ool")]
    [InlineData("Kara-ool")]
    public void A_surname_with_a_lowercase_ending_a_name_takes_after_a_hyphen_is_the_whole_surname(string surname)
    {
        var quotes = Inline("Throat singers' festival\n\n"
            + $"That warning came from Sholban {surname}, 71, a retired singer who won the festival's first title in 1992.\n\n"
            + "\"If the herders cannot come down from the summer pastures, this becomes a festival for city people,\" Sholban said.");

        Who(quotes, "If the herders cannot come down from the summer pastures, this becomes a festival for city people").ShouldBe($"Sholban {surname}");
    }

    [Theory]
    [InlineData("Municipal Agriculturist Ma. Lourdes Ocampo-Tiu", "Ma. Lourdes Ocampo-Tiu")]
    [InlineData("Barangay Captain Ma. Teresa dela Peña", "Ma. Teresa dela Peña")]
    public void The_philippine_shortening_of_maria_before_a_given_name_is_part_of_the_name(string introduced, string speaker)
    {
        var quotes = Inline("Copra price dispute\n\n"
            + "Farmers walked out of the assembly on Friday after buyers refused to change their moisture readings.\n\n"
            + $"{introduced}, who chaired the assembly, offered a compromise. She said: \"We will borrow a second moisture meter from the provincial office.\"");

        Who(quotes, "We will borrow a second moisture meter from the provincial office.").ShouldBe(speaker);
    }

    [Fact]
    public void A_holdings_name_ending_in_farm_is_no_person_a_pronoun_could_stand_for()
    {
        var quotes = Inline("Boundary determined\n\n"
            + "Applicant: Ms Gwendolen Ashby-Trelawney. Respondents: Mr Rhodri Penhallow and Mrs Catrin Penhallow.\n\n"
            + "1. This is an application to determine the boundary between Hollybrook Cottage, owned by the Applicant, and Wrenfold Farm, owned by the Respondents.\n\n"
            + "2. The Applicant's case is that the boundary follows the ditch. In her witness statement she said: \"My late father cut that hedge every autumn.\"");

        Who(quotes, "My late father cut that hedge every autumn.").ShouldBe("Gwendolen Ashby-Trelawney");
    }

    [Theory]
    [InlineData("a retired sawmill worker from Ellerbeck who said")]
    [InlineData("a retired sawmill worker who said")]
    [InlineData("a retired sawmill worker from Ellerbeck, who said")]
    public void A_relatives_speech_verb_after_a_description_of_an_unnamed_source_is_the_sources(string description)
    {
        var quotes = Inline("Axe final in the rain\n\n"
            + "Siobhán Ní Bhraonáin won the open axe-throw final at the Greyfell show on Saturday.\n\n"
            + $"\"Who throws like that in the rain?\" asked one spectator, {description} he had not missed a show in forty years.\n\n"
            + "He was still shaking his head as the crowd drifted away. \"I've seen nothing like it since the seventies,\" he said.");

        Who(quotes, "I've seen nothing like it since the seventies").ShouldBe("one spectator");
    }

    [Fact]
    public void A_definite_role_names_the_unnamed_person_given_its_noun_inside_a_sentence_that_opens_with_another_indefinite_phrase()
    {
        var quotes = Inline("Salon registration renewed\n\n"
            + "3. The premises were inspected on 19 August by Senior Inspector Callum Brierley-Ash. His report found the salon \"clean, well ventilated and well organised\".\n\n"
            + "4. One objection was received, from a neighbouring resident who asked not to be named. The resident wrote that chemical smells were "
            + "\"strongest in the late afternoon, when the perming is done\".");

        Who(quotes, "strongest in the late afternoon, when the perming is done").ShouldBe("a neighbouring resident");
    }

    [Theory]
    [InlineData("The Applicant's case is that the boundary follows the ditch.", "Gwendolen Ashby-Trelawney")]
    [InlineData("The Respondent's solicitor, Ms Delyth Morgan, said the boundary follows the ditch.", "Delyth Morgan")]
    public void A_definite_roles_possessive_opening_the_sentence_before_a_pronoun_is_the_person_the_role_names_unless_it_owns_a_person(string sentence, string speaker)
    {
        var quotes = Inline("Boundary determined\n\n"
            + "Applicant: Ms Gwendolen Ashby-Trelawney. Respondents: Mr Rhodri Penhallow and Mrs Catrin Penhallow.\n\n"
            + "1. This is an application to determine the boundary between Hollybrook Cottage, owned by the Applicant, and Wrenfold Farm, owned by the Respondents.\n\n"
            + $"2. {sentence} In her witness statement she said: \"My late father cut that hedge every autumn.\"");

        Who(quotes, "My late father cut that hedge every autumn.").ShouldBe(speaker);
    }

    [Fact]
    public void A_possessive_statement_whose_colon_opens_the_next_quote_is_no_cue_of_the_quote_before()
    {
        var quotes = Inline("Boundary determined\n\n"
            + "Applicant: Ms Gwendolen Ashby-Trelawney. Respondents: Mr Rhodri Penhallow and Mrs Catrin Penhallow.\n\n"
            + "3. In cross-examination, counsel for the Respondents, Mr Idris Vaughan-Mercer, showed her a 1994 photograph.\n\n"
            + "\"Who is the man standing on the bank with the slasher?\"\n\n"
            + "\"That is Mr Trewin, who farmed the land before the Penhallows,\" she replied.\n\n"
            + "\"So he was cutting the hedge?\"\n\n"
            + "\"He was helping my father. They were friends.\"\n\n"
            + "4. Mr Penhallow's witness statement reads:\n\n"
            + "\"When we bought the farm in 2003, the agent told us the bank was ours.\"");

        Who(quotes, "He was helping my father. They were friends.").ShouldNotBe("Rhodri Penhallow");
        Who(quotes, "When we bought the farm in 2003, the agent told us the bank was ours.").ShouldBe("Rhodri Penhallow");
    }

    [Fact]
    public void A_bodys_document_owned_by_its_with_a_word_before_the_noun_is_the_bodys()
    {
        var quotes = Inline("Water permit hearing\n\n"
            + "Dr Anneke van der Hoek told the hearing that the aquifer was under strain.\n\n"
            + "The Milos Municipal Water Company did not send a representative. Its written submission said the aquifer was "
            + "\"already drawn down beyond what we consider safe in dry years\".");

        Who(quotes, "already drawn down beyond what we consider safe in dry years").ShouldBe("Milos Municipal Water Company");
    }

    [Theory]
    [InlineData("The same spectator, a Hollin Park member who would not give his name, was still grinning an hour later.", "one spectator")]
    [InlineData("The buyer, a private collection in Flanders, was represented by the agent Piet Claes.", "Piet Claes")]
    public void A_definite_role_subject_with_a_description_of_a_person_between_commas_is_who_the_next_pronoun_stands_for(string sentence, string speaker)
    {
        var quotes = Inline("Footgolf open\n\n"
            + "Declan Morrow won the Hollin Park Open on Sunday.\n\n"
            + "\"Did the wind change on the back nine?\" asked one spectator as the players walked off the green.\n\n"
            + "\"No, I did,\" Morrow replied.\n\n"
            + $"{sentence} \"Best fiver I ever spent,\" he said.");

        Who(quotes, "Best fiver I ever spent").ShouldBe(speaker);
    }

    [Fact]
    public void A_greek_skippers_form_of_address_before_a_full_name_is_no_part_of_the_name()
    {
        var quotes = Inline("Sponge divers protest\n\n"
            + "\"They are digging up our grandfathers' sea to make room for charter boats,\" said Kapetan Yannis Kambouris-Lekka, the president of the divers' cooperative.");

        Who(quotes, "They are digging up our grandfathers' sea to make room for charter boats").ShouldBe("Yannis Kambouris-Lekka");
    }
}
