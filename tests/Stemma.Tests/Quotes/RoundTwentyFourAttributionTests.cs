using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round twenty-four, from the misses of blind94–97 (measured sealed with round twenty-three frozen): Malaysian and police titles
/// before a name, a department's name joined by "and" before its officer's title, a plural title before a list of names, a role
/// written in brackets after a name, a cue "to which X replied" that belongs to the next quote, a nickname in marks inside a name,
/// a possessive subject as the antecedent of "she", a quote inside the clause a person reports, questions put to a named person,
/// and a language after "translated from". Shown on short fictional inline articles.
/// </summary>
public class RoundTwentyFourAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void A_Malaysian_title_before_a_name_is_no_part_of_the_name()
    {
        var quotes = Inline("Flood\n\n"
            + "\"The water rose a metre in an hour,\" said district civil defence chief Datuk Rahim Salleh.\n\n"
            + "Datuk Rahim said the pumps had failed. \"We will find out why,\" he said.");

        Who(quotes, "The water rose a metre in an hour").ShouldBe("Rahim Salleh");
        Who(quotes, "We will find out why").ShouldBe("Rahim Salleh");
    }

    [Fact]
    public void A_department_named_with_and_before_its_officers_title_is_no_pair_of_people()
    {
        var quotes = Inline("Bridge closed\n\n"
            + "\"The cracks appeared overnight,\" said state Roads and Bridges director Noor Aziz. \"We closed it at dawn.\"");

        Who(quotes, "The cracks appeared overnight").ShouldBe("Noor Aziz");
        Who(quotes, "We closed it at dawn.").ShouldBe("Noor Aziz");
    }

    [Fact]
    public void A_police_rank_abbreviated_before_a_surname_is_the_officer_named_in_full_earlier()
    {
        var quotes = Inline("Burglary\n\n"
            + "Detective Sergeant Tomas Ryle of Marsh Police said the van had been seen twice. \"It is a good lead,\" he said.\n\n"
            + "Asked whether the thieves were local, DS Ryle was cautious. \"It's possible,\" he replied.");

        Who(quotes, "It's possible").ShouldBe("Tomas Ryle");
    }

    [Fact]
    public void A_plural_title_before_a_list_names_each_person_in_it_without_the_title()
    {
        var quotes = Inline("Minutes\n\n"
            + "Present: Cllr Ann Webb (Chair), Cllrs Raj Patel, Hugh Dent and Lisa Moore.\n\n"
            + "Cllr Patel asked: \"Who owns the wall?\"");

        Who(quotes, "Who owns the wall?").ShouldBe("Raj Patel");
    }

    [Fact]
    public void A_role_in_brackets_after_a_name_lets_the_role_stand_for_the_person()
    {
        var quotes = Inline("Minutes\n\n"
            + "Present: Cllr Ann Webb (Chair), Cllrs Raj Patel and Hugh Dent. In attendance: Mary Holt (Clerk).\n\n"
            + "The Clerk confirmed that the wall belonged to the parish. \"I'm afraid it's ours,\" she said.\n\n"
            + "Closing the item, the Chair said: \"We will come back to this in June.\"");

        Who(quotes, "I'm afraid it's ours").ShouldBe("Mary Holt");
        Who(quotes, "We will come back to this in June.").ShouldBe("Ann Webb");
    }

    [Fact]
    public void A_cue_to_which_someone_replied_belongs_to_the_quote_after_it()
    {
        var quotes = Inline("Meeting\n\n"
            + "Mr Carl Lyle and Mrs Edna Dunn both spoke. Mr Lyle said he was \"not against change, just against haste\", "
            + "to which Mrs Dunn replied: \"Then let's slow down.\"");

        Who(quotes, "not against change, just against haste").ShouldBe("Carl Lyle");
        Who(quotes, "Then let's slow down.").ShouldBe("Edna Dunn");
    }

    [Fact]
    public void A_nickname_in_marks_inside_a_name_is_no_part_of_the_name()
    {
        var quotes = Inline("Title fight\n\n"
            + "The boxer Tomas \"the Hammer\" Reyes, who has not lost in six years, said the ban was \"a joke\". "
            + "\"They are scared of a fair fight,\" he added.");

        Who(quotes, "a joke").ShouldBe("Tomas Reyes");
        Who(quotes, "They are scared of a fair fight").ShouldBe("Tomas Reyes");
    }

    [Fact]
    public void A_corporator_title_before_a_name_is_no_part_of_the_name()
    {
        var quotes = Inline("Road collapse\n\n"
            + "Corporator Anita Rao, who represents the ward, said the collapse was \"a scandal\".");

        Who(quotes, "a scandal").ShouldBe("Anita Rao");
    }

    [Fact]
    public void She_after_a_possessive_subject_is_the_owner_not_the_last_speaker()
    {
        var quotes = Inline("Farewell\n\n"
            + "Dr Helen Mace has resigned as conductor.\n\n"
            + "Joan Pike has sung with the choir since 1980. \"They all say it's not about money,\" she said.\n\n"
            + "Dr Mace's last concert will be the Requiem in July, a work she chose, she says, because \"it ends in peace\".");

        Who(quotes, "it ends in peace").ShouldBe("Helen Mace");
    }

    [Fact]
    public void A_quote_in_the_clause_a_person_reports_is_the_reporters_not_the_clause_subjects()
    {
        var quotes = Inline("Appeal\n\n"
            + "Presenting the case for the borough, Mr Neil Ware said the school had admitted 60 pupils and that another child "
            + "would cause \"prejudice to the efficient provision of education\".");

        Who(quotes, "prejudice to the efficient provision of education").ShouldBe("Neil Ware");
    }

    [Fact]
    public void Questions_put_to_a_named_person_are_answered_by_that_person()
    {
        var quotes = Inline("Route 47\n\n"
            + "A spokeswoman for the riders' group said: \"We will fight this.\"\n\n"
            + "We put your questions to Joanne Leckie, our customer services manager.\n\n"
            + "Will anything replace the 47? \"Not this year,\" she said.");

        Who(quotes, "Not this year").ShouldBe("Joanne Leckie");
    }

    [Fact]
    public void A_member_who_remembers_is_the_speaker_of_the_quote_after_him()
    {
        var quotes = Inline("Layout\n\n"
            + "Long-standing member Ken Vale remembers its first show in 1996. \"A boy stood at the barrier all day and at the end "
            + "he said, 'Mister, is it real?' I've never forgotten that.\"");

        Who(quotes, "A boy stood at the barrier all day and at the end he said, 'Mister, is it real?' I've never forgotten that.").ShouldBe("Ken Vale");
    }

    [Fact]
    public void A_language_after_translated_from_is_no_speaker_before_a_colon()
    {
        var quotes = Inline("Dike drill\n\n"
            + "Annelies van der Kolk, who chairs the residents' panel, watched the drill.\n\n"
            + "Later, in an interview translated from Dutch, Ms Van der Kolk was blunter: \"It took far too long.\"");

        Who(quotes, "It took far too long.").ShouldBe("Annelies van der Kolk");
    }

    [Fact]
    public void The_company_is_the_body_named_with_a_foreign_legal_form()
    {
        var quotes = Inline("Mill fire\n\n"
            + "The mill is run by Sinar Baru Palm Oil Sdn Bhd. In a statement, the company said it was \"grateful to the firefighters\".");

        Who(quotes, "grateful to the firefighters").ShouldBe("Sinar Baru Palm Oil Sdn Bhd");
    }

    [Fact]
    public void A_speech_verb_after_but_without_a_comma_shares_the_clauses_subject()
    {
        var quotes = Inline("Minutes\n\n"
            + "Cllr Ben Rowe seconded the proposal but asked that the cost be \"kept well under budget\".");

        Who(quotes, "kept well under budget").ShouldBe("Ben Rowe");
    }

    [Fact]
    public void She_said_after_a_question_reported_with_whether_is_the_person_asked()
    {
        var quotes = Inline("Hearing\n\n"
            + "Closing the session, Dame Hilary Pennock asked Ms Fiona Marsh whether she had considered resigning. "
            + "\"I have, and I will stay,\" she said.");

        Who(quotes, "I have, and I will stay").ShouldBe("Fiona Marsh");
    }

    [Fact]
    public void The_answer_to_the_question_opening_an_exchange_is_the_person_its_asker_was_said_to_ask()
    {
        var quotes = Inline("Committee\n\n"
            + "Fiona Marsh, the bank's chief executive, gave evidence on Tuesday.\n\n"
            + "The sharpest exchange came when Owen Tregar asked Ms Marsh whether the board had been warned.\n\n"
            + "\"Were you told?\"\n\n"
            + "\"I was told there were risks.\"\n\n"
            + "\"That is not the same as no, is it?\"\n\n"
            + "\"No, it is not.\"\n\n"
            + "Sir Alan Mowle then pressed the chief technology officer on the timing.");

        Who(quotes, "Were you told?").ShouldBe("Owen Tregar");
        Who(quotes, "I was told there were risks.").ShouldBe("Fiona Marsh");
        Who(quotes, "No, it is not.").ShouldBe("Fiona Marsh");
    }

    [Fact]
    public void She_asked_after_a_paragraph_naming_her_as_cross_examiner_is_the_cross_examiner()
    {
        var quotes = Inline("Taxi appeal\n\n"
            + "In a written complaint, the passenger, Helen Garth, said: \"He drove off and left me in the rain.\"\n\n"
            + "Cross-examined by Ms Ruth Adey, Mr Kamal Sidd insisted he had not seen the dog.\n\n"
            + "\"Did you look at the passenger?\" she asked.\n\n"
            + "\"I looked, yes,\" he replied.\n\n"
            + "\"A bag, Mr Sidd?\"");

        Who(quotes, "Did you look at the passenger?").ShouldBe("Ruth Adey");
        Who(quotes, "A bag, Mr Sidd?").ShouldBe("Ruth Adey");
    }

    [Fact]
    public void A_name_and_its_verb_after_for_someone_are_the_subject_not_the_client()
    {
        var quotes = Inline("Taxi appeal\n\n"
            + "Kamal Sidd, 46, had driven cabs for 14 years.\n\n"
            + "For Mr Sidd, Alistair Brenn argued that revocation was out of proportion. \"My client has a spotless record,\" he said.");

        Who(quotes, "My client has a spotless record").ShouldBe("Alistair Brenn");
    }

    [Fact]
    public void A_nickname_known_in_a_place_is_a_label_not_a_quote()
    {
        var quotes = Inline("Derby\n\n"
            + "Shay Costa, who is known in the weighing room as \"the Iceman\", told Paddock Wire he was \"gutted for the lads\".");

        quotes.ShouldNotContain(q => q.Text == "the Iceman");
        Who(quotes, "gutted for the lads").ShouldBe("Shay Costa");
    }
}
