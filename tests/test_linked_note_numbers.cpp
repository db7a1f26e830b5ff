// A bare note number glued to a word, a superscript link to a note of this page ("…the
// harbour<sup><a href="#fn17">17</a></sup>."), is link residue: no word is written with digits
// glued on, and the note is not part of the sentence. After a space, or linking to another page,
// the number is the sentence's own and stays. Fixtures written for this test: en, cs, ru, hi, zh;
// HTML5 article, div soup without class names, a table layout.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "noise_page_util.hpp"

using namespace winnow;

namespace {

using Case = test::LangParagraphs;  // paras: "%N" marks where a note number goes

const std::vector<Case> kCases{
    {"en",
     {"The ferry across the bay was replaced by a bridge in the seventies, yet a small boat still carries walkers%N.",
      "Its captain has worked on the water for thirty years and knows every sandbank between the two towns.",
      "On summer weekends the boat makes twelve crossings, and a queue forms on the old stone jetty%N.",
      "The town council pays for the fuel, while the tickets cover the captain's wage and the repairs."}},
    {"cs",
     {"Stará lávka přes řeku byla stržena povodní, ale obec ji během jediného léta postavila znovu%N.",
      "Na stavbě pracovali dobrovolníci z celého údolí a dřevo darovali místní lesníci a truhláři.",
      "Při slavnostním otevření přešlo lávku několik stovek lidí a hrála dechová hudba%N.",
      "Starosta slíbil, že obec bude lávku každé jaro kontrolovat a natírat novou barvou."}},
    {"ru",
     {"Старый паром через залив заменили мостом, но маленькая лодка по-прежнему возит пешеходов%N.",
      "Её капитан работает на воде тридцать лет и знает каждую мель между двумя городами.",
      "В летние выходные лодка делает двенадцать рейсов, и на старой пристани собирается очередь%N.",
      "Городской совет оплачивает топливо, а билеты покрывают зарплату капитана и ремонт."}},
    {"hi",
     {"नदी पर बना पुराना पुल बाढ़ में बह गया, लेकिन गाँव वालों ने एक ही गर्मी में उसे फिर से बना लिया%N।",
      "निर्माण में पूरी घाटी के स्वयंसेवकों ने काम किया और लकड़ी स्थानीय बढ़इयों ने दान की।",
      "उद्घाटन के दिन सैकड़ों लोग पुल पर से गुज़रे और गाँव में मेले जैसा माहौल रहा%N।",
      "पंचायत ने वादा किया है कि हर साल बरसात से पहले पुल की जाँच की जाएगी।"}},
    {"zh",
     {"海湾上的老渡轮早已被大桥取代，但一艘小船仍然每天载着行人往返两岸%N。",
      "船长在水上工作了三十年，熟悉两座小镇之间的每一片沙洲。",
      "夏季的周末，小船每天往返十二趟，老码头上常常排起长队%N。",
      "镇议会负责燃油费用，船票收入则用来支付船长的工资和维修。"}},
};

std::string page(const Case& c, int markup, const std::string& mark) {
    std::string body;
    for (const auto& p : c.paras) body += "<p>" + test::with_mark(p, mark) + "</p>";
    return test::noise_page(c.lang, markup, body);
}

}  // namespace

TEST_CASE("a note number glued to a word, linking to a note of this page, goes; the words stay") {
    for (const auto& c : kCases)
        for (int markup = 0; markup < test::kNoiseMarkups; ++markup)
            for (const char* n : {"7", "23"}) {
                const std::string mark = std::string("<sup><a href=\"#fn") + n + "\">" + n + "</a></sup>";
                const std::string out = test::cleaned_text(page(c, markup, mark));
                const std::string lang = c.lang;
                CAPTURE(lang);
                CAPTURE(markup);
                CAPTURE(out);
                for (const auto& p : c.paras) CHECK(out.find(test::with_mark(p, "")) != std::string::npos);
            }
}

TEST_CASE("a number after a space, or linking to another page, is the sentence's own: it stays") {
    for (const auto& c : kCases)
        for (const std::string mark : {std::string(" <a href=\"#ch12\">12</a>"), std::string("<a href=\"https://other.example/p/12\">12</a>")}) {
            const std::string out = test::cleaned_text(page(c, 0, mark));
            const std::string lang = c.lang;
            CAPTURE(lang);
            CAPTURE(out);
            const std::string plain = mark.front() == ' ' ? " 12" : "12";
            for (const auto& p : c.paras) CHECK(out.find(test::with_mark(p, plain)) != std::string::npos);
        }
}
