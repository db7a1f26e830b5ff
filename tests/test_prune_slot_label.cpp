// Labels that float between an article's paragraphs once what they label is gone: the line a
// page prints over an ad slot or a widget a script fills ("Advertisement", "Continue reading
// below"), standing first in a box whose other children are empty placeholders, and the words of
// a link to a picture's large file beside its thumbnail ("Click to enlarge"). Prune drops the
// box, and the link's words, whatever their wording. The article's own one-line paragraph (in a
// wrapper with an empty element after it, as a clearfix), a figure's caption beside the same kind
// of link, a dateline under the title (a box with an empty share bar) and a byline opening with
// an empty avatar stay.
// A stamp ("3 hours ago") standing alone between two paragraphs goes too; under the title,
// inside a paragraph, or as a short sentence with a figure it stays.
// English, German, Russian, Japanese; HTML5 (article, figure) and class-less div soup.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "text_util.hpp"

using namespace winnow;

namespace {

struct Lang {
    const char* code;
    const char* title;
    std::vector<const char*> paras;  // the article's four paragraphs
    const char* ad_label;            // over an empty ad slot
    const char* more_label;          // over an empty widget slot
    const char* zoom_label;          // inside a link to the large picture
    const char* one_line;            // the article's own one-line paragraph
    const char* caption;             // a figure's caption
    const char* dateline;            // under the title
    const char* by;                  // the byline's lead word
    const char* byline;              // the writer's name, after an empty avatar
};

const std::vector<Lang>& langs() {
    static const std::vector<Lang> all{
        {"en", "The ferry to the island runs again",
         {"After a winter of storms that left the pier in pieces, the small ferry to the island made its first crossing on Monday morning",
          "The pier was rebuilt with oak from the mainland, and the islanders paid for the new railings themselves with a summer fair",
          "Forty passengers crossed on the first morning, most of them islanders coming home after months with relatives in town",
          "The ferry will run twice a day until the autumn, when the harbour master will decide whether a winter timetable is safe"},
         "Sponsored content", "Read on after the break", "Tap to zoom", "Nobody on the quay said a word.",
         "The ferry leaves the mainland harbour in the morning fog", "Monday, 4 March 2024", "By ", "Ellen Marsh"},
        {"de", "Die Fähre zur Insel fährt wieder",
         {"Nach einem Winter voller Stürme, die den Anleger zerstört hatten, legte die kleine Fähre am Montagmorgen zum ersten Mal wieder ab",
          "Der Anleger wurde mit Eichenholz vom Festland neu gebaut, und die Inselbewohner bezahlten das neue Geländer mit einem Sommerfest",
          "Vierzig Fahrgäste setzten am ersten Morgen über, die meisten von ihnen Inselbewohner, die nach Monaten bei Verwandten heimkehrten",
          "Die Fähre fährt bis zum Herbst zweimal am Tag, dann entscheidet der Hafenmeister, ob ein Winterfahrplan sicher ist"},
         "Gesponserter Inhalt", "Weiter nach der Pause", "Zum Vergrößern tippen", "Am Kai sagte niemand ein Wort.",
         "Die Fähre verlässt den Hafen auf dem Festland im Morgennebel", "Montag, 4. März 2024", "Von ", "Ellen Marsch"},
        {"ru", "Паром на остров снова ходит",
         {"После зимы штормов, разбивших причал, маленький паром на остров в понедельник утром впервые снова вышел в рейс",
          "Причал отстроили из дуба, привезённого с материка, а новые перила островитяне оплатили сами, устроив летнюю ярмарку",
          "В первое утро переправились сорок пассажиров, в основном островитяне, возвращавшиеся домой после месяцев у родных",
          "До осени паром будет ходить дважды в день, а затем начальник порта решит, безопасно ли зимнее расписание"},
         "Партнёрский материал", "Продолжение после паузы", "Нажмите для увеличения", "На причале никто не сказал ни слова.",
         "Паром выходит из гавани на материке в утреннем тумане", "Понедельник, 4 марта 2024", "", "Елена Маршева"},
        {"ja", "島へのフェリーが運航再開",
         {"桟橋を壊した嵐の冬が明け、島へ向かう小さなフェリーが月曜の朝、ふたたび最初の便を出した",
          "桟橋は本土から運んだオーク材で建て直され、新しい手すりの費用は島民が夏祭りを開いて自ら集めた",
          "初日の朝には四十人が海を渡り、その多くは町の親類のもとで数か月を過ごして帰ってきた島民だった",
          "秋までは一日二便で運航し、その後は港長が冬の時刻表が安全かどうかを判断する"},
         "提供コンテンツ", "この後も記事が続きます", "タップで拡大", "岸壁では誰も口を開かなかった。",
         "朝霧の中、本土の港を出るフェリー", "2024年3月4日（月）", "", "マーシュ絵蓮"},
    };
    return all;
}

enum class Markup { html5, divs };

// with_labels: the three floating labels between the paragraphs; the look-alikes are always there.
std::string page(const Lang& l, Markup m, bool with_labels) {
    const bool h5 = m == Markup::html5;
    const std::string ad = h5 ? std::string("<div class=\"slot\"><span class=\"slot-label\">") + l.ad_label +
                                    "</span><div id=\"slot-7\"></div><iframe src=\"about:blank\"></iframe></div>"
                              : std::string("<div><span>") + l.ad_label + "</span><div></div></div>";
    const std::string more = h5 ? std::string("<div class=\"inline-widget\"><p class=\"note\">") + l.more_label +
                                      "</p><ins class=\"box\"></ins></div>"
                                : std::string("<div><div>") + l.more_label + "</div><div></div><div></div></div>";
    const std::string zoom = h5 ? std::string("<a class=\"zoom\" href=\"/pics/ferry-large.JPG?w=2000\"><img src=\"/pics/ferry.jpg\" alt=\"\"><span>") +
                                      l.zoom_label + "</span></a>"
                                : std::string("<a href=\"/pics/ferry-large.webp\"><img src=\"/pics/ferry.jpg\" alt=\"\">") + l.zoom_label + "</a>";
    const std::string figure = h5 ? std::string("<figure><a href=\"/pics/harbour.png\"><img src=\"/pics/harbour-s.png\" alt=\"\"></a><figcaption>") +
                                        l.caption + "</figcaption></figure>"
                                  : std::string("<div><a href=\"/pics/harbour.png\"><img src=\"/pics/harbour-s.png\" alt=\"\"></a><div>") +
                                        l.caption + "</div></div>";
    const std::string one_line = std::string("<div><p>") + l.one_line + "</p><div></div></div>";
    const std::string dateline = std::string("<div><span>") + l.dateline + "</span><div></div></div>";
    const std::string byline = std::string("<div><div></div><span>") + l.by + l.byline + "</span></div>";
    const std::string p = h5 ? "<p>" : "<div>";
    const std::string pe = h5 ? "</p>" : "</div>";
    std::string body = "<h1>" + std::string(l.title) + "</h1>" + dateline + byline;
    body += p + l.paras[0] + pe + (with_labels ? ad : "") + p + l.paras[1] + pe + one_line + figure;
    body += p + l.paras[2] + pe + (with_labels ? more + zoom : "") + p + l.paras[3] + pe;
    const std::string head = std::string("<!DOCTYPE html><html lang=\"") + l.code + "\"><head><title>" + l.title + "</title></head><body>";
    const std::string nav = "<div><a href=\"/\">1</a> <a href=\"/news\">2</a></div>";
    if (h5) return head + "<header>" + nav + "</header><main><article>" + body + "</article></main></body></html>";
    return head + nav + "<div><div>" + body + "</div></div></body></html>";
}

std::string cleaned(const std::string& input) {
    const Result r = clean(input);
    REQUIRE(r.ok());
    return winnow::test::squeeze(to_xml(r.document));  // the metadata too: a dateline and a byline go there
}

}  // namespace

