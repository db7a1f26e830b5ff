// A box pasted again and again with a live figure in it ("Join 4,048 readers…", then "Join 72,639
// readers…", a changing emoji around it) is one repeated box: exact repeats group short blocks
// alike but for their number when three or more stand apart and their numbers run in no order.
// Numbers in running order (steps, rounds, years) are the article's own series and stay.
// Fixtures written for this test: en, cs, uk, ja, el; HTML5 article + blockquote, div soup without
// class names, a table layout.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include <winnow/winnow.hpp>

#include "noise_page_util.hpp"

using namespace winnow;

namespace {

struct Case {
    const char* lang;
    std::vector<std::string> paras;
    const char* box;  // printf-like: %s takes the number
    std::vector<std::string> numbers;
};

const std::vector<Case> kCases{
    {"en",
     {"The old lighthouse on the northern cape was switched off in the spring after a hundred and forty years of service.",
      "Volunteers from the village have since opened the tower to visitors on weekends and repaired the spiral stairs.",
      "A small exhibition in the keeper's cottage shows the lenses, logbooks and photographs of the families who lived there.",
      "The council has agreed to cover the insurance for three more years while the volunteers look for a permanent sponsor.",
      "School classes now come by bus to climb the tower and learn how ships were guided along the rocky coast."},
     "Join %s readers who get our morning briefing", {"4,048", "72,639", "21,032", "18,770"}},
    {"cs",
     {"Stará hvězdárna na kopci nad městem byla po letech opravena a znovu otevřena pro veřejnost.",
      "Dobrovolníci z astronomického kroužku vyčistili dalekohled a opravili otočnou kopuli, která se léta nehýbala.",
      "Každý pátek večer se tu scházejí rodiny s dětmi, aby se podívaly na Měsíc a na prstence Saturnu.",
      "Město slíbilo přispět na nové osvětlení cesty, aby se návštěvníci v zimě bezpečně dostali nahoru.",
      "Kroužek chce příští rok uspořádat letní tábor pro mladé pozorovatele oblohy z celého kraje."},
     "Už %s čtenářů nás podporuje, přidejte se také", {"12 480", "9 311", "15 902", "11 046"}},
    {"uk",
     {"Старий млин на березі річки знову почав молоти зерно після двадцяти років простою.",
      "Його відновили брати, які повернулися до рідного села з великого міста і вирішили продовжити справу діда.",
      "Жорна довелося замовляти в майстра з сусідньої області, а колесо зробили місцеві теслярі.",
      "Тепер до млина приїжджають пекарі з усього району, щоб купити борошно грубого помелу.",
      "Брати планують відкрити біля млина невелику пекарню і проводити екскурсії для школярів."},
     "Нас уже підтримують %s читачів, долучайтеся до спільноти", {"15 043", "24 938", "2 984", "59 450"}},
    {"ja",
     {"海辺の町で、閉店した銭湯を若い夫婦が買い取り、三年ぶりに営業を再開した。",
      "古いタイル絵や木の下駄箱はそのまま残し、ボイラーだけを新しいものに取り替えた。",
      "開店の日には昔からの常連客が列を作り、懐かしそうに湯船につかっていた。",
      "夫婦は週末に地元の野菜を売る小さな市場を入り口の前で開いている。",
      "町の人々は、銭湯が再び人の集まる場所になったことを喜んでいる。"},
     "すでに%s人の読者がメールマガジンに登録しています", {"3,120", "45,806", "1,954", "27,411"}},
    {"el",
     {"Στο παλιό λιμάνι του νησιού, μια ομάδα ψαράδων αποφάσισε να επισκευάσει τα ξύλινα καΐκια των παππούδων τους.",
      "Οι εργασίες γίνονται στο καρνάγιο κάθε απόγευμα, όταν οι βάρκες επιστρέφουν από το ψάρεμα.",
      "Οι νεότεροι μαθαίνουν από τους ηλικιωμένους ναυπηγούς πώς να λυγίζουν τα σανίδια με ατμό.",
      "Ο δήμος υποσχέθηκε να χρηματοδοτήσει ένα μικρό μουσείο για τη ναυπηγική παράδοση του τόπου.",
      "Το πρώτο επισκευασμένο καΐκι θα ξαναβγεί στη θάλασσα στη γιορτή του Αγίου Νικολάου."},
     "Ήδη %s αναγνώστες λαμβάνουν το πρωινό μας δελτίο", {"8.412", "31.207", "5.660", "19.085"}},
};

const char* kEmoji[] = {"🔥", "📬", "⭐", "💌"};

std::string box_text(const Case& c, std::size_t k) {
    std::string t = c.box;
    t.replace(t.find("%s"), 2, c.numbers[k]);
    return t;
}

// markup 0: HTML5 article, the box in a blockquote; 1: div soup, the box a paragraph with an
// emoji and a link; 2: a table layout, the box a paragraph of its own.
std::string page(const Case& c, int markup, const std::vector<std::string>& boxes) {
    std::string body;
    for (std::size_t i = 0; i < c.paras.size(); ++i) {
        body += "<p>" + c.paras[i] + "</p>";
        if (i < boxes.size() && i + 1 < c.paras.size()) {
            if (markup == 0)
                body += "<blockquote><p><strong>" + boxes[i] + "</strong></p></blockquote>";
            else if (markup == 1)
                body += std::string("<p>") + kEmoji[i % 4] + " " + boxes[i] + " <a href=\"/join?n=" + std::to_string(i) + "\">→</a></p>";
            else
                body += "<p><b>" + boxes[i] + "</b></p>";
        }
    }
    return test::noise_page(c.lang, markup, body);
}

// Each language's lines, one after each of its paragraphs in a table layout, all stay.
void check_lines_stay(const std::vector<std::pair<const char*, std::vector<std::string>>>& lines) {
    for (const auto& [lang, boxes] : lines) {
        const Case* c = nullptr;
        for (const auto& k : kCases)
            if (std::string(k.lang) == lang) c = &k;
        REQUIRE(c);
        const std::string out = test::cleaned_text(page(*c, 2, boxes));
        CAPTURE(std::string(lang));
        CAPTURE(out);
        for (const auto& b : boxes) CHECK(out.find(b) != std::string::npos);
    }
}

}  // namespace

