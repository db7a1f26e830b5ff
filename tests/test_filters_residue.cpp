// Link residue and empty blocks.
#include <doctest/doctest.h>

#include "filter_test_util.hpp"
#include "filters/filters.hpp"

using namespace winnow;
using namespace winnow::detail;
using winnow::test::para;

namespace {
std::string fix(std::string text) {
    Document d;
    d.body.push_back(para(std::move(text)));
    remove_link_residue(d, NoiseOptions{});
    return d.body[0].text;
}
}  // namespace

TEST_CASE("space before sentence punctuation where a link was cut") {
    CHECK(fix("It aims to counteract through its expansive initiatives . Despite this, it grew .") ==
          "It aims to counteract through its expansive initiatives. Despite this, it grew.");
    CHECK(fix("He cited the study , which was new.") == "He cited the study, which was new.");
    CHECK(fix("Wait . . . then it happened.") == "Wait . . . then it happened.");
    CHECK(fix("Version .NET 8 shipped.") == "Version .NET 8 shipped.");
}

TEST_CASE("space before punctuation: edges of the text, tabs and other scripts") {
    // The scan jumps from one '.', ',' or ';' to the next: the first and last bytes, runs of
    // spaces and neighbours in multi-byte scripts must behave as a byte-by-byte scan.
    CHECK(fix(" . Then it went on.") == " . Then it went on.");
    CHECK(fix("Он прочитал статью .") == "Он прочитал статью.");
    CHECK(fix("Ο καθηγητής το είπε \t, και έφυγε.") == "Ο καθηγητής το είπε, και έφυγε.");
    CHECK(fix("Das Buch   , das er las.") == "Das Buch, das er las.");
    CHECK(fix("Il a lu le rapport ,«vite».") == "Il a lu le rapport,«vite».");
    CHECK(fix("Sie fand ein Wort .x am Ende.") == "Sie fand ein Wort .x am Ende.");
    CHECK(fix("...") == "...");
    CHECK(fix("a ;") == "a;");
}

TEST_CASE("a document that spaces its punctuation keeps its style") {
    Document d;
    d.body.push_back(para("Senator Ahmad , on Tuesday , moved a motion , which passed ."));
    remove_link_residue(d, NoiseOptions{});
    CHECK(d.body[0].text == "Senator Ahmad , on Tuesday , moved a motion , which passed .");
}

TEST_CASE("bare link labels go; source attributions stay") {
    CHECK(fix("The company confirmed the deal (source).") == "The company confirmed the deal.");
    CHECK(fix("The company confirmed the deal [link].") == "The company confirmed the deal.");
    CHECK(fix("The company confirmed the deal (Quelle).") == "The company confirmed the deal.");
    CHECK(fix("It beat analyst expectations (Reuters).") == "It beat analyst expectations (Reuters).");
    CHECK(fix("The firm (founded in 1999) grew fast.") == "The firm (founded in 1999) grew fast.");
    CHECK(fix("Empty brackets () and [] go.") == "Empty brackets and go.");
    // screen-reader and external-link hints left by a cut link
    CHECK(fix("Read the full report (opens in a new tab).") == "Read the full report.");
    CHECK(fix("The ministry published the figures (External link).") == "The ministry published the figures.");
    CHECK(fix("Der Bericht liegt vor (Weiterlesen).") == "Der Bericht liegt vor.");
    CHECK(fix("The report (PDF) is online.") == "The report (PDF) is online.");
}

TEST_CASE("a linked label keeps its target on the word it cited") {
    Document d;
    d.body.push_back(para("The company confirmed the deal (source)."));
    Span s;
    s.kind = Span::Kind::link;
    s.begin = 32;
    s.end = 38;
    s.target = "https://news.example/deal";
    REQUIRE(d.body[0].text.substr(s.begin, s.end - s.begin) == "source");
    d.body[0].spans.push_back(s);
    remove_link_residue(d, NoiseOptions{});
    CHECK(d.body[0].text == "The company confirmed the deal.");
    REQUIRE(d.body[0].spans.size() == 1);
    const Span& k = d.body[0].spans[0];
    CHECK(k.target == "https://news.example/deal");
    CHECK(d.body[0].text.substr(k.begin, k.end - k.begin) == "deal");
}

