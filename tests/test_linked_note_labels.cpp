// Two shapes of link residue the linked-marks pass reads by shape, whatever the language:
// - a lettered note marker, a link within the page whose text is a bracketed label of a letter or
//   two and a number ("[a1]", "[n 3]"), glued to the sentence's last word: the note's call goes,
//   the sentence stays; the same label linking to another page, or after a space, stays;
// - a wiki's edit link after a heading whose brackets are the page's text around the link
//   ("<span>[</span><a>edit</a><span>]</span>"): the bracketed label goes, the heading stays.
// Fixtures written for this test: en sk sr (Cyrillic) ka (Georgian) lt hy ta; HTML5 article, div
// soup without class names, a table layout.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

using namespace winnow;

namespace {

struct Case {
    const char* lang;
    const char* head;   // a section heading
    const char* edit;   // the wiki's edit label in that language
    std::vector<std::string> paras;
};

const std::vector<Case> kCases{
    {"en", "How it began", "edit",
     {"The village well was dug by young people with the help of a retired miner from the hills",
      "Women took turns cooking for the workers, and children carried small stones up from the river",
      "After three months water came up for the first time, and the village danced until late at night",
      "The water committee now plans a second tank before the next dry season comes to the valley"}},
    {"sk", "Ako to začalo", "upraviť",
     {"V malej obci na Kysuciach sa obyvatelia rozhodli zachrániť drevenú kaplnku pred zrútením",
      "Prácu viedol miestny tesár na dôchodku, ktorý pozná staré spôsoby spájania trámov bez klincov",
      "Šindle na strechu štiepali dobrovoľníci ručne z jedľového dreva počas celého leta v horách",
      "Obec chce budúci rok opraviť aj kamenný most, ktorý vedie ku kaplnke cez potok pod lesom"}},
    {"sr", "Обнова", "уреди",
     {"У једном селу поред Дрине стари воденички млин после тридесет година поново меље кукуруз",
      "Млин су обновила два брата који су се вратили из Беча да наставе посао свог деде",
      "Дрвени точак направио је стари столар из суседног села, а камење су донели из каменолома",
      "Браћа планирају да следећег пролећа отворе малу продавницу домаћег хлеба поред реке"}},
    {"ka", "პირველი ნაბიჯები", "რედაქტირება",
     {"სვანეთის ერთ პატარა სოფელში ხუთწლიანი შესვენების შემდეგ სკოლა ისევ გაიხსნა",
      "შენობა ადგილობრივმა მცხოვრებლებმა საკუთარი ხელით შეაკეთეს ზაფხულის განმავლობაში",
      "მასწავლებელი ქალაქიდან ჩამოვიდა და ახლა სოფელში ცხოვრობს ძველ ქვის სახლში",
      "მომავალ წელს სკოლასთან პატარა ბიბლიოთეკისა და სახელოსნოს აშენება იგეგმება"}},
    {"lt", "Pradžia", "redaguoti",
     {"Mažame Žemaitijos kaime mokiniai kartu su seneliais atkūrė prieš pusšimtį metų uždarytą kalvę",
      "Idėją pasiūlė technologijų mokytojas, kurio senelis buvo paskutinis šio kaimo kalvis",
      "Visą žiemą vaikai valė surūdijusius įrankius, o kaimynai atnešė senų pasagų ir vinių",
      "Bendruomenė planuoja šalia kalvės įrengti nedidelį muziejų su senaisiais ūkio įrankiais"}},
    {"hy", "Սկիզբը", "խմբագրել",
     {"Սյունիքի մի փոքրիկ գյուղում երիտասարդները վերականգնել են տասնամյակներ լքված ծիրանի այգին",
      "Ամբողջ գարունը նրանք մաքրել են հողը, կտրել չոր ճյուղերը և վերանորոգել ոռոգման հին առուն",
      "Առաջին բերքը բաժանվել է գյուղի բոլոր ընտանիքներին, իսկ մնացածից չիր են պատրաստել",
      "Հաջորդ տարի գյուղացիները նախատեսում են այգու կողքին փոքր չրանոց կառուցել"}},
    {"ta", "தொடக்கம்", "தொகு",
     {"ராமநாதபுரம் அருகே உள்ள ஒரு மீனவர் கிராமத்தில் பழைய படகுக் கொட்டகை நூலகமாக மாறியுள்ளது",
      "ஓய்வுபெற்ற ஆசிரியை ஒருவர் தனது வீட்டிலிருந்த நூறு புத்தகங்களுடன் இந்த முயற்சியைத் தொடங்கினார்",
      "மீனவர்கள் கடலுக்குச் செல்லாத நாட்களில் அலமாரிகளைச் செய்து கூரையைப் பழுது பார்த்தனர்",
      "அடுத்த ஆண்டு மழைக்காலத்திற்கு முன் புதிய கூரை அமைக்க கிராம மக்கள் நிதி திரட்டி வருகின்றனர்"}},
};

std::string wrap(const Case& c, int markup, const std::string& body) {
    const std::string head = std::string("<!doctype html><html lang=\"") + c.lang +
                             "\"><head><meta charset=\"utf-8\"><title>T</title></head><body>";
    if (markup == 0)
        return head + "<nav><a href=\"/\">Home</a></nav><main><article><h1>T</h1>" + body + "</article></main></body></html>";
    if (markup == 1)
        return head + "<div><div><a href=\"/\">Home</a> <a href=\"/a\">A</a></div><div><div><h1>T</h1>" + body +
               "</div></div><div>©</div></div></body></html>";
    return head + "<table width=\"100%\"><tr><td><a href=\"/s\">S</a><br><a href=\"/t\">T</a></td><td><h1>T</h1>" + body +
           "</td></tr></table></body></html>";
}

// Paragraphs 0 and 2 end on a marker (MARK{n} replaced by `mark(n)`), before their full stop.
template <class F>
std::string body_with(const Case& c, F mark) {
    std::string body = std::string("<h2>") + c.head + "</h2>";
    for (std::size_t i = 0; i < c.paras.size(); ++i)
        body += "<p>" + c.paras[i] + (i % 2 == 0 ? mark(i) : std::string()) + ".</p>";
    return body;
}

std::string output(const std::string& html) { return to_text(clean(html).document); }

const char* kLabels[] = {"a1", "b2", "n 3", "c14"};

}  // namespace

