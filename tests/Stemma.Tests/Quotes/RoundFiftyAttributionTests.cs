using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round fifty, from the misses of blind294–301 (blind298–301 measured sealed with round forty-nine's code). Shown on short
/// fictional articles.
/// </summary>
public class RoundFiftyAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static IReadOnlyList<Quote> Cleaned(string text) => QuoteFixtures.Cleaned(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Theory]
    [InlineData("4. The hearing. ")]
    [InlineData("4. ")]
    public void A_numbered_paragraphs_run_in_heading_leaves_the_paragraph_opening_on_its_subject(string opening)
    {
        var quotes = Inline("Notice of determination: late night refreshment, 9 Harbour Row\n\n"
            + "1. Application by Mr Tariq Oduya-Lennox for a licence to sell hot food until 02:00.\n\n"
            + "3. One neighbour, whose name is withheld, described the noise as \"a second shift\". The same neighbour added: \"I have not slept since May.\"\n\n"
            + $"{opening}Mr Oduya-Lennox attended with his niece, Ms Amira Oduya-Lennox, who spoke for him. \"My uncle has run this shop for nine years,\" she said. "
            + "He told the sub-committee he had \"never once been asked to close earlier\".");

        Who(quotes, "never once been asked to close earlier").ShouldBe("Tariq Oduya-Lennox");
    }

    [Fact]
    public void A_reply_to_a_question_its_cue_puts_to_no_one_is_the_speaker_before_it_not_the_asker()
    {
        var quotes = Inline("Late licence granted\n\n"
            + "Mr Tariq Oduya-Lennox attended with his niece, Ms Amira Oduya-Lennox, who spoke for him. \"My uncle has run this shop for nine years,\" she said.\n\n"
            + "Councillor Gwenllian Morris asked: \"Would your uncle accept midnight on weeknights?\" She replied: \"If it settles things, yes, he would.\"");

        Who(quotes, "Would your uncle accept midnight on weeknights?").ShouldBe("Gwenllian Morris");
        Who(quotes, "If it settles things, yes, he would.").ShouldBe("Amira Oduya-Lennox");
    }

    [Fact]
    public void A_reply_to_a_question_put_to_someone_is_still_theirs()
    {
        var quotes = Inline("Dog attack\n\n"
            + "Lewis Kerr, 44, the dog's owner, denied the charge.\n\n"
            + "PC Owen Marsh arrived later. \"The dog was still barking,\" PC Marsh told the court.\n\n"
            + "Giving evidence, Mr Kerr accepted the gate had been open. Ms Beddows asked him: \"Whose job was the gate?\" \"Mine,\" he replied.");

        Who(quotes, "Mine").ShouldBe("Lewis Kerr");
    }

    [Fact]
    public void An_exchange_that_took_place_when_someone_cross_examined_another_alternates_between_them()
    {
        var quotes = Inline("Fitness to Practise Panel: Decision\n\n"
            + "1. The allegation is that Mr Cadoc Ellis-Pryor recorded hearing tests he had not carried out.\n\n"
            + "2. The following exchange took place when Ms Imogen Strand, for the Council, cross-examined Mr Ellis-Pryor:\n\n"
            + "\u201cHow many of the tests did you carry out yourself?\u201d\n\n"
            + "\u201cAll of them.\u201d\n\n"
            + "\u201cThe booth logs show the door was never closed on nine of those days.\u201d\n\n"
            + "\u201cThe logs are wrong.\u201d");

        Who(quotes, "How many of the tests did you carry out yourself?").ShouldBe("Imogen Strand");
        Who(quotes, "All of them.").ShouldBe("Cadoc Ellis-Pryor");
        Who(quotes, "The booth logs show the door was never closed on nine of those days.").ShouldBe("Imogen Strand");
        Who(quotes, "The logs are wrong.").ShouldBe("Cadoc Ellis-Pryor");
    }

    [Fact]
    public void A_bodys_noun_after_a_sentence_the_body_opens_names_that_body()
    {
        var quotes = Inline("Technician cautioned\n\n"
            + "The Guild of Dental Nurses, which represented Ms Hale, said the case showed \"what happens when one nurse covers three rooms\". "
            + "The union said it would \"raise staffing with the practice at once\".");

        Who(quotes, "raise staffing with the practice at once").ShouldBe("Guild of Dental Nurses");
    }

    [Fact]
    public void A_party_labelled_in_a_decisions_heading_is_who_the_party_names()
    {
        var quotes = Cleaned("Board of Registered Opticians\nFitness to Practise Committee: Decision\n\n"
            + "Registrant: Ms Petra Lindholm-Achebe\nHearing: 4 June\n\n"
            + "1. On 4 March, at Westgate Opticians, the registrant supplied lenses of the wrong power to Mr Gareth Pike, 71, whose "
            + "prescription was for weaker ones. Mr Pike wore them for a week and fell twice. He has since recovered.\n\n"
            + "2. The patient's daughter, Mrs Ffion Pike, provided a written statement. In it she said her father had been \u201cfrightened for a week\u201d.\n\n"
            + "3. The inspection report, prepared by the Board's inspector, Joanna Reyes, found the error was \u201ca single lapse\u201d.\n\n"
            + "4. The registrant admitted the facts. The presenting officer, Mr Idwal Roberts, asked her about the checking process.\n\n"
            + "\u201cDid you compare the prescription with the order?\u201d\n\n"
            + "\u201cI checked the name. I did not check the power.\u201d");

        Who(quotes, "I checked the name. I did not check the power.").ShouldBe("Petra Lindholm-Achebe");
    }

    [Fact]
    public void Asked_by_someone_whether_the_pronoun_that_replies_is_the_one_asked_not_the_asker()
    {
        var quotes = Inline("Board of Registered Opticians: Decision\n\n"
            + "1. Ms Petra Lindholm-Achebe admitted the facts. \"I did not check the power,\" she told the committee.\n\n"
            + "2. Asked by the committee chair, Dr Rhian Okafor, whether she had reported the error at once, she replied: \"Not at once. I told the manager the next morning.\"");

        Who(quotes, "Not at once. I told the manager the next morning.").ShouldBe("Petra Lindholm-Achebe");
    }

    [Fact]
    public void A_municipality_of_a_place_is_one_body()
    {
        var quotes = Inline("Crater fee\n\nVisitors will pay eight euros at a new gate.\n\n"
            + "In a statement on Wednesday, the Municipality of Halvik said the fee was \"in line with other sites\".");

        Who(quotes, "in line with other sites").ShouldBe("Municipality of Halvik");
    }

    [Fact]
    public void A_companys_letter_to_the_municipality_is_the_companys()
    {
        var quotes = Inline("Ferry cut\n\nThe island will lose two crossings after Saronic Coastal Lines confirmed it would withdraw its sailings.\n\n"
            + "The deputy mayor, Anthoula Dimitriou, said the municipality would take the matter to the ministry.\n\n"
            + "The company's letter to the municipality, dated 3 October, described the change as \"regrettable but unavoidable\".");

        Who(quotes, "regrettable but unavoidable").ShouldBe("Saronic Coastal Lines");
    }

    [Theory]
    [InlineData("A written submission from the Quayside Residents' Association objected that the rickshaws would")]
    [InlineData("The Quayside Residents' Association objected that the rickshaws would")]
    public void An_objection_is_made_in_its_makers_words(string cue)
    {
        var quotes = Inline("Rickshaw licence\n\n1. The application was for four rickshaws.\n\n"
            + $"3. {cue} \"block the only stretch of pavement\".");

        Who(quotes, "block the only stretch of pavement").ShouldBe("Quayside Residents' Association");
    }

    [Fact]
    public void A_numbered_paragraph_is_no_cue_for_the_quote_before_it()
    {
        var quotes = Inline("Fence consent\n\n4. The applicant, Mr Ivor Nance, was questioned by members.\n\n"
            + "\"And if coverage improved?\"\n\n"
            + "\"Then we would look again, and gladly.\"\n\n"
            + "5. The Moorside Footpaths Society said it would appeal. Its secretary, Mrs Anwen Rees, wrote that the fence would \"break the moor into pens\".");

        Who(quotes, "Then we would look again, and gladly.").ShouldNotBe("Moorside Footpaths Society");
    }

    [Fact]
    public void Questions_put_to_her_are_answered_by_whom_she_stands_for()
    {
        var quotes = Inline("Tattoo studio licence\n\n"
            + "6. The Chair, Councillor Brian Thackeray, opened the hearing.\n\n"
            + "7. The applicant, Ms Delphine Oakes, told the Sub-Committee she had \"trained for six years\". The Chair put two questions to her.\n\n"
            + "\"Will you tattoo anyone under eighteen?\"\n\n"
            + "\"No. Not with a parent's consent, not with anything.\"");

        Who(quotes, "Will you tattoo anyone under eighteen?").ShouldBe("Brian Thackeray");
        Who(quotes, "No. Not with a parent's consent, not with anything.").ShouldBe("Delphine Oakes");
    }

    [Fact]
    public void A_dated_email_read_in_part_is_its_senders()
    {
        var quotes = Inline("Bus merger\n\n"
            + "4. The Tribunal gave weight to an email of 4 March 2024 from Linfield's managing director, Nikhil Desrosiers, to his board. It read, in part:\n\n"
            + "\"Once we are one company the council has nowhere else to go.\n\n"
            + "\"I would not put that in a press release.\"");

        Who(quotes, "Once we are one company the council has nowhere else to go. I would not put that in a press release.").ShouldBe("Nikhil Desrosiers");
    }
}
