using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round fifty-nine, from the misses of blind358–365 (blind362–365 measured at first sight with round fifty-eight's code). Shown on
/// short fictional articles.
/// </summary>
public class RoundFiftyNineAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void A_common_word_opening_a_sentence_before_a_nickname_and_a_surname_is_a_given_name()
    {
        var quotes = Inline("Fishermen count the cost\n\n"
            + "VELA, March 2 - The harbour master, Ivo Marinović, said the quay would be mended by summer.\n\n"
            + "Ante \"Stari\" Belamarić keeps his nets in a shed by the slipway. \"The sea gives less every year,\" he said.");

        Who(quotes, "The sea gives less every year").ShouldBe("Ante Belamarić");
    }

    [Fact]
    public void A_pronoun_after_a_person_brought_in_by_with_before_a_participle_tells_nothing_of_their_gender()
    {
        var quotes = Inline("Drovers set out\n\n"
            + "PAU, June 1 - At the head of the flock walked the lead ewe, with Arnaut Peyrolle, 61, keeping pace at her flank. "
            + "\"My legs know this road better than I do,\" he said.");

        Who(quotes, "My legs know this road better than I do").ShouldBe("Arnaut Peyrolle");
    }

    [Fact]
    public void It_after_a_sentence_opened_by_a_bodys_noun_is_that_body_by_the_name_with_particles_it_was_introduced_under()
    {
        var quotes = Inline("Growers want help\n\n"
            + "\"We cannot do this alone,\" said Ramon Esteve, president of the growers' cooperative Els Amics de la Vinya. "
            + "The cooperative wants a fund for hail nets. It said in a letter to the ministry that the present scheme was \"too little, too late\".\n\n"
            + "The ministry confirmed last week that it had received the letter.");

        Who(quotes, "too little, too late").ShouldBe("Els Amics de la Vinya");
    }

    [Fact]
    public void The_chairman_stands_for_the_woman_the_article_named_as_its_chairman()
    {
        var quotes = Inline("Society meets\n\n"
            + "\"We keep what others throw away,\" said Philippa Trevelyan-Moss, the chairman of the Button Society, opening the meeting.\n\n"
            + "Two members argued over the subscription for twenty minutes.\n\n"
            + "\"You are both right, which is why we vote,\" the chairman said.");

        Who(quotes, "You are both right, which is why we vote").ShouldBe("Philippa Trevelyan-Moss");
    }

    [Fact]
    public void A_judgement_assessed_as_a_quoted_phrase_is_the_assessors()
    {
        var quotes = Inline("Stair approved\n\n"
            + "The council's heritage officer, Dr Rhodri Pennant, assessed the harm to the chapel as \"modest but real\".");

        Who(quotes, "modest but real").ShouldBe("Rhodri Pennant");
    }

    [Fact]
    public void What_a_door_is_marked_with_is_no_quote_but_what_an_event_marked_is()
    {
        var quotes = Inline("Stair approved\n\n"
            + "Station Manager Gwyn Pryce said the only door marked \"PRIVATE - NO ENTRY\" opened onto the same stair. "
            + "The Rovers Trust said in a statement that the sale marked \"the end of a long winter\" for the club.");

        quotes.ShouldNotContain(q => q.Text.Contains("NO ENTRY", StringComparison.Ordinal));
        Who(quotes, "the end of a long winter").ShouldBe("Rovers Trust");
    }

    [Fact]
    public void A_name_that_takes_a_plural_verb_is_a_team_no_he_stands_for()
    {
        var quotes = Inline("Halcones win the final\n\n"
            + "OAXACA - After four hours Leones de Zaachila are champions of the valley league.\n\n"
            + "Leones' captain, Teodoro Ruiz, 38, has never been a man for speeches. He put it plainly: \"We were the better team in the last game.\"");

        Who(quotes, "We were the better team in the last game.").ShouldBe("Teodoro Ruiz");
    }

    [Fact]
    public void Words_after_a_colon_ending_a_sentence_whose_object_is_someones_statement_are_the_statements_owners()
    {
        var quotes = Inline("Decision of the Conduct Panel\n\n"
            + "1. The registrant, Ms Orla Feeney, admitted the allegation.\n\n"
            + "2. The Panel took account of the registrant's reflective statement, which it found sincere, and in particular its last lines: "
            + "\"I let that animal down. I think of it every day.\"\n\n"
            + "3. Responding to the registrant's representations, the presenting officer, Mr Dafydd Rowe, said: \"Sincerity is not the test.\"");

        Who(quotes, "I let that animal down. I think of it every day.").ShouldBe("Orla Feeney");
        Who(quotes, "Sincerity is not the test.").ShouldBe("Dafydd Rowe");
    }

    [Fact]
    public void A_colon_after_its_and_a_part_of_the_document_before_gives_the_documents_author()
    {
        var quotes = Inline("Notice of determination\n\n"
            + "4. The report of the case officer, Mr Tobias Wren-Ellery, recommended refusal. Its conclusion: \"The building would dominate the garden.\"");

        Who(quotes, "The building would dominate the garden.").ShouldBe("Tobias Wren-Ellery");
    }

    [Fact]
    public void A_verb_after_but_shares_the_subject_named_in_apposition_to_the_opening_role()
    {
        var quotes = Inline("Ballymore take the title\n\n"
            + "CASTLEBAR - The county final was played on Sunday.\n\n"
            + "Their captain, Fergal Ó Dálaigh, beat Niall Rooney 21-15 in the first game, but said afterwards his side had \"run out of road\" by the end.");

        Who(quotes, "run out of road").ShouldBe("Fergal Ó Dálaigh");
    }

    [Fact]
    public void A_pronoun_after_a_sentence_of_two_clauses_stands_for_the_subject_of_the_later()
    {
        var quotes = Inline("Ballymore take the title\n\n"
            + "CASTLEBAR - The county final was played on Sunday.\n\n"
            + "Niall Rooney lost the opening game 21-15.\n\n"
            + "Colm Heffernan levelled for Ballymore, and Rooney, a veteran, made amends in the third game. \"I was thinking about my dinner,\" he admitted.");

        Who(quotes, "I was thinking about my dinner").ShouldBe("Niall Rooney");
    }

    [Fact]
    public void A_verdict_owned_by_a_surname_with_two_particles_is_that_persons()
    {
        var quotes = Inline("Cheese club votes\n\n"
            + "Pieter van den Berg, the chairman, opened the meeting.\n\n"
            + "Mr van den Berg's verdict on the vote was brief: \"Good. Now we can eat.\"");

        Who(quotes, "Good. Now we can eat.").ShouldBe("Pieter van den Berg");
    }

    [Fact]
    public void A_verb_after_and_shares_the_subject_whose_nickname_stands_in_marks()
    {
        var quotes = Inline("Late punch wins it\n\n"
            + "Jimmy \"Gloves\" McCarrick, the Rovers' 20-year-old catcher, hit a two-run drive in the last inning and said afterwards that he had \"just shut my eyes\".");

        Who(quotes, "just shut my eyes").ShouldBe("Jimmy McCarrick");
    }

    [Fact]
    public void What_a_bodys_code_requires_in_quoted_words_is_the_bodys()
    {
        var quotes = Inline("Decision of the Standards Board\n\n"
            + "1. The Heating Engineers Standards Board considered an allegation against Mr Ivor Talbot.\n\n"
            + "2. The Board's Code of Practice requires a registrant to \"test every appliance before leaving the premises\".");

        Who(quotes, "test every appliance before leaving the premises").ShouldBe("Heating Engineers Standards Board");
    }

    [Fact]
    public void The_command_is_the_body_named_before_as_a_command()
    {
        var quotes = Inline("Fireworks banned\n\n"
            + "The Serra Alta Civil Protection Command said in a statement that the risk of fire was very high.\n\n"
            + "Ana Lobo said her children had bought sparklers, which the command said were \"permitted on paved ground\".");

        Who(quotes, "permitted on paved ground").ShouldBe("Serra Alta Civil Protection Command");
    }

    [Fact]
    public void A_description_in_apposition_after_a_surname_alone_gives_that_person_the_role()
    {
        var quotes = Inline("Jereed final\n\n"
            + "ERZURUM - The crowd watched Kemal Aydın ride.\n\n"
            + "Aydın, a 61-year-old shepherd, finished with three hits. \"I have ridden since I could walk,\" he said. "
            + "\"My wife says I should ride the sheep instead,\" the shepherd grinned.");

        Who(quotes, "My wife says I should ride the sheep instead").ShouldBe("Kemal Aydın");
    }

    [Fact]
    public void Turns_after_he_was_questioned_by_someone_alternate_between_the_questioner_and_whom_he_stands_for()
    {
        var quotes = Inline("Decision of the Conduct Committee\n\n"
            + "1. The Committee considered a complaint against Mr Ambrose Fenwick-Tull, a licensed surveyor.\n\n"
            + "2. At the hearing he was questioned by the Board's presenting officer, Ms Odile Varga-Kent:\n\n"
            + "\"Did you visit the site?\"\n\n"
            + "\"I saw photographs.\"\n\n"
            + "\"Only photographs?\"\n\n"
            + "\"Only those.\"");

        Who(quotes, "Did you visit the site?").ShouldBe("Odile Varga-Kent");
        Who(quotes, "I saw photographs.").ShouldBe("Ambrose Fenwick-Tull");
        Who(quotes, "Only photographs?").ShouldBe("Odile Varga-Kent");
        Who(quotes, "Only those.").ShouldBe("Ambrose Fenwick-Tull");
    }

    [Fact]
    public void An_exchange_announced_after_a_sentence_whose_subject_took_him_somewhere_is_between_the_two()
    {
        var quotes = Inline("Decision of the Standards Authority\n\n"
            + "1. Mr Oswin Dearlove-Pratt attended the hearing.\n\n"
            + "2. The Authority's presenting officer, Ms Rhiannon Achebe-Lowe, took him to the certificate for 3 Mill Lane. The exchange is recorded as follows:\n\n"
            + "\"Did you go into the cellar?\"\n\n"
            + "\"I looked down the steps.\"\n\n"
            + "\"With a light?\"\n\n"
            + "\"With my phone.\"");

        Who(quotes, "Did you go into the cellar?").ShouldBe("Rhiannon Achebe-Lowe");
        Who(quotes, "I looked down the steps.").ShouldBe("Oswin Dearlove-Pratt");
        Who(quotes, "With a light?").ShouldBe("Rhiannon Achebe-Lowe");
        Who(quotes, "With my phone.").ShouldBe("Oswin Dearlove-Pratt");
    }

    [Fact]
    public void The_report_of_work_said_before_to_be_done_by_a_body_is_that_bodys()
    {
        var quotes = Inline("Decision\n\n"
            + "1. Mr Lyle Brackenridge lodged 90 certificates. A routine audit by his accreditation scheme, Westmere Assessor Register, found errors in 20 of them.\n\n"
            + "2. The audit report described his notes as \"sparse to the point of silence\".");

        Who(quotes, "sparse to the point of silence").ShouldBe("Westmere Assessor Register");
    }

    [Fact]
    public void A_common_word_opening_a_heading_before_capitalised_words_ending_in_a_bodys_noun_is_the_bodys_name()
    {
        var quotes = QuoteFixtures.Cleaned("Building Surveyors Conduct Board: panel decision in the case of Wynne Hartigan\n\n"
            + "Ms Hartigan was suspended for three months.\n\n"
            + "In a statement after the hearing, the Board said it \"expects every surveyor to see what they sign\".");

        Who(quotes, "expects every surveyor to see what they sign").ShouldBe("Building Surveyors Conduct Board");
    }

    [Fact]
    public void Words_the_text_writes_in_lower_case_before_a_known_surname_are_that_persons_title()
    {
        var quotes = Inline("Market stays put\n\n"
            + "The market is run by an elected head who carries the old title of kend bashy. The present holder, Temir Alibekov, has kept the post for 19 years.\n\n"
            + "\"Our grandfathers sold apples here,\" Kend Bashy Alibekov told reporters on Thursday.");

        Who(quotes, "Our grandfathers sold apples here").ShouldBe("Temir Alibekov");
    }

    [Fact]
    public void A_roles_word_between_a_title_and_a_surname_is_the_given_name()
    {
        var quotes = Inline("Fortress row\n\n"
            + "ZIRJE - The council met on Monday.\n\n"
            + "Don Mate Kovačić, the parish priest, took the opposite view. \"A wall nobody can reach is only a heap of stones,\" he said.");

        Who(quotes, "A wall nobody can reach is only a heap of stones").ShouldBe("Mate Kovačić");
    }
}
