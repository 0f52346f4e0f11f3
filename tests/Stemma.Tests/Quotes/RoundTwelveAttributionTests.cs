using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round twelve: a paragraph ending in a colon introduces the quote paragraph after it whatever its verb; an office noun opens
/// an appositive; "the insider" is the unnamed source before it; a production company or a radio show is a body, never "he";
/// shown on short fictional inline articles.
/// </summary>
public class RoundTwelveAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    [Fact]
    public void A_paragraph_ending_in_a_colon_introduces_the_quote_after_it_whatever_its_verb()
    {
        var quotes = Inline("The appeal court ruled 3-2 for the nurse on Friday.\n\n"
            + "Giving the lead judgment, Justice Miriam Osei rejected that argument. She wrote that \"a ward is not a barracks\".\n\n"
            + "In a passage likely to be quoted in tribunals for years, Justice Osei went further:\n\n"
            + "\"A nurse who speaks up does not cease to be a nurse.\n\n"
            + "\"The trust cannot order silence and call it care.\"\n\n"
            + "Justice Paul Brenner, dissenting, warned that the ruling would leave managers \"guessing at the line\" between care and discipline.");

        QuoteFixtures.Find(quotes, "A nurse who speaks up does not cease to be a nurse. The trust cannot order silence and call it care.")
            .Speaker.ShouldBe("Miriam Osei");
        QuoteFixtures.Find(quotes, "guessing at the line").Speaker.ShouldBe("Paul Brenner");
    }

    [Fact]
    public void A_name_before_an_office_noun_and_a_where_clause_speaks_not_the_college()
    {
        var quotes = Inline("Exam results were wrong for 300 students.\n\n"
            + "Dr Ruth Anand, principal of Westgate Sixth Form College, where 40 students were affected, wrote to parents on Monday:\n\n"
            + "\"I am as angry as you are. Every student will be supported through the appeals.\"");

        QuoteFixtures.Find(quotes, "I am as angry as you are. Every student will be supported through the appeals.").Speaker.ShouldBe("Ruth Anand");
    }

    [Fact]
    public void The_insider_is_the_unnamed_source_quoted_before_not_the_paper()
    {
        var quotes = Inline("Singer Mia Vell has quit the show, the Evening Flash can reveal.\n\n"
            + "A source close to the star told the Flash: \"She has had enough of the rows.\"\n\n"
            + "The insider went on: \"Nobody on that panel stood up for her.\"");

        QuoteFixtures.Find(quotes, "Nobody on that panel stood up for her.").Speaker.ShouldBe("a source close to the star");
    }

    [Fact]
    public void He_is_never_a_production_company_with_a_title_word_before_it()
    {
        var quotes = Inline("Singer Mia Vell has quit the show.\n\n"
            + "Producers Brightwater Media said in a statement: \"We thank Mia and respect her choice.\"\n\n"
            + "Mia's manager, Colin Drey, was asked whether she would return.\n\n"
            + "\"Never say never,\" he said.");

        QuoteFixtures.Find(quotes, "Never say never").Speaker.ShouldBe("Colin Drey");
    }

    [Fact]
    public void A_presenters_question_is_his_when_the_guest_is_a_woman_and_the_show_is_a_body()
    {
        var quotes = Inline("The hospice needs £400,000 by spring.\n\n"
            + "Ms Harper spoke to Tom Reyes on the Dunmore Sound Drive Time Show.\n\n"
            + "\"Could the hospice close?\" he asked.\n\n"
            + "\"I won't pretend it couldn't,\" she replied.");

        QuoteFixtures.Find(quotes, "Could the hospice close?").Speaker.ShouldBe("Tom Reyes");
    }

    [Fact]
    public void Asking_not_to_be_named_is_no_speech_verb_so_the_unnamed_source_keeps_its_head()
    {
        var quotes = Inline("Tenants say the cladding is unsafe.\n\n"
            + "Councillor Ann Ross said the council had written to ministers. \"We have pressed for months,\" she said.\n\n"
            + "One resident, a nurse who has lived on the ninth floor since 2015 and asked not to be named, said she had stopped sleeping. "
            + "\"I check the alarm every night. What do you say to that?\"");

        QuoteFixtures.Find(quotes, "I check the alarm every night. What do you say to that?").Speaker.ShouldBe("one resident");
    }

    [Fact]
    public void An_unnamed_source_with_a_brand_before_its_noun_is_who_the_next_she_stands_for()
    {
        var quotes = Inline("Customers are owed millions.\n\n"
            + "Consumer champion Harriet Lane said refunds would be slow. \"It is a lottery,\" she said.\n\n"
            + "Staff were caught out too. One former Sunway rep, who asked me not to use her name, said she had heard nothing from head office. "
            + "\"We were selling holidays on Saturday,\" she said. \"I feel sick about it.\"");

        QuoteFixtures.Find(quotes, "We were selling holidays on Saturday").Speaker.ShouldBe("one former Sunway rep");
        QuoteFixtures.Find(quotes, "I feel sick about it.").Speaker.ShouldBe("one former Sunway rep");
    }

    [Fact]
    public void A_reply_is_the_person_asked_not_the_reporter_who_asked()
    {
        var quotes = Inline("Ministers met in Brenholt on Monday.\n\n"
            + "At a joint press conference, a Vendish reporter asked Mr Lutz whether his country could house those sent back. "
            + "\"We have built two new centres,\" he replied. \"They are not hotels, but they are safe.\"");

        QuoteFixtures.Find(quotes, "We have built two new centres").Speaker.ShouldBe("Lutz");
        QuoteFixtures.Find(quotes, "They are not hotels, but they are safe.").Speaker.ShouldBe("Lutz");
    }

    // A guard for the anonymity-request rule (it passes on the code before this round, where "asked" was taken as the cue).
    [Fact]
    public void A_conjunction_inside_a_relative_clause_does_not_hide_the_source_before_it()
    {
        var quotes = Inline("The bridge has been closed since March.\n\n"
            + "A senior official at the Ministry of Roads, who asked not to be named because the inquiry is ongoing, said the government was "
            + "\"watching closely\" and could act before the panel reports.");

        QuoteFixtures.Find(quotes, "watching closely").Speaker.ShouldBe("a senior official at the Ministry of Roads");
    }

    [Fact]
    public void The_email_continued_is_the_author_of_the_email_named_before()
    {
        var quotes = Inline("The studio cut 140 jobs on Monday.\n\n"
            + "In an email to staff, chief executive Nora Blythe wrote: \"This is the hardest message I have ever sent.\"\n\n"
            + "The email continued: \"Everyone affected will receive sixteen weeks' pay.\"");

        QuoteFixtures.Find(quotes, "Everyone affected will receive sixteen weeks' pay.").Speaker.ShouldBe("Nora Blythe");
    }

    [Fact]
    public void It_added_is_the_body_that_spoke_before_and_a_phrase_after_named_is_its_words()
    {
        var quotes = Inline("Singer Mia Vell has quit the show.\n\n"
            + "Producers Brightwater Media said in a statement: \"We thank Mia and respect her choice.\" "
            + "It added that a replacement would be named \"in due course\".");

        QuoteFixtures.Find(quotes, "in due course").Speaker.ShouldBe("Brightwater Media");
    }
}
