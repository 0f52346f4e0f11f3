using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round sixty-four, from the misses of blind402–405, measured at first sight with round sixty-three's code, and after the freeze
/// from those of blind406–409. Shown on short fictional articles.
/// </summary>
public class RoundSixtyFourAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void A_capitalised_word_the_article_calls_a_title_is_its_holder_alone_after_the()
    {
        var quotes = Inline("Readers rally for the post\n\n"
            + "Speakers of Cornish are campaigning to save the post of Kernow Gwas, a part-time role whose funding ends in May.\n\n"
            + "Its holder, who keeps the old Cornish title of Gwas, is Tamsin Pengelly, 58, a retired net-maker from Porthkerris.\n\n"
            + "“When I began, the children thought it was their grandmother’s talk,” the Gwas said at a reading on Friday. “Now they write songs in it.”\n\n"
            + "Asked what she would do if the post were cut, the Gwas said: “I shall go on speaking it.”");

        Who(quotes, "When I began, the children thought it was their grandmother’s talk").ShouldBe("Tamsin Pengelly");
        Who(quotes, "I shall go on speaking it.").ShouldBe("Tamsin Pengelly");
    }

    [Fact]
    public void A_lowercase_word_the_article_calls_a_title_opens_a_role_after_said()
    {
        var quotes = Inline("Valley school fills up\n\n"
            + "The village’s mayor, who by local custom is still addressed by the Ladin title of ploan, wants the school to run all year. “A language spoken only in July is a postcard,” said the ploan, Ruggero Zanol. “We want it to be a habit.”\n\n"
            + "The Ladin Union said in a statement that the waiting list was “a good problem”.\n\n"
            + "“If they can pay for a car park, they can pay for a teacher,” the ploan said, tapping the budget on his desk.");

        Who(quotes, "A language spoken only in July is a postcard").ShouldBe("Ruggero Zanol");
        Who(quotes, "If they can pay for a car park, they can pay for a teacher").ShouldBe("Ruggero Zanol");
    }

    [Fact]
    public void A_word_in_marks_the_article_calls_a_title_is_the_subject_a_later_pronoun_stands_for()
    {
        var quotes = Inline("Town adds its language to the timetable\n\n"
            + "The council is headed by a figure known in Friulian as the “cameraro”, a title borrowed from the old parish vestries. The current cameraro, Livio Tomat, 71, said the vote was “the best thing this council has done”.\n\n"
            + "In the square after the vote, Bruno “Nane” Cescut, 80, who still keeps bees, was in no doubt. “My father spoke nothing else,” he said.\n\n"
            + "The cameraro said the council had not asked the region for money, and did not intend to.\n\n"
            + "“We are asking nobody for anything,” he said. “This town simply speaks two languages.”");

        Who(quotes, "We are asking nobody for anything").ShouldBe("Livio Tomat");
        Who(quotes, "My father spoke nothing else").ShouldBe("Bruno Cescut");
    }

    [Fact]
    public void An_English_word_the_article_calls_a_title_is_an_office_after_the()
    {
        var quotes = Inline("Circle hands in its petition\n\n"
            + "The circle handed in 1,900 signatures on Tuesday. Its leader, Emilio Rota-Bassi, holds the old title of Lamp, or guide, which the circle has kept since 1911.\n\n"
            + "“My grandmother never spoke a word of Italian,” he said.\n\n"
            + "Teresa Bonomi, 88, still counts her stitches in the language. “The children laugh at me,” she said.\n\n"
            + "“If the office says no, we will teach it in the bakery,” the Lamp said. “It has worked there for three hundred years.”");

        Who(quotes, "If the office says no, we will teach it in the bakery").ShouldBe("Emilio Rota-Bassi");
        Who(quotes, "It has worked there for three hundred years.").ShouldBe("Emilio Rota-Bassi");
    }

    [Fact]
    public void A_name_with_a_village_in_apposition_is_a_place()
    {
        var quotes = Inline("Valley speakers press for lessons\n\n"
            + "In Pian di Sotto, a village of 200 people, Lucia Ferrante, 90, still counts her stitches in the old tongue. “The children laugh at me,” she said. “That is how it starts.”");

        Who(quotes, "The children laugh at me").ShouldBe("Lucia Ferrante");
    }

    [Fact]
    public void A_cross_examination_naming_only_the_asker_has_the_introductions_subject_answer()
    {
        var quotes = Inline("Standards Board: decision of the Conduct Panel\n\n"
            + "The Registrar v Marisol Etxeberria-Lund. Heard at Leeds, 3 June 2024. Panel: Mr Tobias Renwick (chair). Presenting officer: Ms Adaeze Okonkwo-Hale.\n\n"
            + "1. The registrant, a dog walker, has been registered since 2020.\n\n"
            + "2. Standard 3.1 of the Code requires a walker to keep every dog on a lead near roads.\n\n"
            + "3. The registrant accepted in evidence that the dog had been off the lead, but said it had been on a closed path. In cross-examination by Ms Okonkwo-Hale the following exchange took place:\n\n"
            + "“Was the gate shut?”\n\n"
            + "“I thought so. I did not check it.”\n\n"
            + "“Had the owner asked you to keep the lead on?”\n\n"
            + "“Yes. Every time.”\n\n"
            + "4. The panel finds the allegation proved.");

        Who(quotes, "Was the gate shut?").ShouldBe("Adaeze Okonkwo-Hale");
        Who(quotes, "I thought so. I did not check it.").ShouldBe("Marisol Etxeberria-Lund");
        Who(quotes, "Yes. Every time.").ShouldBe("Marisol Etxeberria-Lund");
    }

    [Fact]
    public void A_case_party_is_not_the_presenting_officer_named_more_often()
    {
        var quotes = Inline("Standards Board: decision of the Conduct Panel\n\n"
            + "The Registrar v Marisol Etxeberria-Lund. Heard at Leeds, 3 June 2024. Panel: Mr Tobias Renwick (chair). Presenting officer: Ms Adaeze Okonkwo-Hale. For the registrant: Mr Piers Gaunt.\n\n"
            + "1. The registrant, a dog walker, has been registered since 2020.\n\n"
            + "2. Ms Okonkwo-Hale put the owner's complaint to the panel in full.\n\n"
            + "3. In a reflective statement the registrant wrote: “I should have kept the lead on, and I know it.”");

        Who(quotes, "I should have kept the lead on, and I know it.").ShouldBe("Marisol Etxeberria-Lund");
    }

    [Fact]
    public void An_exchange_between_a_role_and_a_named_person_alternates_between_them()
    {
        var quotes = Inline("Authority decision: Soft Play Standards v Bouncebox Ltd\n\n"
            + "Panel: Mr Rupert Haldane-Yeo (chair), Dr Ines Moura. Hearing: 2 May 2024.\n\n"
            + "1. The Respondent's manager, Ms Lorna Quigley, gave evidence.\n\n"
            + "2. The following exchange between the chair and Ms Quigley then took place:\n\n"
            + "“Who trained you?”\n\n"
            + "“Nobody. I read the manual.”\n\n"
            + "“Did anyone check the nets?”\n\n"
            + "“Not that week.”\n\n"
            + "3. The Panel imposes a formal warning.");

        Who(quotes, "Who trained you?").ShouldBe("Rupert Haldane-Yeo");
        Who(quotes, "Nobody. I read the manual.").ShouldBe("Lorna Quigley");
        Who(quotes, "Not that week.").ShouldBe("Lorna Quigley");
    }

    [Fact]
    public void It_after_a_sentence_about_her_written_statement_is_the_statement_and_its_words_hers()
    {
        var quotes = Inline("Panel suspends groomer\n\n"
            + "Grooming Standards Authority v Petra Vasquez-Holm. Hearing: 3 June 2025.\n\n"
            + "2. The allegation is that she cut a dog's ear while trimming it for a client, Ms Winifred Oakes-Barry.\n\n"
            + "3. Ms Oakes-Barry did not attend. Her written statement was read to the Panel by the presenting officer, Mr Dapo Adeyemi-Frost. It said: “When I collected him his ear was bleeding.”\n\n"
            + "4. The statement continued: “Nobody told me what had happened.”");

        Who(quotes, "When I collected him his ear was bleeding.").ShouldBe("Winifred Oakes-Barry");
        Who(quotes, "Nobody told me what had happened.").ShouldBe("Winifred Oakes-Barry");
    }

    [Fact]
    public void A_pronoun_owning_a_report_at_a_sentences_start_stands_for_whom_it_does_there()
    {
        var quotes = Inline("Decision: Harrow Skips Ltd\n\n"
            + "1. The panel (Helen Marr, chair; Rajiv Osei) sat on 15 October.\n\n"
            + "2. The Commission's case was presented by Senior Officer Lucinda Farrow-Batt. Her investigation report found that the company tipped 30 loads of rubble in a field at Kiln Lane, Upper Dunsby, which holds no permit. The report described the site as “a gate, a lock and a crater”.");

        Who(quotes, "a gate, a lock and a crater").ShouldBe("Lucinda Farrow-Batt");
    }

    [Fact]
    public void Another_after_a_cues_verb_is_the_one_the_words_after_it_name()
    {
        var quotes = Inline("Society votes on storage\n\n"
            + "Several members then spoke from the floor. One member from Hebden said the society had “become a warehouse with a newsletter.” “Does the dealer get first pick?” asked another, who gave her name only as Maureen. The treasurer said the dealer would not.");

        Who(quotes, "Does the dealer get first pick?").ShouldBe("Maureen");
    }

    [Fact]
    public void It_read_after_a_submission_from_a_body_is_that_bodys()
    {
        var quotes = Inline("Circle debates cast spoons\n\n"
            + "The Secretary, Ambrose Lethbridge-Kay, then read a written submission from the Western branch, whose delegates could not travel. “We have no objection to cast spoons in the sales room,” it read. “We do object to calling them originals.”\n\n"
            + "One long-standing member said the circle had been “friendlier when the subscription was a guinea”.");

        Who(quotes, "We have no objection to cast spoons in the sales room").ShouldBe("Western branch");
        Who(quotes, "We do object to calling them originals.").ShouldBe("Western branch");
    }

    [Fact]
    public void Recorded_in_her_report_that_states_the_recorders_words()
    {
        var quotes = Inline("Nail bar warned\n\n"
            + "4. An unannounced inspection followed on 9 May. Inspector Harriet Oyelowo-Banks recorded in her report that the steriliser log had “no entries since March” and that two staff “could not show a current certificate”.");

        Who(quotes, "no entries since March").ShouldBe("Harriet Oyelowo-Banks");
        Who(quotes, "could not show a current certificate").ShouldBe("Harriet Oyelowo-Banks");
    }

    [Fact]
    public void The_registrant_is_the_body_a_caption_writes_after_v()
    {
        var quotes = Inline("Conduct Panel decision: Buff & Shine Nails Limited\n\n"
            + "Nail Standards Authority v Buff & Shine Nails Limited, 4 Kiln Street, Leeds. Heard on 3 May. For the Authority: Tobias Wrenfield-Ashe, presenting officer. For the registrant: its director, Lwazi Dube.\n\n"
            + "1. Mr Wrenfield-Ashe opened the case. Mr Wrenfield-Ashe said the allegations were admitted.\n\n"
            + "2. In its written response, the registrant said it “accepts that its records fell short” but denied reusing any tool.");

        Who(quotes, "accepts that its records fell short").ShouldBe("Buff & Shine Nails Limited");
    }

    [Fact]
    public void That_ruling_came_from_names_who_gave_it()
    {
        var quotes = Inline("Duck race result stands\n\n"
            + "Priya Hallam-Stone, whose duck was moved by a dog, said she would appeal.\n\n"
            + "“The dog was a neutral party.” That ruling came from Margery Pellow-Ash, who was the race's only steward.");

        Who(quotes, "The dog was a neutral party.").ShouldBe("Margery Pellow-Ash");
    }

    [Fact]
    public void A_case_officer_given_to_no_one_is_an_unnamed_official()
    {
        var quotes = Inline("Canopy approved\n\n"
            + "Bryony Halse-Tate, a fishmonger, wrote in support that shoppers “stay longer when they are dry”.\n\n"
            + "Committee. At the meeting, Councillor Oswin Pike-Marley, who chaired, asked: “Can the fabric come down for the lights?” The case officer said it could: “The fabric comes off in a morning.”");

        Who(quotes, "The fabric comes off in a morning.").ShouldBe("the case officer");
    }

    [Fact]
    public void The_one_questioned_about_a_topic_by_an_officer_answers_the_exchange()
    {
        var quotes = Inline("Window cleaner's licence suspended\n\n"
            + "The Registrar v Eamon Kilbride-Shaw. Heard at Derby, 4 March 2025.\n\n"
            + "1. The registrant, a window cleaner, has been registered since 2018.\n\n"
            + "2. Standard 2.1 of the Code requires a cleaner to hold current insurance.\n\n"
            + "3. When the registrant was questioned about his insurance by the presenting officer, Ms Priyanka Holt-Adeyemi, the following exchange took place:\n\n"
            + "“Did you know that your cover had lapsed?”\n\n"
            + "“I knew a payment had bounced.”\n\n"
            + "“Did you open the letters?”\n\n"
            + "“Not all of them, no.”\n\n"
            + "4. The panel finds the allegation proved.");

        Who(quotes, "Did you know that your cover had lapsed?").ShouldBe("Priyanka Holt-Adeyemi");
        Who(quotes, "I knew a payment had bounced.").ShouldBe("Eamon Kilbride-Shaw");
        Who(quotes, "Not all of them, no.").ShouldBe("Eamon Kilbride-Shaw");
    }
}