TEST_CASE("orphan footnote markers go, markers with their notes stay") {
    CHECK(fix("Care givers hear 1,000 alarms per shift [1], most not urgent [12].") ==
          "Care givers hear 1,000 alarms per shift, most not urgent.");
    Document d;
    d.body.push_back(para("Care givers hear 1,000 alarms per shift [1]."));
    d.body.push_back(para("[1] Alarm fatigue: impacts on patient safety."));
    remove_link_residue(d, NoiseOptions{});
    CHECK(d.body[0].text == "Care givers hear 1,000 alarms per shift [1].");
    CHECK(d.body[1].text == "[1] Alarm fatigue: impacts on patient safety.");
}

TEST_CASE("markdown links become link spans; numeric ones are citations") {
    Document d;
    d.body.push_back(para("See [the filing](https://sec.example/f?id=1) for details."));
    d.body.push_back(para("Revenue beat expectations [1](https://www.reuters.com/technology/x-2025/). Shares rose."));
    remove_link_residue(d, NoiseOptions{});
    CHECK(d.body[0].text == "See the filing for details.");
    REQUIRE(d.body[0].spans.size() == 1);
    CHECK(d.body[0].spans[0].target == "https://sec.example/f?id=1");
    CHECK(d.body[0].text.substr(d.body[0].spans[0].begin, d.body[0].spans[0].end - d.body[0].spans[0].begin) == "the filing");
    CHECK(d.body[1].text == "Revenue beat expectations. Shares rose.");
    REQUIRE(d.body[1].spans.size() == 1);
    CHECK(d.body[1].spans[0].target == "https://www.reuters.com/technology/x-2025/");
    for (const auto& r : d.removed) CHECK(r.reason == RemovalReason::residue);
}

TEST_CASE("empty blocks go, figures with images and non-empty containers stay") {
    Document d;
    d.body.push_back(para("Text."));
    d.body.push_back(para(""));
    d.body.push_back(para("\xC2\xA0 \xE2\x80\x8B"));
    Block fig;
    fig.kind = BlockKind::figure;
    fig.src = "https://img.example/a.jpg";
    d.body.push_back(fig);
    Block list;
    list.kind = BlockKind::list;
    Block item;
    item.kind = BlockKind::item;
    list.children.push_back(item);
    d.body.push_back(list);
    Block list2 = list;
    list2.children.push_back(item);
    list2.children.back().text = "kept";
    d.body.push_back(list2);
    remove_empty_blocks(d);
    REQUIRE(d.body.size() == 3);
    CHECK(d.body[0].text == "Text.");
    CHECK(d.body[1].kind == BlockKind::figure);
    CHECK(d.body[2].children.size() == 1);
    CHECK(d.removed.size() == 3);
}

TEST_CASE("footnote markers of any form go when their note is missing") {
    CHECK(fix("The river flooded twice that spring[^6] and again in June.") ==
          "The river flooded twice that spring and again in June.");
    CHECK(fix("Die Brücke wurde 1912 gebaut[a] und 1998 erneuert.") == "Die Brücke wurde 1912 gebaut und 1998 erneuert.");
    CHECK(fix("Le pont a été construit en 1912(*1), puis rénové.") == "Le pont a été construit en 1912, puis rénové.");
    CHECK(fix("El puente se construyó[nota 3] en 1912 y se renovó.") == "El puente se construyó en 1912 y se renovó.");
    CHECK(fix("Мост построили в 1912 году.¹ Его обновили позже.") == "Мост построили в 1912 году. Его обновили позже.");
    CHECK(fix("The bridge was built by hand^3 over four years.") == "The bridge was built by hand over four years.");
    CHECK(fix("La ciudad creció rápidamente[12–14] durante el siglo.") == "La ciudad creció rápidamente durante el siglo.");
    CHECK(fix("Miasto szybko rosło.[3, 7, 9] Potem przyszła wojna.") == "Miasto szybko rosło. Potem przyszła wojna.");
    CHECK(fix("橋は1912年に建設された。²") == "橋は1912年に建設された。");
    // Full-width brackets of CJK typography do the same jobs.
    CHECK(fix("橋は1912年に建設された【12】。その後、改修された。") == "橋は1912年に建設された。その後、改修された。");
    CHECK(fix("新しい図書館は五月に開館した。（詳細はこちら）") == "新しい図書館は五月に開館した。");
    CHECK(fix("도서관은 오월에 다시 문을 열었다.〔3〕") == "도서관은 오월에 다시 문을 열었다.");
}