TEST_CASE("a lettered note marker linking within the page goes; its sentence stays") {
    for (const auto& c : kCases)
        for (int markup = 0; markup < 3; ++markup) {
            const std::string out = output(wrap(c, markup, body_with(c, [&](std::size_t i) {
                const std::string l = kLabels[(i / 2 + markup) % 4];
                return "<sup><a href=\"#fn-" + std::to_string(i) + "\">[" + l + "]</a></sup>";
            })));
            CAPTURE(std::string(c.lang));
            CAPTURE(markup);
            CAPTURE(out);
            for (const char* l : kLabels) CHECK(out.find(std::string("[") + l + "]") == std::string::npos);
            for (const auto& p : c.paras) CHECK(out.find(p + ".") != std::string::npos);
        }
}

TEST_CASE("the same label linking to another page, or standing after a space, is the sentence's") {
    const Case& c = kCases.front();
    const std::string away = output(wrap(c, 0, body_with(c, [](std::size_t) {
        return std::string("<a href=\"https://shop.example/paper/a4\">[A4]</a>");
    })));
    CAPTURE(away);
    CHECK(away.find("[A4]") != std::string::npos);
    const std::string spaced = output(wrap(c, 0, body_with(c, [](std::size_t) {
        return std::string(" <a href=\"#fig\">[b2]</a>");
    })));
    CAPTURE(spaced);
    CHECK(spaced.find("[b2]") != std::string::npos);
}

TEST_CASE("a wiki's edit link after a heading, its brackets the page's text, goes; the heading stays") {
    for (const auto& c : kCases)
        for (int markup = 0; markup < 3; ++markup) {
            std::string body = body_with(c, [](std::size_t) { return std::string(); });
            const std::string h = std::string("<h2>") + c.head + "</h2>";
            body.replace(body.find(h), h.size(),
                         std::string("<h2>") + c.head + "<span class=\"mw-editsection\"> <span>[</span>"
                         "<a href=\"/w/index.php?title=T&amp;action=edit&amp;section=1\">" + c.edit +
                         "</a><span>]</span></span></h2>");
            const std::string out = output(wrap(c, markup, body));
            CAPTURE(std::string(c.lang));
            CAPTURE(markup);
            CAPTURE(out);
            CHECK(out.find(std::string("[") + c.edit + "]") == std::string::npos);
            CHECK(out.find(c.head) != std::string::npos);
            for (const auto& p : c.paras) CHECK(out.find(p + ".") != std::string::npos);
        }
}

TEST_CASE("a linked word in parentheses inside a sentence stays") {
    const Case& c = kCases.front();
    const std::string out = output(wrap(c, 0, body_with(c, [](std::size_t) {
        return std::string(" (<a href=\"/wiki/Vltava\">Vltava</a>)");
    })));
    CAPTURE(out);
    CHECK(out.find("(Vltava)") != std::string::npos);
}

TEST_CASE("a source's name in brackets around its link, with a capital, stays") {
    const Case& c = kCases.front();
    const std::string out = output(wrap(c, 1, body_with(c, [](std::size_t) {
        return std::string(" [<a href=\"https://news.example/story\">Courier</a>]");
    })));
    CAPTURE(out);
    CHECK(out.find("[Courier]") != std::string::npos);
}