TEST_CASE("a label over an empty slot and the words of a link to the large picture go, in any language") {
    for (const Lang& l : langs())
        for (Markup m : {Markup::html5, Markup::divs}) {
            const std::string code = l.code;
            CAPTURE(code);
            CAPTURE(static_cast<int>(m));
            const std::string out = cleaned(page(l, m, true));
            CHECK(out.find(l.ad_label) == std::string::npos);
            CHECK(out.find(l.more_label) == std::string::npos);
            CHECK(out.find(l.zoom_label) == std::string::npos);
            for (const char* para : l.paras) CHECK(out.find(para) != std::string::npos);
        }
}

TEST_CASE("the article's one-line paragraph, a caption, a dateline and a byline stay") {
    for (const Lang& l : langs())
        for (Markup m : {Markup::html5, Markup::divs}) {
            const std::string code = l.code;
            CAPTURE(code);
            CAPTURE(static_cast<int>(m));
            for (bool labels : {false, true}) {
                const std::string out = cleaned(page(l, m, labels));
                CHECK(out.find(l.one_line) != std::string::npos);
                CHECK(out.find(l.caption) != std::string::npos);
                CHECK(out.find("<published>2024-03-04") != std::string::npos);
                CHECK(out.find(l.byline) != std::string::npos);
            }
        }
}

