// Genuine content the garbage filter must keep. A product's sizes written with a multiplication
// sign ("45 × 30 × 4 cm") on a line of their own. Three numbers with a symbol between each two
// looked like a share bar's counts with pictograph labels ("❤️ 312 😂 45 😮 12") to the counter
// reader (filters/counter_runs.cpp); a mathematical operator is no pictograph. English, German,
// Russian, Japanese, Greek; list items, table cells, <dd>, <br>-separated lines, div soup.
// Share bars with pictographs and arrows still go.
// And the sentence a traceback was pasted into, going on after the exception's message; and
// the clause of a script written without spaces glued behind debris; and the word a query
// string was glued to.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "text_util.hpp"

using namespace winnow;

namespace {

std::string text_of(const std::string& html) {
    const Result r = clean(html);
    return winnow::test::squeeze(to_text(r.document));
}

// A page around the fragment: two sentences of prose before and after, so the fragment is
// inside the article.
std::string page(const std::string& lang, const std::string& lead, const std::string& fragment, const std::string& tail) {
    return "<!DOCTYPE html><html lang=\"" + lang + "\"><head><title>t</title></head><body><article><h1>" + lead.substr(0, 20) +
           "</h1><p>" + lead + "</p>" + fragment + "<p>" + tail + "</p></article></body></html>";
}

struct Case {
    const char* lang;
    const char* lead;
    const char* fragment;
    const char* tail;
    std::vector<const char*> kept;
};

const std::vector<Case> kCases = {
    {"en", "We used this desk for six months in a small home office and measured everything a buyer needs to know.",
     "<ul><li>120 × 60 × 75 cm</li><li>45 × 30 × 4 cm</li><li>Weight: 23.5 kg</li></ul>",
     "The desk is still in daily use and we will update this review next year with what has changed.",
     {"120 × 60 × 75 cm", "45 × 30 × 4 cm"}},
    {"en", "The recipe needs a deep tray, and the size matters more than the material it is made from.",
     "<p>Tray: 32 × 22 × 5 cm</p><p>2 × 250 g × 3 ÷ 4</p>",
     "Line the tray with paper and press the dough evenly into every corner before baking it.",
     {"32 × 22 × 5 cm", "2 × 250 g × 3 ÷ 4"}},
    {"de", "Wir haben den Tisch ein halbes Jahr lang im Arbeitszimmer genutzt und alles gemessen, was Käufer wissen wollen.",
     "<table><tr><td>Maße</td><td>120 × 60 × 75 cm</td></tr><tr><td>Schublade</td><td>45 × 30 × 4 cm</td></tr></table>"
     "<dl><dt>Paket</dt><dd>130 × 70 × 12 cm</dd></dl>",
     "Der Tisch ist stabil, schön verarbeitet und nach einem halben Jahr noch wie neu, wir empfehlen ihn gern.",
     {"120 × 60 × 75 cm", "45 × 30 × 4 cm", "130 × 70 × 12 cm"}},
    {"ru", "Мы пользовались этим столом полгода в маленьком кабинете и измерили всё, что важно покупателю.",
     "<p>Упаковка<br>130 × 70 × 12 см<br>28 кг</p><ul><li>45 × 30 × 4 см</li></ul>",
     "Стол прочный и красивый, и через полгода выглядит как новый, поэтому мы его смело рекомендуем.",
     {"130 × 70 × 12 см", "28 кг", "45 × 30 × 4 см"}},
    {"ja", "小さな書斎でこのデスクを半年間使い、狭い部屋で購入を考えている人に必要なことをすべて測りました。",
     "<table><tr><th>サイズ</th><td>120 × 60 × 75 cm</td></tr><tr><th>引き出し</th><td>45 × 30 × 4 cm</td></tr></table>",
     "丈夫で仕上げもきれいで、半年たっても新品のようです。自信をもっておすすめします。",
     {"120 × 60 × 75 cm", "45 × 30 × 4 cm"}},
    {"el", "Χρησιμοποιήσαμε αυτό το γραφείο για έξι μήνες σε ένα μικρό δωμάτιο και μετρήσαμε ό,τι χρειάζεται.",
     "<div><div>45 × 30 × 4 εκ.</div><div>130 × 70 × 12 εκ.</div></div>",
     "Το γραφείο είναι γερό και όμορφο, και μετά από έξι μήνες μοιάζει καινούργιο, το προτείνουμε.",
     {"45 × 30 × 4 εκ.", "130 × 70 × 12 εκ."}},
};

}  // namespace

