// A static site's front matter run into the article's text (`--- layout: post slug: x1 draft:
// false weight: 4 ---`, or TOML's `+++ … +++`) goes, fence to fence, glued at a paragraph's end,
// in its middle or as a line of its own; the paragraph's words stay. Dashes that set off a
// remark, with a colon inside, are prose. Fixtures written for this test: en de el hi ja; HTML5
// article, div soup without class names, a table layout.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "noise_page_util.hpp"

using namespace winnow;

namespace {

using Case = test::LangParagraphs;

const std::vector<Case> kCases{
    {"en",
     {"The old lighthouse on the northern cape was switched off in the spring after a hundred and forty years of service.",
      "Volunteers from the village have since opened the tower to visitors on weekends and repaired the spiral stairs.",
      "A small exhibition in the keeper's cottage shows the lenses, logbooks and photographs of the families who lived there."}},
    {"de",
     {"Als die Gemeinde die Bücherei im alten Rathaus schließen wollte, gründeten die Bewohner einen Verein.",
      "Heute öffnen Freiwillige die Räume an fünf Tagen in der Woche und führen die Ausleihe in einem Heft.",
      "Ein pensionierter Buchbinder repariert beschädigte Bände in einer Werkstatt hinter dem Lesesaal."}},
    {"el",
     {"Σε ένα μικρό νησί του Αιγαίου, οι κάτοικοι αποφάσισαν να φυτέψουν ξανά τους ελαιώνες που κάηκαν.",
      "Κάθε Σάββατο οι εθελοντές ανεβαίνουν στους λόφους με φτυάρια και νερό για τα νεαρά δέντρα.",
      "Φέτος φυτεύτηκαν περισσότερα από δύο χιλιάδες δέντρα σε εγκαταλελειμμένα χωράφια."}},
    {"hi",
     {"राजस्थान के एक छोटे गाँव में महिलाओं के एक समूह ने स्कूल की छत पर सौर पैनल लगाए हैं।",
      "पहले बिजली दिन में कई बार चली जाती थी और बच्चे शाम को पढ़ाई नहीं कर पाते थे।",
      "अब स्कूल में पंखे चलते हैं और शाम को बड़ों के लिए भी कक्षाएँ लगती हैं।"}},
    {"ja",
     {"廃校になった小学校の体育館が、月に二回だけ映画館に変わる。始めたのは元映写技師の男性だ。",
      "最初の上映会に来たのは十人ほどだったが、今では近くの町からもバスで観客が集まる。",
      "上映の前には地元の農家が焼いたおにぎりが配られ、休憩時間には子どもたちが感想を話し合う。"}},
};

const std::vector<std::string> kFronts{
    "--- layout: post slug: harbour-light draft: false weight: 4 ---",
    "--- title: Lighthouse date: 2024-03-01 tags: [coast, history] ---",
    "+++ slug = x draft: false weight: 7 aliases: old +++",
};

}  // namespace

TEST_CASE("front matter glued at a paragraph's end, in its middle or as a line goes; the words stay") {
    for (const auto& c : kCases)
        for (int markup = 0; markup < test::kNoiseMarkups; ++markup)
            for (std::size_t f = 0; f < 2; ++f) {  // the two YAML forms; TOML's '=' is config_assignments' own
                const std::string& fm = kFronts[f];
                std::string body = "<p>" + c.paras[0] + " " + fm + "</p>";
                const std::string& mid = c.paras[1];
                const std::size_t cut = mid.find(' ', mid.size() / 2);
                body += "<p>" + (cut == std::string::npos ? mid + " " + fm : mid.substr(0, cut) + " " + fm + mid.substr(cut)) + "</p>";
                body += "<p>" + fm + "</p><p>" + c.paras[2] + "</p>";
                const std::string out = test::cleaned_text(test::noise_page(c.lang, markup, body));
                CAPTURE(std::string(c.lang));
                CAPTURE(markup);
                CAPTURE(out);
                CHECK(out.find("slug") == std::string::npos);
                CHECK(out.find("date: 2024") == std::string::npos);
                CHECK(out.find("---") == std::string::npos);
                CHECK(out.find(c.paras[0]) != std::string::npos);
                CHECK(out.find(c.paras[2]) != std::string::npos);
            }
}

TEST_CASE("dashes setting off a remark with a colon inside are prose") {
    const std::string p = "The answer --- as the keeper wrote: not yet --- came a week later, with a box of old logbooks.";
    const std::string out = test::cleaned_text(test::noise_page(kCases.front().lang, 0, "<p>" + kCases.front().paras[0] + "</p><p>" + p + "</p>"));
    CAPTURE(out);
    CHECK(out.find(p) != std::string::npos);
}
