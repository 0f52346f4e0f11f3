using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round thirty-two, from the misses of blind150–157 (blind154–157 measured sealed with round thirty-one's code): Brunei's and
/// Malaysia's styles and titles of honour before a patronymic name and the name met again without them, a stand "of" a body's
/// role and the name after it, an unnamed source whose relative clause runs long, a body's short name in brackets after its name
/// in apposition, a campaign group's name holding a given name, a place after "near", a person's noun as an unnamed subject with
/// no speech verb, an exchange introduced by "Questioned by X, he …:", a statement read out "from" its author, and a person kept
/// anonymous by one letter. Shown on short fictional articles.
/// </summary>
public class RoundThirtyTwoAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void Malay_styles_and_titles_of_honour_are_dropped_from_a_patronymic_name_which_keeps_the_fathers_title_after_bin()
    {
        var quotes = Inline("New ferry terminal opens at Muara\n\n"
            + "The Minister of Transport, Yang Berhormat Dato Seri Setia Haji Abdul Rahim bin Haji Omar, opened the terminal and said it would \"change how families travel\".\n\n"
            + "\"I used to queue for two hours,\" said Awang Hamzah bin Latif, a fisherman.\n\n"
            + "Dayang Nur Aqilah binti Haji Yusof, the terminal manager, said the first week had gone well. \"No delays so far,\" she said.\n\n"
            + "Pengiran Haji Mohd Faisal bin Pengiran Ahmad, the port authority chairman, said: \"Our staff are ready.\"\n\n"
            + "Yang Mulia Dayang Hajah Rosnah binti Abdullah called it \"a proud day\".");

        Who(quotes, "change how families travel").ShouldBe("Abdul Rahim bin Haji Omar");
        Who(quotes, "I used to queue for two hours").ShouldBe("Hamzah bin Latif");
        Who(quotes, "No delays so far").ShouldBe("Nur Aqilah binti Haji Yusof");
        Who(quotes, "Our staff are ready.").ShouldBe("Mohd Faisal bin Pengiran Ahmad");
        Who(quotes, "a proud day").ShouldBe("Rosnah binti Abdullah");
    }

    [Fact]
    public void A_patronymic_name_met_again_by_a_title_and_the_persons_own_name_before_bin_is_that_person()
    {
        var quotes = Inline("Terminal opens\n\n"
            + "The minister, Dato Abdul Rahim bin Haji Omar, opened the terminal on Monday.\n\n"
            + "According to Dato Abdul Rahim, the second phase will begin \"before the monsoon.\"");

        Who(quotes, "before the monsoon.").ShouldBe("Abdul Rahim bin Haji Omar");
    }

    [Fact]
    public void The_position_of_a_bodys_role_with_the_name_in_apposition_names_the_speaker_of_the_quote_before_it()
    {
        var quotes = Inline("Diet advert banned\n\n"
            + "The regulator upheld the complaint.\n\n"
            + "\"We didn't invent this claim. It came from the maker's own trial.\"\n\n"
            + "That was the position of Lumina's head of marketing, Sian Abernethy, in the company's first reply.");

        Who(quotes, "We didn't invent this claim. It came from the maker's own trial.").ShouldBe("Sian Abernethy");
    }

    [Fact]
    public void One_described_by_an_unnamed_source_whose_relative_clause_runs_long_is_that_source_for_the_role_later()
    {
        var quotes = Inline("Slide track under fire\n\n"
            + "The track manager, Gerda Moosbrugger, insisted the ice had been \"checked three times\".\n\n"
            + "Several athletes have questioned the track. One, a pilot from a rival team who did not want to be named, said the problem had been raised days before. "
            + "\"We all said it at the meeting. Nobody listened,\" the pilot said.");

        Who(quotes, "We all said it at the meeting. Nobody listened").ShouldBe("a pilot from a rival team");
    }

    [Fact]
    public void A_bodys_name_in_apposition_with_its_short_name_in_brackets_speaks_not_the_last_person()
    {
        var quotes = Inline("Villagers block pipeline road\n\n"
            + "\"We are not against the pipeline,\" said Günel Həsənova, a schoolteacher.\n\n"
            + "The project operator, Kür-Araz Pipeline Company (KAPC), said in a statement that it \"fully respects the right of citizens\".");

        Who(quotes, "fully respects the right of citizens").ShouldBe("Kür-Araz Pipeline Company");
    }

    [Fact]
    public void A_campaign_groups_name_holding_a_given_name_is_kept_whole()
    {
        var quotes = Inline("Pipeline row\n\n"
            + "The environmental group Green Caspian Watch said the dispute showed the need for \"proper, independent\" assessments.");

        Who(quotes, "proper, independent").ShouldBe("Green Caspian Watch");
    }

    [Fact]
    public void A_name_after_near_is_a_place_so_a_pronoun_goes_to_the_person_before_it()
    {
        var quotes = Inline("Clove harvest slumps\n\n"
            + "Ali Omar Said, the board's director, said the price would \"stay where it is\".\n\n"
            + "Mwanaisha Faki has picked cloves on her family's plot near Makongeni Juu since she was a girl. Beside her, a tarpaulin was three-quarters empty. \"My mother saw a year like this once,\" she said.");

        Who(quotes, "My mother saw a year like this once").ShouldBe("Mwanaisha Faki");
    }

    [Fact]
    public void An_unnamed_person_introduced_by_a_dictionary_noun_and_a_place_with_no_speech_verb_is_the_next_pronoun()
    {
        var quotes = Inline("Clove harvest slumps\n\n"
            + "Ali Omar Said, the board's director, said the price would \"stay where it is\".\n\n"
            + "One private buyer in Wete, who asked not to be named because he still trades with the board, expects more cloves to be smuggled. \"People find other doors,\" he said.");

        Who(quotes, "People find other doors").ShouldBe("one private buyer");
    }

    [Fact]
    public void An_exchange_introduced_by_questioned_by_opens_with_the_questioner_though_its_paragraph_has_a_speech_verb()
    {
        var quotes = Inline("Officer dismissed\n\n"
            + "PC Daniel Rooke has been dismissed. The panel chair, Fiona Garrow, said the force was \"unnecessary\".\n\n"
            + "PC Rooke told the panel he believed the man was about to headbutt him. Questioned by the presenting officer, Inspector Joanne Pryce, he was taken through the footage:\n\n"
            + "\"Did he move his head towards you?\"\n\n"
            + "\"He moved it. I read it as a threat.\"");

        Who(quotes, "Did he move his head towards you?").ShouldBe("Joanne Pryce");
        Who(quotes, "He moved it. I read it as a threat.").ShouldBe("Daniel Rooke");
    }

    [Fact]
    public void A_statement_or_letter_read_out_from_someone_before_a_colon_is_theirs_not_the_readers()
    {
        var quotes = Inline("Surgeon struck off\n\n"
            + "1. The Tribunal found the facts proved. Dr Alan Marsh said he was \"deeply sorry\".\n\n"
            + "2. The Tribunal read a statement from Patient A's daughter: \"My mother trusted the surgeon.\"\n\n"
            + "3. The chair read out a letter from Jane Holt, the practice manager: \"We were never told.\"");

        Who(quotes, "My mother trusted the surgeon.").ShouldBe("Patient A's daughter");
        Who(quotes, "We were never told.").ShouldBe("Jane Holt");
    }

    [Fact]
    public void A_relative_of_someone_kept_anonymous_by_one_letter_keeps_the_honorific_before_the_letter()
    {
        var quotes = Inline("Officer dismissed\n\n"
            + "The detained man, referred to as Mr B, was 24.\n\n"
            + "Mr B's mother gave evidence. \"They told me he'd fallen,\" she said.\n\n"
            + "Mrs Whitcomb's son said the force was \"shocking\".");

        Who(quotes, "They told me he'd fallen").ShouldBe("Mr B's mother");
        Who(quotes, "shocking").ShouldBe("Whitcomb's son");
    }

    [Fact]
    public void An_exchange_introduced_by_speaking_to_an_outlet_gives_the_questions_to_the_outlet_and_a_view_named_after_it_its_owner()
    {
        var quotes = Inline("Castell falls short in hour record bid\n\n"
            + "Imogen Castell came close to the record on Saturday night.\n\n"
            + "\"I knew at about thirty-eight minutes that my legs were going,\" Castell said afterwards.\n\n"
            + "Her coach, Rafael Quintero, said the attempt had been \"ninety-nine per cent perfect\".\n\n"
            + "Speaking to TrackWorld minutes after climbing off, Castell was already being asked about another attempt.\n\n"
            + "\"Will you go again this year?\"\n\n"
            + "\"Ask me tomorrow. Ask me after a pizza.\"\n\n"
            + "\"She rode the first half like a machine.\"\n\n"
            + "That was the view of former hour record holder Gethin Morwood, who was commentating for the live stream.");

        Who(quotes, "Will you go again this year?").ShouldBe("TrackWorld");
        Who(quotes, "Ask me tomorrow. Ask me after a pizza.").ShouldBe("Imogen Castell");
        Who(quotes, "She rode the first half like a machine.").ShouldBe("Gethin Morwood");
    }

    [Fact]
    public void It_after_a_bodys_letter_is_the_body_named_paragraphs_before_and_accepting_that_something_is_so_states_it()
    {
        var quotes = Inline("Tapestry to be restored\n\n"
            + "The Heritage Textiles Fund confirmed in March that it will contribute £48,000 towards the work.\n\n"
            + "Our chair, Ruth Amos, led the bid. Her reaction? \"I cried.\"\n\n"
            + "The fund's letter was generous in its praise. It described the hanging as \"a rare survival of provincial weaving\".\n\n"
            + "In its written response of 19 September, Skylark Regional Airways Ltd accepted that \"errors were made in crew scheduling\" but denied any breach.\n\n"
            + "Minister Litia Naivalu said the ministry accepted the findings \"in full\".");

        Who(quotes, "a rare survival of provincial weaving").ShouldBe("Heritage Textiles Fund");
        Who(quotes, "errors were made in crew scheduling").ShouldBe("Skylark Regional Airways Ltd");
        Who(quotes, "in full").ShouldBe("Litia Naivalu");
    }

    [Fact]
    public void It_said_after_a_sentence_naming_a_document_gives_the_words_to_the_documents_author_not_the_reader()
    {
        var quotes = Inline("Club fights rent rise\n\n"
            + "Our chairman, Derek Pomfrey, opened by reading the letter he had sent to the council's estates department in January. It said:\n\n"
            + "\"We have occupied the shed for thirty-one years.\"\n\n"
            + "Outside court, a statement from the trust's chair, the Bishop of Kelsby, the Rt Rev Martin Ellery, was read to reporters by Ann Kerr. It said:\n\n"
            + "\"This was a betrayal of everyone.\"");

        Who(quotes, "We have occupied the shed for thirty-one years.").ShouldBe("Derek Pomfrey");
        Who(quotes, "This was a betrayal of everyone.").ShouldBe("Martin Ellery");
    }
}