TEST_CASE("markers whose notes are present, math, units and ions stay") {
    Document d;
    d.body.push_back(para("The bridge was built by hand[a] and painted twice[^2]."));
    d.body.push_back(para("[a] Records of the town council, 1913."));
    d.body.push_back(para("[^2]: Paint samples from 1950 and 1987."));
    remove_link_residue(d, NoiseOptions{});
    CHECK(d.body[0].text == "The bridge was built by hand[a] and painted twice[^2].");
    CHECK(fix("Energy is E = mc^2 and the area is x² + y² = r².") == "Energy is E = mc^2 and the area is x² + y² = r².");
    CHECK(fix("Die Wohnung hat 54 m² und der Garten 300 km² nicht.") == "Die Wohnung hat 54 m² und der Garten 300 km² nicht.");
    CHECK(fix("Iron ions Fe³⁺ and the formula H₂SO₄ react; 10^6 cells.") == "Iron ions Fe³⁺ and the formula H₂SO₄ react; 10^6 cells.");
    CHECK(fix("Arrays are indexed a[i] and lists [a] start at zero.") == "Arrays are indexed a[i] and lists [a] start at zero.");
    CHECK(fix("The matrix m[1, 2] and the slice v[3-5] are read in place.") == "The matrix m[1, 2] and the slice v[3-5] are read in place.");
    CHECK(fix("会議は東京（日本）で開かれ、三日間続いた。") == "会議は東京（日本）で開かれ、三日間続いた。");
}

TEST_CASE("note signs in brackets, parenthesised superscripts and lists after short words go without their notes") {
    CHECK(fix("The mill closed in 1931[†] and reopened later.") == "The mill closed in 1931 and reopened later.");
    CHECK(fix("Die Mühle schloss 1931.[‡4] Sie öffnete später.") == "Die Mühle schloss 1931. Sie öffnete später.");
    CHECK(fix("Мельница закрылась[*] в 1931 году.") == "Мельница закрылась в 1931 году.");
    CHECK(fix("El molino cerró en 1931[§2] y reabrió.") == "El molino cerró en 1931 y reabrió.");
    CHECK(fix("Le moulin a fermé en 1931.⁽³⁾ Il a rouvert ensuite.") == "Le moulin a fermé en 1931. Il a rouvert ensuite.");
    CHECK(fix("工場は1931年に閉鎖された。⁽¹²⁾") == "工場は1931年に閉鎖された。");
    CHECK(fix("Fabryka zamknięta w 1931 roku(²), potem otwarta.") == "Fabryka zamknięta w 1931 roku, potem otwarta.");
    CHECK(fix("Les producteurs de[28–44] fromage ont décidé.") == "Les producteurs de fromage ont décidé.");
    CHECK(fix("Zakład otwarto ponownie po[3, 7] wojnie.") == "Zakład otwarto ponownie po wojnie.");
}

TEST_CASE("notes present for those signs, derivatives and starred ratings stay") {
    Document d;
    d.body.push_back(para("The mill closed in 1931[†] and the bakery in 1950⁽²⁾."));
    d.body.push_back(para("[†] According to the parish register."));
    d.body.push_back(para("⁽²⁾ Town council minutes."));
    remove_link_residue(d, NoiseOptions{});
    CHECK(d.body[0].text == "The mill closed in 1931[†] and the bakery in 1950⁽²⁾.");
    CHECK(fix("The fourth derivative y⁽⁴⁾ vanishes, and f⁽²⁾ is constant.") ==
          "The fourth derivative y⁽⁴⁾ vanishes, and f⁽²⁾ is constant.");
    CHECK(fix("The area (m²) and the volume (cm³) are given per room.") ==
          "The area (m²) and the volume (cm³) are given per room.");
    CHECK(fix("Rated [***] by readers, the guide [*] lists inns.") == "Rated [***] by readers, the guide [*] lists inns.");
}

