using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round fifty-five, from the misses of blind334–341 (blind338–341 measured at first sight with round fifty-four's code). Shown on
/// short fictional articles.
/// </summary>
public class RoundFiftyFiveAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void A_title_ending_in_an_apostrophe_is_one_word_kept_off_the_name_and_names_its_holder_when_written_alone()
    {
        var quotes = Inline("Road to the villages closed\n\n"
            + "Qa’adi’ Rustam Haciyev, the elder of the upper village, said the road had been promised for years. \"We write every spring,\" "
            + "he told reporters.\n\n"
            + "A district engineer said the slope was still moving.\n\n"
            + "\"We have waited before,\" the qa’adi’ said.");

        Who(quotes, "We write every spring").ShouldBe("Rustam Haciyev");
        Who(quotes, "We have waited before").ShouldBe("Rustam Haciyev");
    }

    [Fact]
    public void A_plural_possessive_and_a_contraction_closing_a_quote_inside_a_quote_keep_their_mark_apart()
    {
        const string text = "the Al’amins’ goats, ‘we won’t’ and Mr O’Neill’ then";
        var tokens = CueToken.Tokenize(text, 0, text.Length);

        tokens.Select(t => t.Raw).ShouldContain("Al'amins");
        tokens.Select(t => t.Raw).ShouldContain("won't");
        tokens.Select(t => t.Raw).ShouldContain("O'Neill");
    }

    [Fact]
    public void A_role_names_the_person_the_sentence_before_opens_on_after_a_phrase_of_direction()
    {
        var quotes = Inline("Shepherds walk the old route\n\n"
            + "\"The road will be shut for weeks,\" said Leyla Orujova, 44, a teacher in the lower village.\n\n"
            + "Up the valley, Ilgar Mammadli was driving his flock to the summer pasture on foot. \"My father walked it every year,\" the "
            + "shepherd grinned.");

        Who(quotes, "My father walked it every year").ShouldBe("Ilgar Mammadli");
    }

    [Fact]
    public void A_report_with_a_word_before_its_noun_and_its_author_after_of_gives_the_authors_findings()
    {
        var quotes = Inline("Therapist suspended\n\n"
            + "3. The expert report of Dr Amaia Goikoetxea found the assessment notes \"entirely consistent with a torn ligament\".\n\n"
            + "4. The registrant did not dispute it.");

        Who(quotes, "entirely consistent with a torn ligament").ShouldBe("Amaia Goikoetxea");
    }

    [Fact]
    public void A_network_is_a_body_so_a_capitalised_word_before_its_name_is_no_title()
    {
        var quotes = Inline("Mediator suspended\n\n"
            + "9. The Family Carers’ Advice Network, which supported the registrant, said the sanction was \"far too harsh\".");

        Who(quotes, "far too harsh").ShouldBe("Family Carers' Advice Network");
    }

    [Fact]
    public void A_body_whose_name_joins_two_words_by_and_before_its_noun_is_named_whole_and_the_bare_noun_names_it_again()
    {
        var quotes = QuoteFixtures.Cleaned("Sports Therapy Council – Conduct and Competence Panel: published decision\n\n"
            + "1. The registrant, Mr Tobias Henning, signed a fitness report.\n\n"
            + "2. The panel accepted that the registrant had shown insight, but found the report \"misleading at the time he signed it\".");

        Who(quotes, "misleading at the time he signed it").ShouldBe("Conduct and Competence Panel");
    }

    [Fact]
    public void An_office_before_and_is_no_part_of_the_body_named_after_it()
    {
        var quotes = Inline("Budget agreed\n\n"
            + "The Mayor and Finance Committee met on Monday. The Finance Committee said the budget was \"balanced at last\".");

        Who(quotes, "balanced at last").ShouldBe("Finance Committee");
    }

    [Fact]
    public void A_report_prepared_for_someone_by_a_named_author_gives_the_authors_findings_and_the_report_again_is_the_author()
    {
        var quotes = Inline("Pilot suspended\n\n"
            + "7. A sleep study report prepared for the Authority by Dr Ngaio Pettersen concluded that the pilot was \"badly fatigued\". "
            + "The report stated that the bend was \"the hardest part of the river\".");

        Who(quotes, "badly fatigued").ShouldBe("Ngaio Pettersen");
        Who(quotes, "the hardest part of the river").ShouldBe("Ngaio Pettersen");
    }

    [Fact]
    public void A_bodys_document_opened_by_its_with_a_participles_clause_between_commas_reads_the_bodys_words()
    {
        var quotes = Inline("Herders want the land back\n\n"
            + "Viktor Salinder, a spokesman for the oil company, said payments had been \"made in full\".\n\n"
            + "The Yamal Tundra Herders’ Union has written to the governor. Its open letter, signed by 31 families, reads in part: "
            + "\"We ask only that the land be made as it was.\"\n\n"
            + "Mr Salinder said a survey would begin in August.");

        Who(quotes, "We ask only that the land be made as it was.").ShouldBe("Yamal Tundra Herders' Union");
    }

    [Fact]
    public void After_a_question_and_an_exchange_said_to_continue_a_bare_statement_following_the_answer_is_the_questioners()
    {
        var quotes = Inline("Planner reprimanded\n\n"
            + "3. In his written submission, Mr Ondrej Halvorsen accepted that he \"should have declared it\".\n\n"
            + "The hearing\n\n"
            + "4. Ms Ruth Okonkwo presented the case for the Institute.\n\n"
            + "5. In cross-examination Ms Okonkwo asked: \"Did you know who owned the field?\"\n\n"
            + "6. The exchange continued:\n\n"
            + "\"I knew the family farmed out that way.\"\n\n"
            + "\"Your brother signed the ownership certificate.\"\n\n"
            + "\"I never read the certificates.\"");

        Who(quotes, "I knew the family farmed out that way.").ShouldBe("Ondrej Halvorsen");
        Who(quotes, "Your brother signed the ownership certificate.").ShouldBe("Ruth Okonkwo");
        Who(quotes, "I never read the certificates.").ShouldBe("Ondrej Halvorsen");
    }

    [Fact]
    public void Two_people_paired_as_a_subject_in_the_paragraph_are_whom_its_pronouns_stand_for_before_an_earlier_speaker()
    {
        var quotes = Inline("Quay lights still dark\n\n"
            + "\"We could not see the steps,\" said Tonči Ravlić, who fishes out of the harbour.\n\n"
            + "Sanja Orešković keeps the café on the quay. One neighbour suggested candles. \"Put them in jars,\" he said.\n\n"
            + "On Sunday Orešković and Ravlić were still arguing over whose turn it was. \"You write this time,\" she said. "
            + "\"I wrote the last one,\" he replied.");

        Who(quotes, "You write this time").ShouldBe("Sanja Orešković");
        Who(quotes, "I wrote the last one").ShouldBe("Tonči Ravlić");
    }

    [Fact]
    public void As_before_a_noun_phrase_with_no_verb_is_no_clause_so_a_speech_verb_after_and_has_the_sentences_subject()
    {
        var quotes = Inline("Coral workshop closes\n\n"
            + "\"We held on,\" said Marija Bakšić, 71, who has run the workshop.\n\n"
            + "Her nephew, Ante Rončević, had hoped to take it over. He now works as a deckhand on the morning boat, the only one to the "
            + "mainland, and said the numbers had \"never added up\".");

        Who(quotes, "never added up").ShouldBe("Ante Rončević");
    }

    [Fact]
    public void A_role_in_apposition_before_a_nicknamed_name_is_the_persons_title_and_names_them_later()
    {
        var quotes = Inline("Keyrings stolen at auction\n\n"
            + "\"It was gone by half past,\" said Philippa Ormerod, the society's secretary. Reginald Hywel, who catalogued the sale, "
            + "valued the lots at \"four hundred pounds\". Mr Hywel said the loss was \"grievous\".\n\n"
            + "At the meeting, the chairman, Desmond \"Dizzy\" Fairbairn, apologised to members.\n\n"
            + "Members voted to buy a locked cabinet.\n\n"
            + "\"The police have the footage,\" the chairman said.");

        Who(quotes, "The police have the footage").ShouldBe("Desmond Fairbairn");
    }

    [Fact]
    public void A_firm_named_with_an_ampersand_in_apposition_to_its_trade_is_the_subject_that_speaks()
    {
        var quotes = Inline("Keyrings stolen at auction\n\n"
            + "The auctioneers, Cresswell & Dunne, said in a statement that they \"deeply regret the loss\".");

        Who(quotes, "deeply regret the loss").ShouldBe("Cresswell & Dunne");
    }

    [Fact]
    public void A_person_of_a_numbered_street_is_the_speaker_not_the_street()
    {
        var quotes = Inline("Bike hangar approved\n\n"
            + "The Linnet Terrace Cycle Group backed the plan.\n\n"
            + "In her submission, Mrs Edwina Farrell of 9 Linnet Terrace said the hangar would \"take away a space\".");

        Who(quotes, "take away a space").ShouldBe("Edwina Farrell");
    }
}