namespace {

struct Stamp {
    const char* code;
    const char* stamp;     // a stamp left between two paragraphs
    const char* sentence;  // the article's own short sentence with a figure, in the same place
};

const std::vector<Stamp>& stamps() {
    static const std::vector<Stamp> all{
        {"en", "3 hours ago", "It took 40 minutes."},
        {"de", "vor 3 Stunden", "Es dauerte 40 Minuten."},
        {"ru", "3 часа назад", "Это заняло 40 минут."},
        {"ja", "3時間前", "四十分かかった。"},
    };
    return all;
}

// A stamp (or the sentence) between the second and third paragraph; the same words stand under
// the title and inside the first paragraph, where they stay.
std::string stamp_page(const Lang& l, const Stamp& s, bool html5, const char* between) {
    const std::string span = html5 ? "<span class=\"time-ago\">" : "<span>";
    std::string body = "<h1>" + std::string(l.title) + "</h1>" + span + s.stamp + "</span>";
    body += "<p>" + std::string(l.paras[0]) + " (" + span + s.stamp + "</span>)</p>";
    body += "<p>" + std::string(l.paras[1]) + "</p>" + span + between + "</span>";
    body += "<p>" + std::string(l.paras[2]) + "</p><p>" + l.paras[3] + "</p>";
    const std::string head = std::string("<!DOCTYPE html><html lang=\"") + l.code + "\"><head><title>" + l.title + "</title></head><body>";
    if (html5) return head + "<main><article>" + body + "</article></main></body></html>";
    return head + "<div><div>" + body + "</div></div></body></html>";
}

std::size_t count(const std::string& hay, const std::string& needle) {
    std::size_t n = 0;
    for (auto at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("a stamp floating alone between two paragraphs goes; under the title, inside a line or as a sentence it stays") {
    for (std::size_t i = 0; i < langs().size(); ++i) {
        const Lang& l = langs()[i];
        const Stamp& s = stamps()[i];
        for (bool html5 : {true, false}) {
            const std::string code = l.code;
            CAPTURE(code);
            CAPTURE(html5);
            const std::string with_stamp = cleaned(stamp_page(l, s, html5, s.stamp));
            CHECK(count(with_stamp, s.stamp) == count(cleaned(stamp_page(l, s, html5, "")), s.stamp));
            CHECK(with_stamp.find(std::string("(") + s.stamp + ")") != std::string::npos);
            const std::string with_sentence = cleaned(stamp_page(l, s, html5, s.sentence));
            CHECK(with_sentence.find(s.sentence) != std::string::npos);
            for (const char* para : l.paras) CHECK(with_stamp.find(para) != std::string::npos);
        }
    }
}