TEST_CASE("a bracketed label of one or two words after a link or closing a block after a sentence goes") {
    // Closing its block right after a sentence, in words the text uses nowhere else: a label
    // left by a link or a button, whatever the language, linked or not (the text output read
    // back has no links: the second pass must cut what the first cut).
    CHECK(fix("The museum reopened in May. [Czytaj dalej]") == "The museum reopened in May.");
    CHECK(fix("The museum reopened in May. (Ещё новости)") == "The museum reopened in May.");
    CHECK(fix("Müze mayıs ayında yeniden açıldı. (Devamı için)") == "Müze mayıs ayında yeniden açıldı.");
    CHECK(fix("Rumah itu dibuka kembali pada bulan Mei. [Baca juga]") == "Rumah itu dibuka kembali pada bulan Mei.");
    CHECK(fix("博物館は五月に再開した。[詳しくはこちら]") == "博物館は五月に再開した。");
    CHECK(fix("พิพิธภัณฑ์เปิดอีกครั้งในเดือนพฤษภาคม. (อ่านต่อที่นี่ ข่าวสาร)") == "พิพิธภัณฑ์เปิดอีกครั้งในเดือนพฤษภาคม.");
    // Inside the sentence flow it stays: a new sentence follows, or no sentence ends before it.
    CHECK(fix("Müze mayıs ayında yeniden açıldı. [Haberin devamı] Ziyaretçiler geldi.") ==
          "Müze mayıs ayında yeniden açıldı. [Haberin devamı] Ziyaretçiler geldi.");
    {
        // A remark the text makes again (a transcript's "(Laughter)") is the text's own.
        Document d;
        d.body.push_back(para("We tried it once and the boat sank. (Laughter)"));
        d.body.push_back(para("So we built a second one. (Laughter) It sank as well."));
        remove_link_residue(d, NoiseOptions{});
        CHECK(d.body[0].text == "We tried it once and the boat sank. (Laughter)");
    }
    Document d;
    d.body.push_back(para("Details are in the annual report [Tautan luar]. The museum opens at nine."));
    Span s{Span::Kind::link, 19, 32, "https://museum.example/report"};
    REQUIRE(d.body[0].text.substr(s.begin, s.end - s.begin) == "annual report");
    d.body[0].spans.push_back(s);
    remove_link_residue(d, NoiseOptions{});
    CHECK(d.body[0].text == "Details are in the annual report. The museum opens at nine.");
    // Asides inside a sentence stay: a place after a name, a remark before the full stop.
    CHECK(fix("Dr Ana Ruiz (Oxford) led the dig in May.") == "Dr Ana Ruiz (Oxford) led the dig in May.");
    CHECK(fix("The museum reopened in May (finally).") == "The museum reopened in May (finally).");
    CHECK(fix("Prices rose [in March] and fell.") == "Prices rose [in March] and fell.");
    CHECK(fix("Take [our dog] for a walk.") == "Take [our dog] for a walk.");
}

TEST_CASE("a label closing the subtitle after its sentence goes like one in the body") {
    Document d;
    d.meta.subtitle = "Der Hafen bekommt im Mai eine neue Fähre. [Λιμάνι]";
    d.body.push_back(para("Die Stadt hat lange über den Fahrplan gestritten, nun ist er beschlossen."));
    d.body.push_back(para("Die erste Fähre fährt um sechs Uhr und hält an zwei Inseln."));
    remove_link_residue(d, NoiseOptions{});
    CHECK(d.meta.subtitle == "Der Hafen bekommt im Mai eine neue Fähre.");
    // Its words said again in the body: the document's own remark, kept.
    d.meta.subtitle = "Der Hafen bekommt im Mai eine neue Fähre. (Inselverkehr)";
    d.body.push_back(para("Der Inselverkehr wird dafür im Winter ausgedünnt."));
    remove_link_residue(d, NoiseOptions{});
    CHECK(d.meta.subtitle == "Der Hafen bekommt im Mai eine neue Fähre. (Inselverkehr)");
}

TEST_CASE("a superscript marker other than ² or ³ glued to a word of two letters goes; units and exponents stay") {
    CHECK(fix("Para petani menanam pohon di⁹ antara tanaman kopi mereka.") ==
          "Para petani menanam pohon di antara tanaman kopi mereka.");
    CHECK(fix("Yapraklar daha yüksek fiyata satıldı ve¹ siparişler arttı.") ==
          "Yapraklar daha yüksek fiyata satıldı ve siparişler arttı.");
    CHECK(fix("Les producteurs de⁴⁵ fromage ont décidé.") == "Les producteurs de fromage ont décidé.");
    CHECK(fix("Rolnicy sadzą drzewa na⁽⁷⁾ zboczach gór.") == "Rolnicy sadzą drzewa na zboczach gór.");
    // Squares and cubes after a two-letter unit, any power after a one-letter base, signed powers.
    CHECK(fix("Der Tank fasst 40 dm³ und die Fläche misst 12 cm² pro Zelle.") ==
          "Der Tank fasst 40 dm³ und die Fläche misst 12 cm² pro Zelle.");
    CHECK(fix("The series x⁴ + x⁵ converges, the rate is 3 s⁻¹ and Ca²⁺ binds.") ==
          "The series x⁴ + x⁵ converges, the rate is 3 s⁻¹ and Ca²⁺ binds.");
}

