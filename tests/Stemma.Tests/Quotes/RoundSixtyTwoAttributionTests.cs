using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round sixty-two, from the misses of blind386–389, measured at first sight with round sixty-one's code. Shown on short fictional
/// articles.
/// </summary>
public class RoundSixtyTwoAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void A_role_after_an_inverted_asking_verb_ends_at_the_conjunction_that_opens_the_next_clause()
    {
        var quotes = Inline("Quarry cup goes to the last throw\n\n"
            + "BRACKENFORD - Orla Fennessy won the Quarry Cup on Sunday by a single throw.\n\n"
            + "\"Was that over the line?\" asked one onlooker as steward Maeve Ní Chonaill walked out to the mark. \"Over by a boot,\" she said.");

        Who(quotes, "Was that over the line?").ShouldBe("one onlooker");
        Who(quotes, "Over by a boot").ShouldBe("Maeve Ní Chonaill");
    }

    [Fact]
    public void A_pronoun_answering_a_question_whose_asker_the_article_gives_no_gender_is_the_one_other_person_the_questions_sentence_names()
    {
        var quotes = Inline("Ferry race ends in a protest\n\n"
            + "KILDARRA - Cormac Hegarty won the ferry race on Saturday, but not everyone agreed.\n\n"
            + "\"Did he touch the buoy?\" asked a rival skipper while harbour master Gráinne Tobin checked the video. \"He did not,\" she said.\n\n"
            + "\"Who pays when it breaks?\" asked one resident of Tregullow Terrace, who has lived there since 1980. The club, she said later, had \"no answer at all\".");

        Who(quotes, "He did not").ShouldBe("Gráinne Tobin");
        Who(quotes, "no answer at all").ShouldBe("one resident of Tregullow Terrace");
    }

    [Fact]
    public void A_short_phrase_of_time_without_a_comma_before_a_definite_role_leaves_the_role_the_subject_a_pronoun_stands_for()
    {
        var quotes = Inline("Valley road still closed\n\n"
            + "HOLMSTAD - A landslide has cut the only road into the upper valley for a week.\n\n"
            + "Pastor Aksel Rundberg, the parish priest, has opened the church hall to stranded drivers. \"We have soup and blankets,\" the pastor said.\n\n"
            + "A senior official at the roads agency said the clearance would take \"at least another fortnight\". \"It is a question of diggers,\" the official said.\n\n"
            + "By Thursday morning the pastor had begun phoning farmers with tractors. \"Send us one digger and we will find the drivers,\" he said.");

        Who(quotes, "Send us one digger and we will find the drivers").ShouldBe("Aksel Rundberg");
    }

    [Fact]
    public void A_hearing_introduction_opening_with_a_place_phrase_without_a_comma_still_says_who_questions_whom()
    {
        var quotes = Inline("Lift Safety Board\nConduct Panel decision LSB/2024/12\nRegistered firm: Corrigan Lifts Ltd\n\n"
            + "1. The panel, chaired by Ms Yetunde Abara-Lowe, considered a referral about a lift that fell two floors in a car park on 3 March.\n\n"
            + "2. At the hearing Mr Desmond Corrigan was asked by the chair who had signed the service sheet. He replied: \"I did.\"\n\n"
            + "\"Had you tested the brake that day?\"\n\n"
            + "\"No. My engineer had.\"\n\n"
            + "\"Did he log the test?\"\n\n"
            + "\"He told me he had.\"");

        Who(quotes, "Had you tested the brake that day?").ShouldBe("Yetunde Abara-Lowe");
        Who(quotes, "Did he log the test?").ShouldBe("Yetunde Abara-Lowe");
        Who(quotes, "He told me he had.").ShouldBe("Desmond Corrigan");
    }

    [Fact]
    public void A_tradesperson_noun_after_the_is_a_role_that_names_the_unnamed_source_heard_before()
    {
        var quotes = Inline("Scaffold Standards Board\nConduct Panel decision RSB/2024/07\nRegistered firm: Halloran Scaffold Ltd\n\n"
            + "1. The panel considered a referral about a scaffold that fell from a school on 2 May.\n\n"
            + "2. The firm's director, Declan Halloran, said the crew had been \"fully trained\".\n\n"
            + "3. One scaffolder, who gave evidence with the panel's permission without being named, described the job. \"We had no harnesses for half the day,\" he said.\n\n"
            + "4. Asked whether the crew had complained, the scaffolder shrugged: \"You say it once, then you stop saying it.\"");

        Who(quotes, "You say it once, then you stop saying it.").ShouldBe("one scaffolder");
    }

    [Fact]
    public void A_title_in_title_case_with_from_is_a_name_not_speech()
    {
        var quotes = Inline("Society bids for a rare song sheet\n\n"
            + "The Ballad Sheet Society will bid for a first printing at auction next month.\n\n"
            + "Not every member agreed. Harold Pennick, who gave the Society its copy of \"The Girl from the Mill Race\", questioned the price. \"We are a small society with a leaking roof,\" he said.");

        Who(quotes, "We are a small society with a leaking roof").ShouldBe("Harold Pennick");
        quotes.ShouldNotContain(q => q.Text.Contains("The Girl from the Mill Race", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pronoun_after_a_label_a_decision_gives_an_unnamed_person_without_a_comma_is_that_label()
    {
        var quotes = Inline("Parcel Delivery Conduct Authority\n\n"
            + "Published decision: Swiftdrop Couriers Ltd\n\n"
            + "1. The Authority has found that Swiftdrop Couriers Ltd left parcels in the rain and marked them delivered.\n\n"
            + "2. The complaint came from a customer referred to in this decision as Customer B. In her email to the Authority she wrote that a driver had left a laptop \"on the wall in a thunderstorm\".");

        Who(quotes, "on the wall in a thunderstorm").ShouldBe("Customer B");
    }

    [Fact]
    public void A_verdict_on_a_document_a_name_owned_in_the_paragraph_before_is_the_authors_words()
    {
        var quotes = Inline("Forged stamps at the winter fair\n\n"
            + "The winter fair was overshadowed by forged stamps on three tables.\n\n"
            + "Dr Ailsa Ferrier's written report to the committee concludes that the stamps were \"certainly recent\".\n\n"
            + "The report is also frank about the club's own part: \"We printed the watermark in our own newsletter. We gave them the pattern.\"\n\n"
            + "Morag Lennox, a member since 1980, wrote to the editor after the fair. In her letter, she wrote: \"I bought four and cried over them.\"");

        Who(quotes, "We printed the watermark in our own newsletter. We gave them the pattern.").ShouldBe("Ailsa Ferrier");
    }

    [Fact]
    public void A_capitalised_local_title_owning_a_message_before_a_colon_is_the_title_holder()
    {
        var quotes = Inline("Hamlet vows to keep its school\n\n"
            + "OBERTAL, Italy (Alpine Press) - A hamlet has vowed to keep its five-pupil school open.\n\n"
            + "\"If the school goes, the village goes,\" Vorsteher Anselm Grießmair told reporters on Monday.\n\n"
            + "A provincial official said the numbers were \"not sustainable\".\n\n"
            + "The Vorsteher's message to the province was short: \"Come and count us.\"\n\n"
            + "\"We will go to Bolzano if we must,\" the Vorsteher said.");

        Who(quotes, "Come and count us.").ShouldBe("Anselm Grießmair");
        Who(quotes, "We will go to Bolzano if we must").ShouldBe("Anselm Grießmair");
    }

    [Fact]
    public void What_it_reads_after_a_sentence_naming_a_sign_is_the_signs_words_not_speech()
    {
        var quotes = Inline("Village school reopens in the old language\n\n"
            + "The village school in Ruskala will teach in the old language from September.\n\n"
            + "\"The children will hear it every day,\" said headteacher Aino Lepikko.\n\n"
            + "In Ruskala, Mrs Lepikko has already hung a painted sign over the classroom door. It reads \"Tervheks!\", the old word for welcome.");

        Who(quotes, "The children will hear it every day").ShouldBe("Aino Lepikko");
        quotes.ShouldNotContain(q => q.Text.Contains("Tervheks", StringComparison.Ordinal));
    }

    [Fact]
    public void A_two_word_surname_a_heading_names_alone_is_the_one_person_the_body_names_in_full_with_it()
    {
        var quotes = Inline("Removals Standards Commission\n\n"
            + "Decision RSC/2024/0411: Mac Giolla v Harrow & Pike Removals Ltd\n\n"
            + "1. Summary\n\n"
            + "The complainant, Dr Ciara Mac Giolla, engaged Harrow & Pike Removals Ltd to move a harp on 2 April. The harp arrived with a cracked pillar.\n\n"
            + "2. Dr Mac Giolla told the Commission that the crew \"had never lifted a harp in their lives\".");

        Who(quotes, "had never lifted a harp in their lives").ShouldBe("Ciara Mac Giolla");
    }

    [Fact]
    public void An_exchange_that_continues_after_an_answer_to_counsel_for_a_body_named_in_apposition_alternates_counsel_and_the_witness()
    {
        var quotes = Inline("Wagering Standards Board: decision in the matter of Tolland Bets Ltd\n\n"
            + "1. The Board finds that Tolland Bets Ltd failed to act on suspicious bets.\n\n"
            + "2. The licensee's compliance manager, Ruth Abernethy-Cole, gave evidence. Asked by counsel for the Board, Marguerite de Vos, why the alert had been disabled, she replied: \"Because it rang all day.\"\n\n"
            + "3. The exchange continued:\n\n"
            + "\"Who switched it off?\"\n\n"
            + "\"I did.\"\n\n"
            + "\"Was that in writing?\"\n\n"
            + "\"No.\"");

        Who(quotes, "Who switched it off?").ShouldBe("Marguerite de Vos");
        Who(quotes, "I did.").ShouldBe("Ruth Abernethy-Cole");
        Who(quotes, "Was that in writing?").ShouldBe("Marguerite de Vos");
        Who(quotes, "No.").ShouldBe("Ruth Abernethy-Cole");
    }
}
