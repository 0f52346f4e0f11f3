using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round twenty-nine, from the misses of blind122–133 (blind130–133 measured sealed with round twenty-eight frozen): a byline under
/// a label (Posted by, Club report by) naming the writer who asks, a company's legal ending in lower case, a verb after "but" whose
/// subject stands in apposition, turns that go on alternating back to their question, the role of a body after "But", "who" after a
/// person and their firm, a name taking a plural verb, surnames that are role nouns (Baker, Usher, Porter), a ruling or report
/// labelled with its body's name, words read on someone's behalf, a sentence after the quote that "said it", and an exchange with an
/// unnamed member. Shown on short fictional articles.
/// </summary>
public class RoundTwentyNineAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    // The article through text extraction and cleaning, as a file in a folder is read, so that its byline is read as metadata.
    private static IReadOnlyList<Quote> Cleaned(string text)
    {
        var dir = Directory.CreateTempSubdirectory("stemma-r29-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "piece-a1.txt"), text);
            return QuoteSetScoring.Predict(dir);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_byline_under_a_label_names_the_writer_who_asks_in_a_first_person_piece()
    {
        var quotes = Cleaned("Farewell to the Purl Stop\n\n"
            + "Posted by Ottilie Brenchley for the Wednesday Stitchers, Marlcombe\n\n"
            + "Well, knitters, the Purl Stop on Mill Row will close at the end of March. I caught Dorothy Hame between customers.\n\n"
            + "\"So was it the rent?\" I asked.\n\n"
            + "\"Partly,\" she said. \"But mostly it is people buying online.\"\n\n"
            + "\"Any regrets?\"\n\n"
            + "\"Not one. Well, maybe the mohair.\"");

        Who(quotes, "So was it the rent?").ShouldBe("Ottilie Brenchley");
        Who(quotes, "Any regrets?").ShouldBe("Ottilie Brenchley");
        Who(quotes, "Not one. Well, maybe the mohair.").ShouldBe("Dorothy Hame");
    }

    [Fact]
    public void A_legal_ending_in_lower_case_is_part_of_the_company_name_and_a_verb_after_but_has_the_subject_in_apposition()
    {
        var quotes = Inline("Ferry crew strike enters fourth day\n\n"
            + "No ferry has sailed between Tollvik and Skarey since Monday, when the crew of the Havbris walked off the ship.\n\n"
            + "The operator, Nordferjur ehf., said in a written reply that it \"regrets the disruption to islanders\".\n\n"
            + "Its managing director, Sigrún Hallsdóttir, declined an interview but wrote in a letter to households that the company had offered \"a real improvement in rest periods\".");

        Who(quotes, "regrets the disruption to islanders").ShouldBe("Nordferjur ehf.");
        Who(quotes, "a real improvement in rest periods").ShouldBe("Sigrún Hallsdóttir");
    }

    [Fact]
    public void Turns_of_an_exchange_go_on_alternating_back_to_the_question_that_opened_them()
    {
        var quotes = Inline("Drops maker loses licence\n\n"
            + "On Tuesday the panel questioned the firm's former quality director, Anil Varsani, about three batches released in February.\n\n"
            + "\"Did you know, when you signed the certificates, that the tests had failed?\" Professor Ingrid Solheim asked.\n\n"
            + "\"I knew there were results under review,\" Mr Varsani said.\n\n"
            + "\"That is not what I asked.\"\n\n"
            + "\"Then yes. I knew.\"");

        Who(quotes, "That is not what I asked.").ShouldBe("Ingrid Solheim");
        Who(quotes, "Then yes. I knew.").ShouldBe("Anil Varsani");
    }

    [Fact]
    public void The_role_of_a_body_opening_a_sentence_after_but_gives_way_to_the_name_in_apposition()
    {
        var quotes = Inline("Market fire destroys two hundred stalls\n\n"
            + "Fire swept through the Dunmore Road market on Sunday night.\n\n"
            + "Market superintendent Abena Quarshie blamed illegal wiring. \"We warned them many times,\" she said. But the chairman of the Dunmore Road Traders Association, Kwesi Tandoh, disagreed: \"Don't put this on the traders.\"");

        Who(quotes, "Don't put this on the traders.").ShouldBe("Kwesi Tandoh");
    }

    [Fact]
    public void Who_after_a_person_and_the_firm_in_apposition_is_the_person()
    {
        var quotes = Inline("Vet suspended\n\n"
            + "The committee heard that the dog had been left in pain for two days.\n\n"
            + "Dr Hallam was represented by Imogen Castell, of Castell & Brook, who told the committee that her client was \"deeply sorry for the distress caused.\"");

        Who(quotes, "deeply sorry for the distress caused.").ShouldBe("Imogen Castell");
    }

    [Fact]
    public void A_name_that_takes_a_plural_verb_is_a_team_not_the_person_a_pronoun_stands_for()
    {
        var quotes = Inline("Stennett saves the day\n\n"
            + "Harrowby beat Kelsall Park 3-2 in the league final on Saturday, with Oliver Stennett and Tom Corrigan winning the deciding rubber.\n\n"
            + "Kelsall had led 2-1 and were 10-8 up in the fourth before Stennett saved three game balls in a row.\n\n"
            + "\"Someone shouted my name at match point and I nearly laughed,\" he said.");

        Who(quotes, "Someone shouted my name at match point and I nearly laughed").ShouldBe("Oliver Stennett");
    }

    [Fact]
    public void A_surname_that_is_also_a_role_noun_is_a_surname_after_a_given_name_or_an_honorific()
    {
        var quotes = Inline("Storm nears the coast\n\n"
            + "The bakery would close, Tom Baker said on Monday. \"We will close on Thursday,\" Baker said.\n\n"
            + "\"We have been here before,\" said Sara Porter, who runs the ferry kiosk. Ms Porter added: \"The sea always wins.\"\n\n"
            + "Dorla Usher has run a guesthouse on the north beach of Caye Largo for 31 years. \"I have boarded up for eleven storms,\" she said.");

        Who(quotes, "We will close on Thursday").ShouldBe("Tom Baker");
        Who(quotes, "The sea always wins.").ShouldBe("Sara Porter");
        Who(quotes, "I have boarded up for eleven storms").ShouldBe("Dorla Usher");
    }

    [Fact]
    public void A_ruling_speaks_for_the_body_whose_name_labels_it()
    {
        var quotes = Inline("Complaint upheld against Marsh FM over phone-in\n\n"
            + "Radio Complaints Board | Ruling summary, complaint RCB-0077\n\n"
            + "The Radio Complaints Board has upheld a complaint against Marsh FM over a live phone-in.\n\n"
            + "In its response, Marsh FM said live phone-ins \"carry an inherent risk\". The station also said: \"We accept that a correction should have been broadcast.\"\n\n"
            + "The board did not agree. \"The presenter did not merely fail to challenge the allegation; he endorsed it,\" the ruling said.");

        Who(quotes, "carry an inherent risk").ShouldBe("Marsh FM");
        Who(quotes, "The presenter did not merely fail to challenge the allegation; he endorsed it").ShouldBe("Radio Complaints Board");
    }

    [Fact]
    public void Words_read_or_issued_on_someones_behalf_are_theirs()
    {
        var quotes = Inline("Council knew of cliff risk, inquiry told\n\n"
            + "The council knew the cliff was moving two years before it fell, the inquiry heard. Marrow Borough Council said it would respond in full.\n\n"
            + "Peter Lyle, 71, who was injured when his kitchen wall fell, did not attend. A statement was read on his behalf: \"Nobody ever knocked on my door to tell me what the council knew.\"\n\n"
            + "A statement was issued on behalf of Joan Fenner, his neighbour: \"We were never told.\"");

        Who(quotes, "Nobody ever knocked on my door to tell me what the council knew.").ShouldBe("Peter Lyle");
        Who(quotes, "We were never told.").ShouldBe("Joan Fenner");
    }

    [Fact]
    public void A_sentence_after_the_quote_whose_subject_said_it_names_the_speaker()
    {
        var quotes = Inline("Kiln factory to close\n\n"
            + "Mayor Jan Petrik said the town would lose a fifth of its tax income. \"For Brezno this is an amputation,\" the mayor said.\n\n"
            + "\"Not one person from Vienna came to look us in the eye.\" Stefan Hrušovský, a maintenance fitter at the plant for thirty years, said it twice as he left the canteen.");

        Who(quotes, "Not one person from Vienna came to look us in the eye.").ShouldBe("Stefan Hrušovský");
    }

    [Fact]
    public void An_exchange_with_an_unnamed_member_is_the_members_questions_and_the_named_persons_answers()
    {
        var quotes = Inline("Judging row splits the club\n\n"
            + "The annual competition ended in a row over judging. At Thursday's club night the chairwoman, Leonie Marsh, took questions from the floor. Her exchange with one member went like this:\n\n"
            + "\"Who picks the judges?\"\n\n"
            + "\"The organiser, from whoever volunteers.\"\n\n"
            + "\"And who checks them?\"");

        Who(quotes, "Who picks the judges?").ShouldBe("one member");
        Who(quotes, "The organiser, from whoever volunteers.").ShouldBe("Leonie Marsh");
        Who(quotes, "And who checks them?").ShouldBe("one member");
    }

    [Fact]
    public void It_before_a_verb_and_but_is_the_body_named_in_full_and_who_after_a_chair_of_a_named_board_is_the_chair()
    {
        var quotes = Inline("Candidate fined over leaflets\n\n"
            + "The Electoral Commission for the Northern Shires has found that Mark Coulthard broke the rules on spending.\n\n"
            + "The Commission has fined Mr Coulthard £2,500. It will not refer the matter for prosecution, but warned that any repeat would be treated \"with the utmost seriousness\".\n\n"
            + "\"Handover delays are a whole-system problem.\" That was the message from Dr Miriam Achterberg, chair of the Wealdmoor Integrated Care Board, who said crews would be released \"within 45 minutes, no exceptions\".");

        Who(quotes, "with the utmost seriousness").ShouldBe("Electoral Commission for the Northern Shires");
        Who(quotes, "within 45 minutes, no exceptions").ShouldBe("Miriam Achterberg");
    }

    [Fact]
    public void The_words_came_from_after_a_phrase_between_commas_and_another_after_an_unnamed_resident_name_their_speakers()
    {
        var quotes = Inline("Protest over hotel on the bay\n\n"
            + "\"This beach has belonged to the people of Rivanj since before there was a state.\" The words, shouted through a megaphone on Tuesday morning, came from Milica Radović, a retired teacher.\n\n"
            + "Residents have been less sure. One Lower Brede resident, who lives below the dam, told the session: \"When you're told not to worry, you start worrying.\" Another said the session had been \"really helpful, actually.\"");

        Who(quotes, "This beach has belonged to the people of Rivanj since before there was a state.").ShouldBe("Milica Radović");
        Who(quotes, "really helpful, actually.").ShouldBe("another resident");
    }

    [Fact]
    public void According_to_a_plural_role_and_a_firm_in_apposition_is_the_firm_and_a_question_about_someone_is_answered_by_the_last_speaker()
    {
        var quotes = Inline("Blizzard out after overtime loss\n\n"
            + "According to the administrators, Corwen Ash Restructuring, the company collapsed under \"a combination of rising fuel and wage costs\".\n\n"
            + "\"I told the boys I'm proud of them,\" said Ondřej Kalas, the captain, who played on a heavily strapped knee.\n\n"
            + "Asked whether he would be back next season, coach Bram Oosthoek said: \"That's a conversation for Monday, not tonight.\"\n\n"
            + "And Kalas's knee? \"He shouldn't have played. He did. That tells you everything about him.\"");

        Who(quotes, "a combination of rising fuel and wage costs").ShouldBe("Corwen Ash Restructuring");
        Who(quotes, "He shouldn't have played. He did. That tells you everything about him.").ShouldBe("Bram Oosthoek");
    }

    [Fact]
    public void A_description_in_apposition_before_a_verb_and_but_leaves_the_name_before_it_the_subject()
    {
        // (After the round was frozen, from blind134's misses: no sealed sample has measured it.)
        var quotes = Inline("Mining fund welcomed\n\n"
            + "A senior official at the ministry said the government was \"not in a hurry to start digging\".\n\n"
            + "Professor Marlies Tjon-A-Kon, an economist at the Institute for Social and Economic Research, welcomed the fund but warned about the price of gold: \"Eight percent sounds good when gold is at record highs.\"");

        Who(quotes, "Eight percent sounds good when gold is at record highs.").ShouldBe("Marlies Tjon-A-Kon");
    }
}
