// A chat or channel widget's status stamp (pictographs and one clock time or count: read ticks
// "✓✓ 9:06", a view counter "👁 2.8K") is no article text, glued to a sentence's end, on a line
// of its own, or before the next paragraph where only markup parted them; a pruned box between
// two runs of text parts them into two paragraphs, not one glued word. Shapes, languages and
// markups vary on purpose: HTML5 article, <br> div soup, a table layout; en, de, tr, ru, ar, ja.
// Times, counts and symbols inside the article's sentences stay.
#include <doctest/doctest.h>

#include <string>

#include <winnow/winnow.hpp>

namespace {

std::string clean_text(const std::string& html) {
    const winnow::Result r = winnow::Cleaner(winnow::Options{}).clean(html);
    REQUIRE(r.ok());
    return winnow::to_text(r.document);
}

std::string html5(const std::string& title, const std::string& body) {
    return "<!doctype html><html><head><title>" + title + "</title></head><body><nav><a href=/>Home</a></nav><article><h1>" +
           title + "</h1>" + body + "</article><footer>(c) site</footer></body></html>";
}

std::string div_soup(const std::string& title, const std::string& body) {
    return "<html><head><title>" + title + "</title></head><body><div><div><b>" + title + "</b><br><br>" + body +
           "</div></div></body></html>";
}

std::string table_layout(const std::string& title, const std::string& body) {
    return "<html><head><title>" + title + "</title></head><body><table><tr><td width=150><a href=/a>Links</a></td><td><h2>" +
           title + "</h2>" + body + "</td></tr></table></body></html>";
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("read ticks and a time glued to a paragraph's end go, the sentence stays") {
    const std::string en = clean_text(html5(
        "The repair cafe turns five",
        "<p>Every first Saturday the basement under the library fills with people carrying broken toasters and lamps.</p>"
        "<p>The idea came from a retired electrician who hated to see appliances end up at the dump. ✓✓ 9:06</p>"
        "<p>Today fifteen volunteers bring tools, soldering irons and sewing machines, and the queue starts early.</p>"));
    CHECK(has(en, "end up at the dump."));
    CHECK_FALSE(has(en, "9:06"));
    CHECK_FALSE(has(en, "\u2713"));

    // A Turkish post in <br> div soup, double ticks of another code point, no stop before them.
    const std::string tr = clean_text(div_soup(
        "Kütüphanede tamir kafesi",
        "Her ayın ilk cumartesi günü kütüphanenin bodrumu bozuk eşyalar taşıyan insanlarla doluyor.<br><br>"
        "Fikir, aletlerin çöpe gitmesine üzülen emekli bir elektrikçiden çıktı ☑☑ 21:47<br><br>"
        "Bugün on beş gönüllü alet, havya ve dikiş makinesiyle geliyor ve kuyruk kapı açılmadan başlıyor."));
    CHECK(has(tr, "emekli bir elektrikçiden çıktı"));
    CHECK_FALSE(has(tr, "21:47"));

    // Arabic in a table layout, a single check mark.
    const std::string ar = clean_text(table_layout(
        "مقهى الإصلاح في المكتبة",
        "<p>في كل يوم سبت أول من الشهر يمتلئ قبو المكتبة بأشخاص يحملون أجهزة معطلة ومصابيح قديمة.</p>"
        "<p>جاءت الفكرة من كهربائي متقاعد كان يحزن لرؤية الأجهزة تنتهي في المكب. ✔ 14:05</p>"
        "<p>اليوم يحضر خمسة عشر متطوعا بالأدوات وآلات الخياطة ويبدأ الطابور قبل فتح الباب.</p>"));
    CHECK(has(ar, "تنتهي في المكب."));
    CHECK_FALSE(has(ar, "14:05"));
}

TEST_CASE("a view counter on its own line or before the next paragraph goes") {
    // Russian channel post: the counter sits in a span glued before the next paragraph's <br>.
    const std::string ru = clean_text(div_soup(
        "Заметки из деревни",
        "Весной молодёжь почистила старые ульи и поставила их на восточном холме у реки.<br><br>"
        "<span>👁 2.8K</span><br>Идея пришла от школьного учителя, который хотел, чтобы дети знали природу.<br><br>"
        "Летом на холме собрали первый мёд, и его хватило на всю деревенскую ярмарку."));
    CHECK(has(ru, "Идея пришла от школьного учителя"));
    CHECK_FALSE(has(ru, "2.8K"));

    // German, HTML5, an eye with a variation selector and a count with a comma, a line of its own.
    const std::string de = clean_text(html5(
        "Die Imkerei am Osthang",
        "<p>Im Frühjahr haben die Jugendlichen die alten Bienenstöcke gereinigt und am Osthang aufgestellt.</p>"
        "<p>👁️ 12,4K</p>"
        "<p>Die Idee stammt von einem Lehrer, der wollte, dass die Kinder die Natur aus der Nähe kennenlernen.</p>"));
    CHECK(has(de, "Osthang aufgestellt."));
    CHECK_FALSE(has(de, "12,4K"));

    // Japanese, table layout: a clock pictograph and a time after a full stop, before the next sentence.
    const std::string ja = clean_text(table_layout(
        "図書館の修理カフェ",
        "<p>毎月第一土曜日、図書館の地下は壊れたトースターやランプを持った人々でいっぱいになる。🕒 08:15 "
        "始めたのは、家電がごみ捨て場に行くのを見るのが嫌だった元電気技師だった。</p>"
        "<p>今日では十五人のボランティアが工具やミシンを持って集まり、開店前から行列ができる。</p>"));
    CHECK(has(ja, "元電気技師だった。"));
    CHECK_FALSE(has(ja, "08:15"));
}

TEST_CASE("a pruned box between two runs of text parts them") {
    // The hidden box between the counter and the next run left them glued into one word.
    const std::string en = clean_text(div_soup(
        "Village notes",
        "In spring the young people cleaned the old hives and set them up on the eastern hill by the river.<br><br>"
        "<span>👁 5.9K</span><div style=\"display:none\"><p>Help us print a second run: 73% funded</p></div>"
        "The idea came from a schoolteacher who wanted the children to know nature from close up.<br><br>"
        "In summer the first honey was gathered, enough for the whole village fair and more."));
    CHECK(has(en, "The idea came from a schoolteacher"));
    CHECK_FALSE(has(en, "5.9K"));
    CHECK_FALSE(has(en, "KThe"));
}

TEST_CASE("times, counts and symbols inside the article's sentences stay") {
    const std::string de = clean_text(html5(
        "Fahrplan am Wochenende",
        "<p>Der erste Zug fährt am Samstag pünktlich ab, und die Fahrgäste warten schon am Bahnsteig.</p>"
        "<p>Treffpunkt ✓ 9:06 Uhr am Bahnhof, danach geht es gemeinsam zur Werkstatt im alten Feuerwehrhaus.</p>"
        "<p>Der Preis stieg → 12 Euro pro Person, was die meisten Teilnehmer aber nicht störte.</p>"));
    CHECK(has(de, "Treffpunkt ✓ 9:06 Uhr am Bahnhof"));
    CHECK(has(de, "stieg → 12 Euro"));

    const std::string en = clean_text(html5(
        "Photo essay from the coast",
        "<p>The fishermen left the harbour before dawn and came back with nets full of mackerel and cod.</p>"
        "<p>All pictures taken by the author on the northern coast during the winter. © 2024</p>"
        "<p>Room № 5 of the museum now shows the boats the village built in the last century.</p>"));
    CHECK(has(en, "© 2024"));
    CHECK(has(en, "№ 5"));
}
