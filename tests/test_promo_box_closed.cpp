// A box between the article's paragraphs that ends on a row of links ("listen on: A · B · C",
// "follow us: …"): extraction drops the link row as chrome, and the box's lead line is left. The
// call-to-action scan read that short lead line as a title and took the next block as the body
// of its unit — the article's own list or short paragraph right after the box — and removed
// both. A box closes with its way out: when a link row was dropped right after a line, that
// line's unit ends there, and what follows is not its body.
// English, German, Russian, Japanese; HTML5 (article, the box an aside), class-less div soup,
// a table layout; the box's lead opened by a pictograph, set in bold, or plain; a list or a
// short paragraph after it.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "text_util.hpp"

using namespace winnow;

namespace {

struct Lang {
    const char* code;
    std::vector<const char*> paras;  // the article: four paragraphs
    std::vector<const char*> items;  // its list, right after the box
    const char* short_para;          // a short paragraph of its own, in the list's place
    const char* lead;                // the box's lead line, over its row of links
};

const std::vector<Lang>& langs() {
    static const std::vector<Lang> all{
        {"en",
         {"Pupils of a secondary school turned the flat roof of their building into a garden where they grow vegetables and herbs.",
          "The idea came from the science teacher, who noticed that many pupils had never seen how the plants they eat every day grow.",
          "The pupils take turns watering the beds early in the morning, before the sun gets too hot for the young plants.",
          "The school hopes that the idea will spread to other schools of the district during the coming year."},
         {"Beds made from recycled pallets", "A drip watering system", "A small vegetable stall every Thursday"},
         "The first harvest went to the families.",
         "Listen to our weekly school podcast on"},
        {"de",
         {"Schüler eines Gymnasiums haben das flache Dach ihres Schulgebäudes in einen Garten verwandelt, in dem sie Gemüse und Kräuter anbauen.",
          "Die Idee stammt von der Biologielehrerin, der aufgefallen war, dass viele Schüler nie gesehen hatten, wie ihr Gemüse wächst.",
          "Die Schüler gießen die Beete abwechselnd früh am Morgen, bevor die Sonne für die jungen Pflanzen zu heiß wird.",
          "Die Schule hofft, dass sich die Idee im kommenden Jahr auf andere Schulen im Bezirk ausbreitet."},
         {"Beete aus alten Paletten", "Eine Tröpfchenbewässerung", "Ein kleiner Gemüsestand jeden Donnerstag"},
         "Die erste Ernte ging an die Familien.",
         "Hört unseren wöchentlichen Schulpodcast auf"},
        {"ru",
         {"Ученики одной школы превратили плоскую крышу своего здания в огород, где они выращивают овощи и пряные травы.",
          "Идея принадлежит учительнице биологии, которая заметила, что многие ученики никогда не видели, как растут овощи.",
          "Ученики по очереди поливают грядки рано утром, пока солнце ещё не стало слишком жарким для молодых растений.",
          "Школа надеется, что в следующем году эта идея распространится и на другие школы района."},
         {"Грядки из старых поддонов", "Капельный полив", "Небольшой овощной прилавок по четвергам"},
         "Первый урожай достался семьям.",
         "Слушайте наш еженедельный школьный подкаст на"},
        {"ja",
         {"ある高校の生徒たちが校舎の平らな屋上を畑に変え、野菜やハーブを育てている。",
          "きっかけは理科の先生で、多くの生徒が毎日食べる野菜の育ち方を見たことがないと気づいたことだった。",
          "生徒たちは日差しが強くなる前の早朝に、交代で畑に水をやっている。",
          "学校は来年、この取り組みが地区のほかの学校にも広がることを願っている。"},
         {"古いパレットで作った畑", "点滴式の水やり", "毎週木曜の小さな野菜市"},
         "最初の収穫は家族に配られた。",
         "毎週の学校ポッドキャストはこちらで聴けます"},
    };
    return all;
}

enum class Markup { html5, divs, table };
enum class Lead { pictograph, bold, plain };
enum class After { list, ordered, short_para };

std::string box(const Lang& l, Markup m, Lead lead) {
    std::string line = l.lead;
    if (lead == Lead::pictograph) line = "\xF0\x9F\x8E\xA7 " + line;  // U+1F3A7 headphone
    line = lead == Lead::bold ? "<p><strong>" + line + "</strong></p>" : "<p>" + line + "</p>";
    const std::string row = "<p><a href=\"https://audio-one.example/show\">Audio One</a> \xC2\xB7 "
                            "<a href=\"https://podhall.example/show\">Podhall</a> \xC2\xB7 "
                            "<a href=\"https://castbox.example/show\">Castbox</a></p>";
    return m == Markup::html5 ? "<aside>" + line + row + "</aside>" : "<div>" + line + row + "</div>";
}

std::string after(const Lang& l, After a) {
    if (a == After::short_para) return std::string("<p>") + l.short_para + "</p>";
    std::string list = a == After::ordered ? "<ol>" : "<ul>";
    for (const char* item : l.items) list += std::string("<li>") + item + "</li>";
    return list + (a == After::ordered ? "</ol>" : "</ul>");
}

// The article with the box after its second paragraph and `a` right after the box.
std::string page(const Lang& l, Markup m, Lead lead, After a) {
    auto block = [&](const std::string& inner) { return m == Markup::table ? "<tr><td>" + inner + "</td></tr>\n" : inner + "\n"; };
    std::string body;
    for (std::size_t k = 0; k < l.paras.size(); ++k) {
        body += block(std::string("<p>") + l.paras[k] + "</p>");
        if (k == 1) body += block(box(l, m, lead)) + block(after(l, a));
    }
    const std::string head = std::string("<!DOCTYPE html><html lang=\"") + l.code + "\"><head><meta charset=\"utf-8\"><title>" +
                             l.items[0] + "</title></head><body>\n";
    switch (m) {
        case Markup::html5: return head + "<main><article><h1>" + l.items[0] + "</h1>\n" + body + "</article></main></body></html>";
        case Markup::divs: return head + "<div><div><h1>" + l.items[0] + "</h1>\n" + body + "</div></div></body></html>";
        case Markup::table: return head + "<table><tr><td><h1>" + l.items[0] + "</h1></td></tr>\n" + body + "</table></body></html>";
    }
    return {};
}

std::string cleaned(const std::string& input) {
    const Result r = clean(input);
    REQUIRE(r.ok());
    return winnow::test::squeeze(to_text(r.document));
}

}  // namespace

TEST_CASE("the article's list or short paragraph right after a box closed by a dropped link row stays") {
    for (const Lang& l : langs()) {
        for (Markup m : {Markup::html5, Markup::divs, Markup::table}) {
            for (Lead lead : {Lead::pictograph, Lead::bold, Lead::plain}) {
                for (After a : {After::list, After::ordered, After::short_para}) {
                    CAPTURE(std::string(l.code));
                    CAPTURE(static_cast<int>(m));
                    CAPTURE(static_cast<int>(lead));
                    CAPTURE(static_cast<int>(a));
                    const std::string out = cleaned(page(l, m, lead, a));
                    if (a == After::short_para) {
                        CHECK(out.find(l.short_para) != std::string::npos);
                    } else {
                        for (std::size_t k = 1; k < l.items.size(); ++k) CHECK(out.find(l.items[k]) != std::string::npos);
                    }
                    for (const char* p : l.paras) CHECK(out.find(p) != std::string::npos);
                    CHECK(out.find("Podhall") == std::string::npos);
                }
            }
        }
    }
}