TEST_CASE("a box repeated with a changing reader count goes, every copy; the article stays") {
    for (const auto& c : kCases)
        for (int markup = 0; markup < test::kNoiseMarkups; ++markup) {
            std::vector<std::string> boxes;
            for (std::size_t k = 0; k < c.numbers.size(); ++k) boxes.push_back(box_text(c, k));
            const std::string out = test::cleaned_text(page(c, markup, boxes));
            const std::string lang = c.lang;
            CAPTURE(lang);
            CAPTURE(markup);
            CAPTURE(out);
            for (const auto& b : boxes) CHECK(out.find(c.numbers[&b - &boxes[0]]) == std::string::npos);
            for (const auto& p : c.paras) CHECK(out.find(p.substr(0, 24)) != std::string::npos);
        }
}

TEST_CASE("numbers in running order are the article's series: they stay") {
    // The same line with 1, 2, 3, 4 (a round, a step) or with consecutive years.
    for (const auto& c : kCases)
        for (const std::vector<std::string> numbers : {std::vector<std::string>{"1", "2", "3", "4"},
                                                       std::vector<std::string>{"2019", "2020", "2022", "2023"}}) {
            std::vector<std::string> boxes;
            for (const auto& n : numbers) {
                std::string t = c.box;
                t.replace(t.find("%s"), 2, n);
                boxes.push_back(t);
            }
            const std::string out = test::cleaned_text(page(c, 2, boxes));
            const std::string lang = c.lang;
            CAPTURE(lang);
            CAPTURE(out);
            for (const auto& b : boxes) CHECK(out.find(b) != std::string::npos);
        }
}

TEST_CASE("a line naming a price under each record is the record's: it stays") {
    // A shop's line after each product, its amount changing: a currency sign or a two-digit fraction.
    const std::vector<std::pair<const char*, std::vector<std::string>>> lines{
        {"en", {"Get it at the hardware store for $238.99", "Get it at the hardware store for $49.95",
                "Get it at the hardware store for $649.99", "Get it at the hardware store for $67.77"}},
        {"cs", {"Koupíte v obchodě za 1 299,90 Kč", "Koupíte v obchodě za 349,00 Kč",
                "Koupíte v obchodě za 2 749,50 Kč", "Koupíte v obchodě za 899,90 Kč"}},
        {"uk", {"Купити в магазині за 1 299 ₴", "Купити в магазині за 349 ₴", "Купити в магазині за 2 749 ₴",
                "Купити в магазині за 899 ₴"}},
        {"ja", {"オンラインストアで¥12,800で購入できます", "オンラインストアで¥3,480で購入できます",
                "オンラインストアで¥24,900で購入できます", "オンラインストアで¥7,650で購入できます"}},
    };
    check_lines_stay(lines);
}

TEST_CASE("numbered captions, a live blog's times and dated captions are a series: they stay") {
    // "2/28" is two numbers (the photo's place and the count), "21:22" an hour and its minutes,
    // "(2017/7/11)" a date: read as one figure each, they would look like a counter jumping about.
    const std::vector<std::pair<const char*, std::vector<std::string>>> lines{
        {"en", {"Picture 2/28: the harbour wall at low tide", "Picture 3/28: the harbour wall at low tide",
                "Picture 4/28: the harbour wall at low tide", "Picture 5/28: the harbour wall at low tide"}},
        {"en", {"21:22 Jana Nováková reporting from the quay", "21:01 Jana Nováková reporting from the quay",
                "20:36 Jana Nováková reporting from the quay", "20:05 Jana Nováková reporting from the quay"}},
        {"uk", {"Фото 2 з 14: вигляд з мосту", "Фото 3 з 14: вигляд з мосту", "Фото 4 з 14: вигляд з мосту",
                "Фото 5 з 14: вигляд з мосту"}},
        {"ja", {"写真：市場でのせりの様子(2017/7/11撮影)", "写真：市場でのせりの様子(2017/8/22撮影)",
                "写真：市場でのせりの様子(2018/7/10撮影)", "写真：市場でのせりの様子(2019/8/19撮影)"}},
    };
    check_lines_stay(lines);
}