TEST_CASE("sizes and products written with a multiplication sign stay, in any language and markup") {
    for (const Case& c : kCases) {
        const std::string out = text_of(page(c.lang, c.lead, c.fragment, c.tail));
        for (const char* k : c.kept) {
            INFO(std::string(c.lang) << ": " << std::string(k) << "\n" << out);
            CHECK(out.find(k) != std::string::npos);
        }
    }
}

TEST_CASE("a share bar of counts with pictographs or arrows between them still goes") {
    const std::vector<std::pair<const char*, const char*>> bars = {
        {"en", "<p>❤️ 312 😂 45 😮 12</p>"},
        {"de", "<p>↑ 312 ↓ 45 ↑ 12</p>"},
    };
    for (const auto& [lang, bar] : bars) {
        const std::string out = text_of(page(lang, "A long enough sentence of prose opens the article and says what happened here today.",
                                             bar, "Another sentence of prose closes the article with a remark on what comes next."));
        INFO(std::string(lang) << "\n" << out);
        CHECK(out.find("312") == std::string::npos);
        CHECK(out.find("A long enough sentence") != std::string::npos);
    }
}

// A Python traceback pasted into the middle of a sentence in a script other than Latin: the
// exception's message runs to the block's end only while its words are the runtime's (ASCII,
// or quoted); the sentence going on after it in Greek, Hebrew, Russian or Japanese stays.
TEST_CASE("the sentence going on after an inline exception message stays") {
    struct Trace {
        const char* lang;
        const char* lead;  // a paragraph of the article before the block
        const char* before;
        const char* after;
        const char* open;
        const char* close;
    };
    const std::vector<Trace> traces = {
        {"el", "Στο μικρό νησί οι ελαιώνες είχαν εγκαταλειφθεί εδώ και χρόνια, ώσπου οι κάτοικοι ίδρυσαν έναν συνεταιρισμό.",
         "Ο συνεταιρισμός ελπίζει ότι σε δέκα χρόνια το", "νησί θα παράγει ξανά το δικό του λάδι", "<p>", "</p>"},
        {"he", "שכנים בשכונה החליטו לעודד ילדים לקרוא יותר, והתחילו לאסוף ספרים ישנים מכל הבניינים ברחוב.",
         "בתחנת האוטובוס שליד בית הספר בשכונה", "הוצב ארון עץ קטן מלא בספרים", "<div>", "</div>"},
        {"ru", "Библиотека в деревне была закрыта почти десять лет, и книги всё это время лежали в сыром подвале школы.",
         "Весной жители деревни", "снова открыли старую библиотеку у реки", "<li>", "</li>"},
        {"ja", "村の小学校が閉校になってから、子どもたちが集まる場所はほとんどなくなってしまったという。",
         "夏休みの夜、村の人たちは", "古い映写機を校庭に運び出した", "<td>", "</td>"},
    };
    for (const Trace& t : traces) {
        const std::string block = std::string(t.open) + t.before +
                                  " Traceback (most recent call last): File \"/srv/app/views.py\", line 44, in render KeyError: 'k3x9q' " +
                                  t.after + "." + t.close;
        std::string fragment = block;
        if (std::string(t.open) == "<li>") fragment = "<ul>" + block + "</ul>";
        if (std::string(t.open) == "<td>") fragment = "<table><tr>" + block + "</tr></table>";
        const std::string html = "<!DOCTYPE html><html lang=\"" + std::string(t.lang) +
                                 "\"><head><title>t</title></head><body><article><p>" + t.lead + "</p>" + fragment +
                                 "</article></body></html>";
        const std::string out = text_of(html);
        INFO(std::string(t.lang) << "\n" << out);
        CHECK(out.find(t.lead) != std::string::npos);
        CHECK(out.find("Traceback") == std::string::npos);
        CHECK(out.find("KeyError") == std::string::npos);
        CHECK(out.find(t.after) != std::string::npos);
    }
}

