using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round thirty-four, from the misses of blind162–173 (blind170–173 measured sealed with round thirty-three's code): a court's
/// transcript whose first question calls the one it is put to by name, and a cross-examination introduced without a colon; a
/// portfolio written between an office and a name; titles of French-speaking and Arabic-speaking Africa; pseudonyms such as
/// Patient A; a surname's particles after an honorific; a guild's Master; a foreign body's bracketed initials; and a running quote
/// before an exchange, on which the exchange reader failed (found by blind177). Shown on short fictional articles.
/// </summary>
public class RoundThirtyFourAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void A_transcript_question_that_calls_someone_by_name_is_answered_by_them_and_the_uncued_turns_alternate()
    {
        var quotes = Inline("Solicitor suspended for misleading the court\n\n"
            + "1. The Respondent, Marcus Tolliver-Shaw, appeared for the defendant before Recorder Helena Brightwater at Ashcombe Crown Court.\n\n"
            + "2. The transcript records:\n\n"
            + "\"Mr Tolliver-Shaw, has your client been served with the statement?\" the Recorder asked.\n\n"
            + "\"He has not, madam.\"\n\n"
            + "\"Not at all?\"\n\n"
            + "\"Not to my knowledge.\"");

        Who(quotes, "Mr Tolliver-Shaw, has your client been served with the statement?").ShouldBe("Helena Brightwater");
        Who(quotes, "He has not, madam.").ShouldBe("Marcus Tolliver-Shaw");
        Who(quotes, "Not at all?").ShouldBe("Helena Brightwater");
        Who(quotes, "Not to my knowledge.").ShouldBe("Marcus Tolliver-Shaw");
    }

    [Fact]
    public void A_cross_examination_introduced_without_a_colon_gives_the_follow_up_question_to_the_one_cross_examining()
    {
        var quotes = Inline("Pharmacist struck off\n\n"
            + "1. The Registrant, Owen Castellane, ran a pharmacy in Milbury. The Council was represented by Mr Ravi Ekwueme-Lind.\n\n"
            + "2. Cross-examined by Ms Delphine Araujo-Finch for the Council, the Registrant was asked when he first saw the alert.\n\n"
            + "\"In the morning, before opening,\" he said.\n\n"
            + "\"And at noon you dispensed the batch anyway?\"\n\n"
            + "\"I dispensed what I thought was a different batch.\"");

        Who(quotes, "In the morning, before opening").ShouldBe("Owen Castellane");
        Who(quotes, "And at noon you dispensed the batch anyway?").ShouldBe("Delphine Araujo-Finch");
        Who(quotes, "I dispensed what I thought was a different batch.").ShouldBe("Owen Castellane");
    }

    [Fact]
    public void A_portfolio_written_between_an_office_and_a_name_is_no_part_of_the_name()
    {
        var quotes = Inline("Dock strike enters second week\n\n"
            + "Deputy Minister for the Fisheries Economy Adjoa Kwarteng-Baidoo said talks would resume. \"The harbour must reopen,\" she told reporters.\n\n"
            + "Deputy Chairman of the Council of Ministers Berdimyrat Orazgeldiýew called the deal \"a step forward for the whole region\".");

        Who(quotes, "The harbour must reopen").ShouldBe("Adjoa Kwarteng-Baidoo");
        Who(quotes, "a step forward for the whole region").ShouldBe("Berdimyrat Orazgeldiýew");
    }

    [Fact]
    public void El_Hadj_Wali_and_Commissaire_before_a_name_are_titles()
    {
        var quotes = Inline("Cotton growers reject price\n\n"
            + "\"The bags cost more than the crop,\" said El Hadj Moussa Dossou-Agbo, who leads the growers.\n\n"
            + "\"We need two more graders,\" Wali Sidi Mohamed Ould Bebaha told reporters in Atar.\n\n"
            + "Chief Commissaire Lotte Hyldgaard said the crash was \"a racing incident\".");

        Who(quotes, "The bags cost more than the crop").ShouldBe("Moussa Dossou-Agbo");
        Who(quotes, "We need two more graders").ShouldBe("Sidi Mohamed Ould Bebaha");
        Who(quotes, "a racing incident").ShouldBe("Lotte Hyldgaard");
    }

    [Fact]
    public void A_pseudonym_of_a_person_noun_and_a_capital_letter_is_the_speaker_whole()
    {
        var quotes = Inline("Optometrist suspended\n\n"
            + "1. Mr Tobias Wrenfield examined Patient A in March. Patient A, then 61, reported flashes in her left eye.\n\n"
            + "2. In her complaint to the Council, Patient A wrote: \"I told him twice about the flashes.\"\n\n"
            + "3. Patient A gave evidence by video link. She had asked for her notes. \"There were three lines,\" she said.\n\n"
            + "4. Dr Ruth Okafor-Lane, for the Council, said the patient should have been dilated. \"It was a textbook case,\" she said.\n\n"
            + "5. Patient C told the Committee: \"Nobody explained the risks.\"");

        Who(quotes, "I told him twice about the flashes.").ShouldBe("Patient A");
        Who(quotes, "There were three lines").ShouldBe("Patient A");
        Who(quotes, "Nobody explained the risks.").ShouldBe("Patient C");
    }

    [Fact]
    public void A_surname_with_particles_after_an_honorific_is_the_person_and_so_is_the_one_cross_examined()
    {
        var quotes = Inline("Dentist's records criticised\n\n"
            + "Dr Pieter van der Kolk attended the hearing. The Council was represented by Ms Agnes Morrow-Quayle.\n\n"
            + "Ms Morrow-Quayle cross-examined Dr van der Kolk on the extraction.\n\n"
            + "\"Did you write the notes on the day?\"\n\n"
            + "\"No. I wrote them the week after.\"\n\n"
            + "\"From memory?\"\n\n"
            + "\"From memory and the diary.\"");

        Who(quotes, "Did you write the notes on the day?").ShouldBe("Agnes Morrow-Quayle");
        Who(quotes, "No. I wrote them the week after.").ShouldBe("Pieter van der Kolk");
        Who(quotes, "From memory and the diary.").ShouldBe("Pieter van der Kolk");
    }

    [Fact]
    public void A_pseudonym_takes_no_gender_from_the_name_lists_and_is_who_a_pronoun_after_it_stands_for()
    {
        var quotes = Inline("Physiotherapist suspended\n\n"
            + "1. Dr Leontine Marsh, for the Council, reviewed the records. In oral evidence she said: \"The notes were thin.\"\n\n"
            + "2. Patient A gave evidence by video link. She had twice asked to see her notes. \"I asked in May,\" she said.");

        Who(quotes, "I asked in May").ShouldBe("Patient A");
    }

    [Fact]
    public void A_guilds_Master_is_a_role_and_a_foreign_bodys_bracketed_initials_skip_its_function_words()
    {
        var quotes = Inline("Scribes finish memorial book\n\n"
            + "In her report, the Master of the Guild, Perpetua Okonjo-Vale, wrote that the book was nearly done.\n\n"
            + "Asked whether the scribes would sign it, \"Only on the last leaf,\" the Master replied.\n\n"
            + "The concessions are held by the Société des Forêts de Mbandi (SFM). In a statement, SFM said it was \"astonished\".");

        Who(quotes, "Only on the last leaf").ShouldBe("Perpetua Okonjo-Vale");
        Who(quotes, "astonished").ShouldBe("Société des Forêts de Mbandi");
    }

    [Fact]
    public void A_running_quote_before_an_exchange_is_read_without_failing()
    {
        var quotes = Inline("Station breached privacy rules\n\n"
            + "The broadcast\n\n"
            + "At about 22:40, after the caller had rung off, Mr Gideon Harrowgate said:\n\n"
            + "\"Well, I have her street right here on my screen, so if any of the drivers listening want to call round, they know where.\n\n"
            + "\"And I am sure she will make a pot of tea.\"\n\n"
            + "\"Are you saying people should go there?\" asked his co-presenter, Marisol Quennell-Ward.\n\n"
            + "\"I am saying they can.\"");

        Who(quotes, "Well, I have her street right here on my screen, so if any of the drivers listening want to call round, they know where. "
            + "And I am sure she will make a pot of tea.").ShouldBe("Gideon Harrowgate");
        quotes.Count.ShouldBe(3);
    }
}
