using Stemma.Cleaning;

namespace Stemma.Tests.Cleaning;

public class DateStampAndTailStubTests
{
    [Theory]
    [InlineData("23.10.2018")]
    [InlineData("16 marca 2021")]
    [InlineData("7. oktober 2020")]
    [InlineData("Aktualisiert: 11.04.2020, 10:27")]
    [InlineData("3:59 PM")]
    [InlineData("Letzte Änderung 14.02.2019")]
    [InlineData("Aktualisiert am 17.01.2021.")]
    [InlineData("Posted by harbourwatch | 31. Dezember 2008")]
    public void A_line_that_is_only_a_date_or_time_with_a_short_label_is_a_stamp(string line) =>
        DateStampRule.IsDateStamp(line).ShouldBeTrue();

    [Theory]
    [InlineData("Er starb am 3.3.2020.")]
    [InlineData("The council met on 12 March 2021 to vote on the harbour budget.")]
    [InlineData("Bilanz 2020")]
    [InlineData("The ferry leaves at dawn")]
    public void A_sentence_or_heading_around_a_date_is_not_a_stamp(string line) =>
        DateStampRule.IsDateStamp(line).ShouldBeFalse();

    [Theory]
    [InlineData("Über den Autor")]
    [InlineData("Mehr Themen:")]
    [InlineData("Reklama")]
    [InlineData("Petra Holm")]
    [InlineData("Lesen Sie auch die folgenden Beiträge aus der Redaktion:")]
    [InlineData("Impressum | Datenschutz | Kontakt")]
    public void A_few_words_without_closing_punctuation_are_a_tail_stub(string line) =>
        ChromeRule.IsTailStub(line).ShouldBeTrue();

    [Theory]
    [InlineData("Nobody was hurt.")]
    [InlineData("The ferry service resumes on Monday morning after repairs")]
    [InlineData("港口渡轮服务周一恢复")]
    public void A_sentence_a_long_line_or_unspaced_script_is_not_a_tail_stub(string line) =>
        ChromeRule.IsTailStub(line).ShouldBeFalse();

    [Fact]
    public void Stubs_are_removed_from_the_page_end_and_date_stamps_anywhere_but_a_closing_sentence_stays()
    {
        var paragraphs = new List<string>
        {
            "12.03.2021",
            "The Vestra council voted on Tuesday to keep the winter ferry running.",
            "Repairs to the pier will start in April, the harbour master said.",
            "Über den Autor",
            "Petra Holm",
        };
        var removed = new List<RemovedText>();
        ChromeRule.Apply(paragraphs, removed);
        paragraphs.ShouldBe(
        [
            "The Vestra council voted on Tuesday to keep the winter ferry running.",
            "Repairs to the pier will start in April, the harbour master said.",
        ]);
        removed.ShouldContain(new RemovedText(RemovalKinds.Metadata, "12.03.2021"));
        removed.ShouldContain(new RemovedText(RemovalKinds.Navigation, "Petra Holm"));
    }

    [Fact]
    public void A_short_heading_followed_by_text_is_not_a_tail_stub_position()
    {
        var paragraphs = new List<string> { "Winter timetable", "The ferry keeps its winter timetable until March." };
        ChromeRule.Apply(paragraphs, []);
        paragraphs.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("Foto: Lena Varga/Orrin Post", "Foto: Lena Varga/Orrin Post")]
    [InlineData("Bild: Hafenamt Vestra", "Bild: Hafenamt Vestra")]
    [InlineData("(Credit: Tomas Berg / Harbor Ledger)", "(Credit: Tomas Berg / Harbor Ledger)")]
    [InlineData("Zdjęcie: Marta Nowak", "Zdjęcie: Marta Nowak")]
    public void A_photo_credit_line_is_recognised_in_other_languages(string line, string credit) =>
        ChromeRule.ClassifyAnywhere(line).ShouldBe([new RemovedText(RemovalKinds.Credit, credit)]);

    [Fact]
    public void A_sentence_that_mentions_a_photo_is_not_a_credit() =>
        ChromeRule.ClassifyAnywhere("Das Bild: ein Hafen im Nebel, gemalt von Lena Varga.").ShouldBeNull();
}
