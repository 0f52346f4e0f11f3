using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round forty-six, from the misses of blind262–269 (blind266–269 measured sealed with round forty-five's code). Shown on short
/// fictional articles.
/// </summary>
public class RoundFortySixAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void A_description_in_apposition_to_an_unnamed_source_names_that_source_again()
    {
        var quotes = Inline("Harbour fees to rise\n\n"
            + "Residents packed the hall in Dunmore on Tuesday.\n\n"
            + "\"Who decided we could afford this?\" asked one resident, a retired midwife.\n\n"
            + "Harbour master Colin Fraser defended the increase. \"The costs have doubled,\" Mr Fraser said.\n\n"
            + "Council leader Ann Walsh said the review would report in spring.\n\n"
            + "Hoteliers were more worried about bookings. According to Piet Marlow, who chairs the hoteliers' group, Easter bookings are \"down by a fifth\".\n\n"
            + "The midwife was not convinced. \"I have heard that before,\" the midwife said.");

        Who(quotes, "Who decided we could afford this?").ShouldBe("one resident");
        Who(quotes, "I have heard that before").ShouldBe("one resident");
    }

    [Theory]
    [InlineData("The objector from Saltings Lane addressed the hearing.", "he")]
    [InlineData("The objector from the Midlands said he would object again.", "he")]
    [InlineData("The objector of Saltings Lane was not reassured.", "she")]
    public void A_definite_role_with_a_place_after_it_opening_the_sentence_is_who_the_next_pronoun_stands_for(string sentence, string pronoun)
    {
        var quotes = Inline("Caravan park wins more pitches\n\n"
            + "One objector, a resident of Saltings Lane, wrote: \"Twenty more caravans means forty more cars.\"\n\n"
            + "The owner, Callum Teague, said the pitches were safe. \"Every one of them is beyond fifty,\" Mr Teague said.\n\n"
            + $"{sentence} \"I'm not against holidays,\" {pronoun} said.");

        Who(quotes, "I'm not against holidays").ShouldBe("one objector");
    }

    [Theory]
    [InlineData("Tanner's Row")]
    [InlineData("Cooper’s Lane")]
    [InlineData("Chandler's Green")]
    public void A_possessive_before_the_noun_that_ends_a_place_is_part_of_the_name_of_a_body_named_after_it(string place)
    {
        var quotes = Inline("Hoarding refused\n\n"
            + "Castlereach District Council has refused consent for a digital hoarding on a gable wall.\n\n"
            + $"The {place} Residents' Association wrote that the panel would face into bedrooms. \"Ten seconds is not an advert, it is a strobe,\" its submission said.");

        Who(quotes, "Ten seconds is not an advert, it is a strobe").ShouldBe($"{place.Replace('’', '\'')} Residents' Association"); // (names are given with the straight apostrophe)
    }

    [Theory]
    [InlineData("Kagawad", "Noel")]
    [InlineData("Kapitan", "Liwayway")]
    [InlineData("Načelnik", "Ante")]
    [InlineData("Kaumātua", "Rangi")]
    [InlineData("Lalla", "Itto")]
    [InlineData("Caïd", "Mohand")]
    [InlineData("Kamnan", "Prasert")]
    [InlineData("Indvuna", "Mandla")]
    [InlineData("Başkan", "Stepan")]
    [InlineData("Daw", "Khin")]
    public void An_office_or_form_of_address_of_another_language_before_a_full_name_is_no_part_of_the_name(string title, string given)
    {
        var quotes = Inline("Festival funding restored\n\n"
            + "The village will hold its new-year festival after all, organisers said on Monday.\n\n"
            + $"{title} {given} Aït Vuković, who attended the meeting, said the authorities had \"no objection whatsoever\" to the festival.");

        Who(quotes, "no objection whatsoever").ShouldBe($"{given} Aït Vuković");
    }

    [Fact]
    public void A_body_named_short_is_given_its_full_name_when_the_full_name_went_on_with_for()
    {
        var quotes = Inline("Researchers return to the village\n\n"
            + "A team from the Halvorsen Institute for Healthy Ageing arrived on Monday to begin the second phase of a study.\n\n"
            + "The Halvorsen Institute said in a statement that it was \"fully committed to the privacy of every participant\".");

        Who(quotes, "fully committed to the privacy of every participant").ShouldBe("Halvorsen Institute for Healthy Ageing");
    }

    [Fact]
    public void M_before_a_given_name_of_another_initial_and_a_surname_is_monsieur()
    {
        var quotes = Inline("Vineyard boundary ruling\n\n"
            + "The board heard evidence on Tuesday about the disputed parcel.\n\n"
            + "The Mayor of Saint-Aurel, M. Gaston Pellerin-Aubry, wrote to the board that the commune \"supports any decision founded on the soil\".");

        Who(quotes, "supports any decision founded on the soil").ShouldBe("Gaston Pellerin-Aubry");
    }

    [Theory]
    [InlineData("her bank, Varenholter Sparkasse,")]
    [InlineData("the firm, Oberweiler Bausparkasse,")]
    public void A_name_in_apposition_after_a_bodys_noun_is_a_body_that_no_pronoun_stands_for(string body)
    {
        var quotes = Inline("Notary reprimanded\n\n"
            + "Respondent: Notary Aurelio Di Santis-Kremer. Complainant: Ms Elsa Quaintrell-Moser.\n\n"
            + $"2. The complainant learned of the delay when {body} wrote that it could not release the money. Her complaint of 7 May said: \"I paid the price, I paid the fees.\"");

        Who(quotes, "I paid the price, I paid the fees.").ShouldBe("Elsa Quaintrell-Moser");
    }

    [Fact]
    public void A_teams_name_before_a_role_and_a_name_opening_a_sentence_only_says_whose_the_role_is()
    {
        var quotes = Inline("Springers take title\n\n"
            + "Kaapduin Springers won the Santolina Beach Bossaball Open on Sunday, beating local favourites Marés de Santolina 3-2 in the final.\n\n"
            + "The Marés attacker Nayara Sosa-Quintero was named player of the tournament. \"I would trade it for the cup,\" she said.");

        Who(quotes, "I would trade it for the cup").ShouldBe("Nayara Sosa-Quintero");
    }
}
