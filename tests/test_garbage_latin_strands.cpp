// The Latin-script leftovers of a debris run in prose of another script (filters/latin_strands.cpp).
// A detector cut the machine-made middle of a log line or an error (a goroutine's frame, a
// Return-Path address, a file path) and left its first and last words in the sentence: "worker 12",
// "Delivered-To: … Return-Path: X-Mailer: Relay 4.2", "Fatal error: … in", "Stack trace: #0 {main}".
// In a Russian, Greek, Hindi or Georgian page those ASCII words up to the page's script go with the
// run; in an English page, or where the ASCII words carry no machine mark, nothing changes.
// Whole pages as div soup (markup 0), HTML5 <article> (1) and a table layout (2); the line inside a
// sentence, or as a paragraph of its own. 48 of the page checks failed before the rule.
#include <doctest/doctest.h>

#include <string>

#include "extract_test_util.hpp"
#include "filter_test_util.hpp"

using winnow::test::garbage_filtered;
using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

struct Case {
    const char* lang;
    const char* title;
    const char* first;   // a paragraph before
    const char* before;  // the sentence up to the line
    const char* after;   // the sentence after it
    const char* last;    // a paragraph after
};

const Case kCases[] = {
    {"ru", "Паром меняет расписание весной",
     "С апреля паром отходит от причала каждые сорок минут вместо каждого часа, а последний рейс переносится на поздний вечер.",
     "Новое расписание уже вывешено в кассе порта,", "и жители острова довольны переменами.",
     "Билеты можно купить в кассе или у капитана прямо на борту судна, оплата принимается наличными и картой."},
    {"el", "Το πλοίο αλλάζει δρομολόγια την άνοιξη",
     "Από τον Απρίλιο το πλοίο αναχωρεί από το λιμάνι κάθε σαράντα λεπτά αντί για κάθε ώρα, και το τελευταίο δρομολόγιο "
     "μετακινείται αργά το βράδυ.",
     "Το νέο πρόγραμμα έχει ήδη αναρτηθεί στο εκδοτήριο του λιμανιού,", "και οι κάτοικοι του νησιού είναι ικανοποιημένοι.",
     "Τα εισιτήρια πωλούνται στο εκδοτήριο ή από τον καπετάνιο πάνω στο πλοίο, με μετρητά ή με κάρτα."},
    {"hi", "वसंत में नौका का समय बदलेगा",
     "अप्रैल से नौका हर घंटे के बजाय हर चालीस मिनट पर घाट से रवाना होगी और आखिरी फेरा देर शाम तक चलेगा।",
     "नई समय सारणी बंदरगाह के टिकट घर पर लगा दी गई है", "और द्वीप के लोग इस बदलाव से खुश हैं।",
     "टिकट घाट की खिड़की से या नौका पर कप्तान से खरीदे जा सकते हैं, नकद और कार्ड दोनों चलते हैं।"},
    {"ka", "გაზაფხულზე ბორნის განრიგი იცვლება",
     "აპრილიდან ბორანი ნავსადგურიდან ყოველ ორმოც წუთში გავა საათის ნაცვლად, ბოლო რეისი კი გვიან საღამომდე გადაიწევს.",
     "ახალი განრიგი უკვე გამოკრულია ნავსადგურის სალაროსთან,", "და კუნძულის მცხოვრებლები კმაყოფილები არიან.",
     "ბილეთების ყიდვა შეიძლება სალაროში ან ბორანზე კაპიტანთან, ნაღდი ფულით ან ბარათით."},
};

// Log lines and errors whose middle the detectors cut; the first word of each names it.
const char* const kLines[] = {
    "worker 12 [waiting]: queue.(*Pool).take(0xc000123456, {0x4a5b6c, 0x1f}) /srv/pool.go:88 +0x2b",
    "Delivered-To: desk@news.example.org (10.4.7.9) Return-Path: &lt;bounce-7f3a9c2e81d0@lists.example.org&gt; X-Mailer: Relay 4.2",
    "Fatal error: Allowed memory size of 134217728 bytes exhausted in /home/site/public_html/lib/cache.php on line 57 "
    "Stack trace: #0 {main}",
};
const char* const kHeads[] = {"worker 12", "Delivered-To", "Fatal error"};

std::string page(const Case& c, int markup, const std::string& mid) {
    const std::string prose = std::string("<p>") + c.first + "</p>" + mid + "<p>" + c.last + "</p>";
    std::string body;
    if (markup == 0)
        body = "<div id=\"top\"><a href=\"/\">Home</a></div><div id=\"main\"><h1>" + std::string(c.title) + "</h1><div>" + prose +
               "</div></div>";
    else if (markup == 1)
        body = "<header><nav><a href=\"/\">Home</a></nav></header><main><article><h1>" + std::string(c.title) + "</h1>" + prose +
               "</article></main>";
    else
        body = "<table width=\"100%\"><tr><td><a href=\"/\">Home</a></td></tr><tr><td><h1>" + std::string(c.title) + "</h1>" + prose +
               "</td></tr></table>";
    return html_page(c.lang, c.title, body);
}

}  // namespace

TEST_CASE("a log line's words left beside its cut middle go with it in prose of another script") {
    for (const Case& c : kCases)
        for (int li = 0; li < 3; ++li)
            for (int markup = 0; markup < 3; ++markup)
                for (const bool own : {false, true}) {
                    const std::string lang = c.lang;
                    CAPTURE(lang);
                    CAPTURE(li);
                    CAPTURE(markup);
                    CAPTURE(own);
                    const std::string mid = own ? std::string("<p>") + c.before + " " + c.after + "</p><p>" + kLines[li] + "</p>"
                                                : std::string("<p>") + c.before + " " + kLines[li] + " " + c.after + "</p>";
                    const std::string out = text_of(page(c, markup, mid));
                    CHECK_FALSE(has(out, kHeads[li]));
                    CHECK(has(out, c.before));
                    CHECK(has(out, c.after));
                    CHECK(has(out, c.first));
                }
}

TEST_CASE("the page's own words and plain English words stay") {
    // English prose: the rule has no other script to stop at; the words of the sentence stay.
    const std::string en = garbage_filtered(
        "The new timetable hangs at the ticket office, worker 12 [waiting]: queue.(*Pool).take(0xc000123456, {0x4a5b6c, 0x1f}) "
        "/srv/pool.go:88 +0x2b and islanders are pleased.",
        "From April the ferry leaves the harbour every forty minutes instead of every hour, and the last crossing moves to ten.");
    CHECK(has(en, "The new timetable hangs at the ticket office,"));
    CHECK(has(en, "and islanders are pleased."));
    CHECK_FALSE(has(en, "0xc000123456"));
    // Plain Latin words without a machine mark before a cut (a product's name) stay in Russian prose.
    const std::string ru = garbage_filtered(
        "Приложение есть в магазине Google Play /srv/pool.go:88 +0x2b 0xc000123456 0x4a5b6c и его можно скачать бесплатно.",
        kCases[0].first);
    CHECK(has(ru, "Google Play"));
    CHECK(has(ru, "и его можно скачать бесплатно."));
    // A stretch longer than a line's words (a quoted English sentence) stays.
    const std::string el = garbage_filtered(
        "Ο καπετάνιος είπε: We leave at 10 every morning from pier 3, and on Sundays the boat waits for the bus from town "
        "/srv/pool.go:88 +0x2b 0xc000123456 0x4a5b6c και όλοι γέλασαν.",
        kCases[1].first);
    CHECK(has(el, "We leave at 10 every morning from pier 3"));
    CHECK_FALSE(has(el, "0xc000123456"));
}