TEST_CASE("a marker glued to a function word of one or two letters goes in any language; formulas and indexes stay") {
    // The word stands alone elsewhere in the text: a word of the language, not a variable.
    CHECK(fix("Remont trwa, a otwarcie zaplanowano na[c] wiosnę, a nie na zimę.") ==
          "Remont trwa, a otwarcie zaplanowano na wiosnę, a nie na zimę.");
    CHECK(fix("Чаще всего берут детективы, а[h] по вечерам собираются школьники, а не взрослые.") ==
          "Чаще всего берут детективы, а по вечерам собираются школьники, а не взрослые.");
    CHECK(fix("Власти обещали деньги на[st 29] отопление и на ремонт крыши.") ==
          "Власти обещали деньги на отопление и на ремонт крыши.");
    CHECK(fix("Los vecinos organizaron rifas y[37, 54] conciertos y una colecta.") ==
          "Los vecinos organizaron rifas y conciertos y una colecta.");
    CHECK(fix("Plusieurs restaurants de^36 la ville voisine ont passé de grosses commandes.") ==
          "Plusieurs restaurants de la ville voisine ont passé de grosses commandes.");
    CHECK(fix("Köylüler eski yöntemleri sevdi ve^9 makineleri depoda bıraktı ve beklediler.") ==
          "Köylüler eski yöntemleri sevdi ve makineleri depoda bıraktı ve beklediler.");
    CHECK(fix("Un été trop chaud pourrait suffire à⁶ ruiner la saison, à coup sûr.") ==
          "Un été trop chaud pourrait suffire à ruiner la saison, à coup sûr.");
    CHECK(fix("Die Gemeinde hat im[c] vergangenen Jahr im Tal gebaut.") == "Die Gemeinde hat im vergangenen Jahr im Tal gebaut.");
    // A variable in a formula, an index, an interval, a square: the word is no word of the
    // text, or a formula sign stands in the block, or the bracket is not glued.
    for (const char* keep : {"In a formula a[i] = a[i - 1] + 1 holds for a list.",
                             "The term x^10 + x grows faster than x alone.",
                             "Take any x in the interval [1, 2] and the value y[1, 2] = 0 for y.",
                             "The area is a^2 when a side is a metre.", "Die Fläche ist a² für a Meter.",
                             "Arrays are indexed a[i] and a list [a] starts at zero."})
        CHECK(fix(keep) == keep);
}

TEST_CASE("French spacing before ; : ! ? is style, through the whole pipeline; a lone ' ;' where a link was cut is not") {
    // The filter alone: a document that spaces ':', '!' and '?' spaces ';' too.
    Document d;
    d.body.push_back(para("Le maire a tranché : le marché rouvre demain ; les commerçants sont prêts !"));
    d.body.push_back(para("Pourquoi si tard ? Les travaux ont pris du retard ; la pluie a tout ralenti."));
    remove_link_residue(d, NoiseOptions{});
    CHECK(d.body[0].text == "Le maire a tranché : le marché rouvre demain ; les commerçants sont prêts !");
    CHECK(d.body[1].text == "Pourquoi si tard ? Les travaux ont pris du retard ; la pluie a tout ralenti.");
    CHECK(fix("The council approved the plan ; traders welcomed it.") == "The council approved the plan; traders welcomed it.");
    // The whole pipeline, HTML and text input: the block-level space tidy leaves ';' to this filter.
    const std::string html =
        "<html><body><h1>Le marché rouvre</h1><p>Le maire a tranché : le marché rouvre demain ; les commerçants sont "
        "prêts ! Pourquoi si tard ? Les travaux ont pris du retard ; la pluie a tout ralenti.</p><p>Les habitants "
        "attendaient cette nouvelle depuis le printemps ; ils viendront nombreux samedi matin.</p></body></html>";
    for (const InputKind kind : {InputKind::html, InputKind::text}) {
        Options o;
        o.input = kind;
        const std::string input = kind == InputKind::html ? html :
            "Le marché rouvre\n\nLe maire a tranché : le marché rouvre demain ; les commerçants sont prêts ! Pourquoi si "
            "tard ? Les travaux ont pris du retard ; la pluie a tout ralenti.\n\nLes habitants attendaient cette "
            "nouvelle depuis le printemps ; ils viendront nombreux samedi matin.\n";
        const Result r = clean(input, o);
        REQUIRE(r.ok());
        const std::string text = to_text(r.document);
        CHECK(text.find("demain ; les") != std::string::npos);
        CHECK(text.find("printemps ; ils") != std::string::npos);
    }
}