TEST_CASE("an exception message closing its block still goes to the end, quoted values too") {
    const std::vector<std::pair<const char*, const char*>> pages = {
        {"en", "<p>The council met on Monday. Traceback (most recent call last): File \"/srv/app/views.py\", line 9, in render "
               "KeyError: 'ключ'</p>"},
        {"ru", "<p>Совет собрался в понедельник. Traceback (most recent call last): File \"/srv/app/views.py\", line 9, in render "
               "ValueError: invalid literal for int() with base 10</p>"},
    };
    for (const auto& [lang, block] : pages) {
        const std::string html = std::string("<!DOCTYPE html><html lang=\"") + lang +
                                 "\"><head><title>t</title></head><body><article><p>A first paragraph of prose long enough to be the "
                                 "article's, about the council's meeting.</p>" +
                                 block + "</article></body></html>";
        const std::string out = text_of(html);
        INFO(std::string(lang) << "\n" << out);
        CHECK(out.find("KeyError") == std::string::npos);
        CHECK(out.find("ValueError") == std::string::npos);
        CHECK(out.find("ключ") == std::string::npos);
        CHECK(out.find("invalid literal") == std::string::npos);
    }
}

// Chinese, Japanese and Thai prose goes on right behind debris with no space between: the
// debris goes, the clause glued behind it stays (and debris glued behind the clause again goes).
TEST_CASE("a clause of an unspaced script glued behind debris stays, the debris goes") {
    struct Glued {
        const char* lang;
        const char* lead;
        const char* before;
        const char* debris;
        const char* clause;
        const char* open;
        const char* close;
    };
    const std::vector<Glued> cases = {
        {"zh", "老城区有一条安静的小街，街口的修鞋铺每天早上七点开门，店主先把工具一件件摆好。",
         "附近的居民习惯把皮鞋拿来修理", "q=pr%C3%BCfung%20caf%C3%A9&ref=gZbk4t&sid=-a6LNnVE", "，价格多年几乎没有变化。", "<p>", "</p>"},
        {"zh", "在城南的傳統市場裡，一家二手書攤已經默默經營了二十多年，附近的學生常來翻書。",
         "攤主原本是中學老師", "static/chunks/750-4f70cf78b6f32c33.js", "，退休後把家裡的藏書搬到市場。", "<li>", "</li>"},
        {"ja", "村の小学校が閉校になってから、子どもたちが集まる場所はほとんどなくなってしまったという。",
         "夏休みの夜には", "utm_source=newsletter&utm_medium=email&utm_campaign=w37", "、古い映写機が校庭に運び出された。", "<td>", "</td>"},
        {"th", "ตลาดน้ำเก่าแก่ริมคลองแห่งหนึ่งเคยเงียบเหงาจนแทบไม่มีเรือมาค้าขายเลยในช่วงหลายปีที่ผ่านมา",
         "ชาวบ้านกลุ่มหนึ่ง", "data:image/png;base64,Nj4Vi2NX2zBxDbZtc79WJoDhUCvKI2+caab5cHBp", "จึงรวมตัวกันทำความสะอาดคลอง", "<div>",
         "</div>"},
    };
    for (const Glued& g : cases) {
        std::string fragment = std::string(g.open) + g.before + " " + g.debris + g.clause + g.close;
        if (std::string(g.open) == "<li>") fragment = "<ul>" + fragment + "</ul>";
        if (std::string(g.open) == "<td>") fragment = "<table><tr>" + fragment + "</tr></table>";
        const std::string html = "<!DOCTYPE html><html lang=\"" + std::string(g.lang) +
                                 "\"><head><title>t</title></head><body><article><p>" + g.lead + "</p>" + fragment +
                                 "</article></body></html>";
        const std::string out = text_of(html);
        INFO(std::string(g.lang) << "\n" << out);
        CHECK(out.find(g.lead) != std::string::npos);
        CHECK(out.find(g.debris) == std::string::npos);
        CHECK(out.find(g.clause) != std::string::npos);
    }
    // Debris glued behind the clause again goes on its own.
    const std::string out = text_of(
        "<!DOCTYPE html><html lang=\"zh\"><head><title>t</title></head><body><article><p>老城区有一条安静的小街，街口的修鞋铺每天早上七点开"
        "门。</p><p>附近的居民习惯把皮鞋拿来修理 q=pr%C3%BCfung&amp;ref=ARUHcw，价格多年几乎没有变化。q=caf%C3%A9&amp;ref=ZZk4t&amp;sid=7AvCrEdB</p>"
        "</article></body></html>");
    INFO(out);
    CHECK(out.find("，价格多年几乎没有变化。") != std::string::npos);
    CHECK(out.find("ref=") == std::string::npos);
}

