using Stemma.Stories;

namespace Stemma.Tests.Stories;

public class EventMatcherTests
{
    private const string StrikeA =
        "Dock workers in Port Calloway walked off the job on Tuesday after talks between the Calloway Dockers Union " +
        "and the Port Authority collapsed. Union leader Marta Okonjo said the strike would last until the authority " +
        "withdrew its automation plan. Port Authority chair Ilona Vasquez called the walkout reckless. Ships waited " +
        "outside the harbour as the strike entered its second day, and the Calloway Chamber of Commerce warned of losses.";

    private const string StrikeB =
        "Cranes stood idle at Port Calloway as members of the Calloway Dockers Union began a strike over automation. " +
        "Marta Okonjo told a rally the dockers would not return while the Port Authority pressed ahead. Ilona Vasquez, " +
        "who chairs the authority, said the strike put the harbour at risk. Traders at the Calloway Chamber of Commerce " +
        "counted the cost of ships waiting at anchor.";

    private const string Festival =
        "Port Calloway opened its annual lantern festival on Saturday with a parade along the riverfront. Organiser " +
        "Tomas Reyes said forty bands would play over the weekend. The Calloway Arts Council funded new stages, and " +
        "bakers from the old town sold honey cakes to the crowds until midnight.";

    private static EventMatcher Matcher(params string[] texts) =>
        new(texts.Select(t => EventProfile.Create(null, t, null)).ToList());

    [Fact]
    public void Two_independent_reports_of_one_strike_are_the_same_event()
    {
        var m = Matcher(StrikeA, StrikeB, Festival);
        EventMatcher.IsSameEvent(m.Score(0, 1)).ShouldBeTrue();
    }

    [Fact]
    public void An_article_from_the_same_city_about_another_event_stays_apart()
    {
        var m = Matcher(StrikeA, StrikeB, Festival);
        EventMatcher.IsSameEvent(m.Score(0, 2)).ShouldBeFalse();
        EventMatcher.IsSameEvent(m.Score(1, 2)).ShouldBeFalse();
    }

    [Fact]
    public void Reports_weeks_apart_are_not_the_same_event()
    {
        var profiles = new[]
        {
            EventProfile.Create(null, StrikeA, new DateOnly(2026, 3, 1)),
            EventProfile.Create(null, StrikeB, new DateOnly(2026, 4, 15)),
        };
        EventMatcher.IsSameEvent(new EventMatcher(profiles).Score(0, 1)).ShouldBeFalse();
    }

    [Fact]
    public void Sentence_initial_capitals_are_not_names_unless_capitalised_elsewhere()
    {
        var p = EventProfile.Create(null, "Ships waited. Dockers struck in Calloway. The Calloway union met.", null);
        p.Entities.Keys.ShouldContain("calloway");
        p.Entities.Keys.ShouldNotContain("ships");
    }

    [Fact]
    public void Candidates_are_only_pairs_sharing_enough_names()
    {
        var m = Matcher(StrikeA, StrikeB, Festival);
        m.Candidates().Select(c => (c.A, c.B)).ShouldBe([(0, 1)]);
    }
}
