// A bracketed label that is a link's whole text, after a word and before a clause end ("… the
// harbour (archive)."), is residue however often the page says it, when every saying of its words
// is such a link: two or three sayings no longer keep it. A label whose word the prose also says,
// or said once as plain text beside the links, stays. Fixtures written for this test: en vi de ru
// el; HTML5 article, div soup without class names, a table layout.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "noise_page_util.hpp"

using namespace winnow;

namespace {

struct Case {
    const char* lang;
    std::string label;  // bracketed
    std::vector<std::string> paras;  // each ends on a word: the label goes before its stop
    std::string prose_with_word;     // a sentence that says the label's word as prose
};

const std::vector<Case> kCases{
    {"en", "(archive)",
     {"The old ferry still crosses the river every morning at dawn", "Its captain has worked on the same boat for thirty years",
      "Schoolchildren ride it for free on weekdays", "A museum about the crossing opened last spring"},
     "The village archive keeps the logbooks of every crossing."},
    {"vi", "(liên kết)",
     {"Chiếc phà cũ vẫn qua sông mỗi sáng lúc bình minh", "Người lái phà đã làm việc trên con thuyền này ba mươi năm",
      "Học sinh được đi miễn phí vào các ngày trong tuần", "Một bảo tàng về bến phà đã mở cửa vào mùa xuân"},
     "Cây cầu mới sẽ là mối liên kết đầu tiên giữa hai làng."},
    {"de", "(Verweis)",
     {"Die alte Fähre überquert den Fluss noch jeden Morgen bei Sonnenaufgang", "Ihr Kapitän arbeitet seit dreißig Jahren auf demselben Boot",
      "Schulkinder fahren an Werktagen kostenlos mit", "Ein Museum über die Überfahrt wurde im Frühjahr eröffnet"},
     "Ein Verweis auf die Chronik des Dorfes steht im Museum."},
    {"ru", "(архив)",
     {"Старый паром всё ещё пересекает реку каждое утро на рассвете", "Его капитан работает на одном и том же судне тридцать лет",
      "Школьники катаются на нём бесплатно по будням", "Музей переправы открылся прошлой весной"},
     "В деревне архив хранит судовые журналы парома."},
    {"el", "(σύνδεσμος)",
     {"Το παλιό πορθμείο διασχίζει ακόμα το ποτάμι κάθε πρωί την αυγή", "Ο καπετάνιος του δουλεύει στο ίδιο σκάφος τριάντα χρόνια",
      "Οι μαθητές ταξιδεύουν δωρεάν τις καθημερινές", "Ένα μουσείο για το πέρασμα άνοιξε την περασμένη άνοιξη"},
     "Η νέα γέφυρα θα είναι ο πρώτος σύνδεσμος ανάμεσα στα δύο χωριά."},
};

std::string linked(const std::string& para, const std::string& label, int n) {
    return "<p>" + para + " <a href=\"https://example.org/r" + std::to_string(n) + "\">" + label + "</a>.</p>";
}

}  // namespace

TEST_CASE("a bracketed link label said two or three times, each time as such a link, goes") {
    for (const auto& c : kCases)
        for (int markup = 0; markup < test::kNoiseMarkups; ++markup)
            for (int times = 2; times <= 3; ++times) {
                std::string body;
                for (int i = 0; i < 4; ++i) body += i < times ? linked(c.paras[i], c.label, i) : "<p>" + c.paras[i] + ".</p>";
                const std::string out = test::cleaned_text(test::noise_page(c.lang, markup, body));
                CAPTURE(std::string(c.lang));
                CAPTURE(markup);
                CAPTURE(times);
                CAPTURE(out);
                CHECK(out.find(c.label) == std::string::npos);
                for (const auto& p : c.paras) CHECK(out.find(p + ".") != std::string::npos);
            }
}

TEST_CASE("a label whose word the prose says, or said as plain text too, stays") {
    for (const auto& c : kCases)
        for (int markup = 0; markup < test::kNoiseMarkups; ++markup) {
            const std::string prose = linked(c.paras[0], c.label, 0) + linked(c.paras[1], c.label, 1) + "<p>" + c.prose_with_word + "</p>";
            const std::string plain = linked(c.paras[0], c.label, 0) + linked(c.paras[1], c.label, 1) + "<p>" + c.paras[2] + " " + c.label + ".</p>";
            for (const std::string& body : {prose, plain}) {
                const std::string out = test::cleaned_text(test::noise_page(c.lang, markup, body));
                CAPTURE(std::string(c.lang));
                CAPTURE(markup);
                CAPTURE(out);
                CHECK(out.find(c.paras[0] + " " + c.label) != std::string::npos);
            }
        }
}