// A query string glued to the sentence's last word, more debris glued behind it
// ("escuelas?utm_source=….data:image/png;base64,…"): prose puts a space after its question mark;
// the word stays, the query goes.
TEST_CASE("the word a query string is glued to stays") {
    struct Query {
        const char* lang;
        const char* lead;
        const char* sentence;
        const char* open;
        const char* close;
    };
    const std::vector<Query> cases = {
        {"en", "The rooftop garden above the market was planted three years ago by a group of stall holders.",
         "Today it supplies three stalls through the summer and draws visits from schools", "<p>", "</p>"},
        {"es", "El huerto de la azotea del mercado lo plantaron hace tres años un grupo de vendedores del barrio.",
         "Hoy la azotea abastece a tres puestos durante el verano y atrae visitas de escuelas", "<li>", "</li>"},
        {"de", "Der Dachgarten über der Markthalle wurde vor drei Jahren von einigen Händlern angelegt.",
         "Heute versorgt er im Sommer drei Stände und lockt Besuche von Schulklassen", "<td>", "</td>"},
        {"ru", "Огород на крыше рынка три года назад посадили несколько продавцов из соседних рядов.",
         "Сегодня он летом снабжает три прилавка и привлекает экскурсии школьников", "<div>", "</div>"},
    };
    for (const Query& q : cases) {
        std::string fragment = std::string(q.open) + q.sentence +
                               "?utm_source=newsletter&amp;utm_medium=email.data:image/png;base64,Oz8aOjKHAKrL1Eh8XgiC2Ippwo0KhidmeldSO3Qs" + q.close;
        if (std::string(q.open) == "<li>") fragment = "<ul>" + fragment + "</ul>";
        if (std::string(q.open) == "<td>") fragment = "<table><tr>" + fragment + "</tr></table>";
        const std::string html = "<!DOCTYPE html><html lang=\"" + std::string(q.lang) +
                                 "\"><head><title>t</title></head><body><article><p>" + q.lead + "</p>" + fragment +
                                 "</article></body></html>";
        const std::string out = text_of(html);
        INFO(std::string(q.lang) << "\n" << out);
        CHECK(out.find("utm_") == std::string::npos);
        CHECK(out.find("base64") == std::string::npos);
        CHECK(out.find(q.sentence) != std::string::npos);
    }
    // A written-out address keeps its query; a question without a space after it is no query.
    const std::string out = text_of(
        "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><article><p>The rooftop garden above the market was "
        "planted three years ago by a group of stall holders.</p><p>Read the report at https://example.org/report?id=42 and the "
        "summary.</p></article></body></html>");
    INFO(out);
    CHECK(out.find("https://example.org/report?id=42") != std::string::npos);
}
