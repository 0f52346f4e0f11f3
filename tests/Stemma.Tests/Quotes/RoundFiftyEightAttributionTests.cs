using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round fifty-eight, from the misses of blind350–357 (blind354–357 measured at first sight with round fifty-six's code). Shown on
/// short fictional articles.
/// </summary>
public class RoundFiftyEightAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void Bare_turns_under_a_sub_numbered_paragraph_take_turns_between_the_two_the_paragraph_before_names()
    {
        var quotes = Inline("Final Decision Notice\n\n"
            + "3. The hearing\n\n"
            + "3.1 The firm's director, Anton Meyerhof, attended the hearing. The Panel chair, Rhiannon Castellane, questioned him about the audit.\n\n"
            + "3.2 \"Who signed off the accounts?\"\n\n"
            + "\"The bookkeeper.\"\n\n"
            + "\"Did anyone check her work?\"\n\n"
            + "\"Not that year.\"");

        Who(quotes, "Who signed off the accounts?").ShouldBe("Rhiannon Castellane");
        Who(quotes, "The bookkeeper.").ShouldBe("Anton Meyerhof");
        Who(quotes, "Did anyone check her work?").ShouldBe("Rhiannon Castellane");
        Who(quotes, "Not that year.").ShouldBe("Anton Meyerhof");
    }

    [Fact]
    public void What_a_review_by_a_named_firm_found_and_described_is_the_firms()
    {
        var quotes = Inline("Lender fined\n\n"
            + "2.1 An independent file review by Corrigan Vale Partners examined 40 loan files. It found that 29 showed \"no sign that "
            + "the borrower's income had been checked\". The review described the sales scripts as \"built to close\".");

        Who(quotes, "no sign that the borrower's income had been checked").ShouldBe("Corrigan Vale Partners");
        Who(quotes, "built to close").ShouldBe("Corrigan Vale Partners");
    }

    [Fact]
    public void An_exchange_the_closing_sentence_announces_is_between_the_two_the_sentence_before_names()
    {
        var quotes = Inline("Decision of the Disciplinary Panel\n\n"
            + "4. Mr Osric Pendleford gave evidence. Questioned by the presenting officer, Ms Lavinia Achterberg-Roe, he accepted that the file "
            + "held a signed mandate. The transcript records the following exchange.\n\n"
            + "5. \"Did you read the mandate before you traded?\"\n\n"
            + "\"I read the first page.\"\n\n"
            + "\"Where does it allow options?\"\n\n"
            + "\"It does not, in terms.\"");

        Who(quotes, "Did you read the mandate before you traded?").ShouldBe("Lavinia Achterberg-Roe");
        Who(quotes, "I read the first page.").ShouldBe("Osric Pendleford");
        Who(quotes, "Where does it allow options?").ShouldBe("Lavinia Achterberg-Roe");
        Who(quotes, "It does not, in terms.").ShouldBe("Osric Pendleford");
    }

    [Fact]
    public void The_union_is_the_unione_named_before()
    {
        var quotes = Inline("Ferry strike ends\n\n"
            + "The union representing the crews, Unione Marittimi Egadi, said it would meet the operator. \"We are not the enemy of the "
            + "islands,\" the union said.");

        Who(quotes, "We are not the enemy of the islands").ShouldBe("Unione Marittimi Egadi");
    }

    [Fact]
    public void A_nickname_after_a_teams_possessive_leaves_the_player_named_by_given_name_and_surname()
    {
        var quotes = Inline("Wall game ends goalless again\n\n"
            + "The Collegers’ Owen “Barnacle” Pritchard was unrepentant. “Nobody comes here for goals,” Pritchard said.");

        Who(quotes, "Nobody comes here for goals").ShouldBe("Owen Pritchard");
    }

    [Fact]
    public void It_after_a_report_a_names_with_its_author_is_the_authors()
    {
        var quotes = Inline("Therapist struck off\n\n"
            + "6. An expert report prepared for the Council by Dr Ilse Marchbank-Oyelowo found the notes \"of no clinical use\". It "
            + "concluded that no patient had been \"harmed, but several had lost months of treatment\".");

        Who(quotes, "harmed, but several had lost months of treatment").ShouldBe("Ilse Marchbank-Oyelowo");
    }

    [Fact]
    public void Adding_after_a_role_with_a_name_in_apposition_is_the_name()
    {
        var quotes = Inline("Wall approved\n\n"
            + "5. A supporter, Mrs Hester Pellowe-Quint, of 2 Mill Lane, described the wall as \"neat and long overdue\", adding that the "
            + "old fence had been \"an eyesore\".");

        Who(quotes, "an eyesore").ShouldBe("Hester Pellowe-Quint");
    }

    [Fact]
    public void A_paragraph_quoted_after_her_report_concluded_is_hers_not_the_panels()
    {
        var quotes = Inline("Published decision: Tollgate Recovery Ltd\n\n"
            + "1. The Authority's Conduct Panel has found that Tollgate Recovery Ltd breached the Code in its dealings with a customer, "
            + "Mrs Rosalind Oakes.\n\n"
            + "2. The Authority's investigating officer, Ffion Castellanos, examined the firm's call logs. Her report concluded:\n\n"
            + "\"In six weeks the firm's agents called the customer 88 times.\"");

        Who(quotes, "In six weeks the firm's agents called the customer 88 times.").ShouldBe("Ffion Castellanos");
    }

    [Fact]
    public void A_letter_of_support_from_a_named_neighbour_says_what_the_neighbour_says()
    {
        var quotes = Inline("Decking allowed to stay\n\n"
            + "The single letter of support, from Ivo Tremayne of 3 Chapel Row, said the decking was \"tidier than the yard it replaced\".");

        Who(quotes, "tidier than the yard it replaced").ShouldBe("Ivo Tremayne");
    }

    [Fact]
    public void What_a_body_inspected_and_found_it_to_be_is_the_bodys()
    {
        var quotes = Inline("Decking allowed to stay\n\n"
            + "Eastmarsh Building Control inspected the structure in May and found it \"sound, if heavier than it needs to be\".");

        Who(quotes, "sound, if heavier than it needs to be").ShouldBe("Eastmarsh Building Control");
    }

    [Fact]
    public void The_chair_is_the_one_who_chaired_the_committee_and_the_chairman_is_never_the_councillor_who_spoke_before()
    {
        var quotes = Inline("Garage conversion approved\n\n"
            + "Councillor Ruth Penberthy-Cole, who chaired the committee, asked whether the driveway met the standard.\n\n"
            + "Councillor Peter Snell said he had \"sympathy on both sides\". The chairman said: \"A family needs this room.\"\n\n"
            + "Closing the meeting, the chair said: \"We will write to the family tomorrow.\"");

        Who(quotes, "We will write to the family tomorrow.").ShouldBe("Ruth Penberthy-Cole");
        // (The writer calls her the chairman: a man's title for her is left unattributed rather than given to the man who spoke.)
        Who(quotes, "A family needs this room.").ShouldNotBe("Peter Snell");
    }

    [Fact]
    public void A_quote_paragraph_that_reassurance_came_from_someone_named_next_is_theirs_not_the_last_bodys()
    {
        var quotes = Inline("Lighthouse to go automatic\n\n"
            + "The Northern Lights Board said in a letter that the new lamp would be \"as reliable as a keeper\".\n\n"
            + "\"Nobody is abandoning the island.\" That reassurance came from Captain Sorley Macrae-Dunn, who runs the board's western district.");

        Who(quotes, "Nobody is abandoning the island.").ShouldBe("Sorley Macrae-Dunn");
    }

    [Fact]
    public void The_report_named_again_after_his_report_is_his_not_the_last_body_heard()
    {
        var quotes = Inline("Letting agent fined\n\n"
            + "Quayside Lettings Ltd said in a written statement that the fee was \"clearly explained\".\n\n"
            + "The Board's investigator, Lorcan Ashworth-Mbeki, obtained the signed papers. His report found that they said nothing of the "
            + "fee. \"The papers do not bear out the agent's account,\" the report concluded.");

        Who(quotes, "The papers do not bear out the agent's account").ShouldBe("Lorcan Ashworth-Mbeki");
    }

    [Fact]
    public void Words_by_his_own_account_are_the_man_his_sentence_names_not_the_last_speaker()
    {
        var quotes = Inline("Dwile flonking at Tey\n\n"
            + "\"We were unlucky,\" said Callum Rudd.\n\n"
            + "The hosts were led by Amos Thackwray, who keeps bees on the marsh road and flonks, by his own account, \"like a man "
            + "swatting wasps\".");

        Who(quotes, "like a man swatting wasps").ShouldBe("Amos Thackwray");
    }
}
