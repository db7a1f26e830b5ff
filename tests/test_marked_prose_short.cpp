// Prose in languages that mark many letters (Icelandic, Azerbaijani, Vietnamese, Yoruba, the
// Baltic and Central European languages, Turkish, Faroese, Irish, Welsh) lost words to the
// marked-run detector when its block had too little text of its own to measure against: a
// one-sentence paragraph on a page whose other text is English, or a page holding one sentence.
// Against an unmarked measure a run of ordinary words ("smíðuðu nýjan bát úr gömlum við",
// "sẽ mở một cuộc triển lãm nhỏ") looked as marked as debris. A block that is whole sentences
// of plain words (a capital first, a sentence mark last, no word shouted, no counter or
// separator glued in) is prose now; debris shouts, carries counters or stops mid-phrase, and
// the detector's own tests (test_filters_garbage) still remove it. Texts written for this test;
// each page in a paragraph of HTML5, in class-less divs and in a table.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "extract_test_util.hpp"

namespace {

struct Prose {
    const char* lang;
    const char* text;  // sentences separated by ". "
};

const Prose kProse[] = {
    {"is", "Börnin smíðuðu nýjan bát úr gömlum við og sigldu honum út á fjörðinn. Veðrið var gott og sjórinn sléttur allan daginn. Þau höfðu unnið að bátnum í þrjár vikur með afa sínum."},
    {"az", "Uşaqlar hər gün rəsm çəkirlər və şəkillərini məktəbdə göstərirlər. Müəllim onları həmişə tərifləyir. Gələn həftə kənddə kiçik sərgi açılacaq."},
    {"vi", "Các em học sinh vẽ tranh mỗi ngày và treo chúng trên tường lớp học. Cô giáo khen những bức tranh đẹp nhất. Tuần sau làng sẽ mở một cuộc triển lãm nhỏ."},
    {"yo", "Àwọn ọmọdé ń ya àwòrán lójoojúmọ́ wọ́n sì ń gbé wọn kọ́ sí ògiri kíláàsì. Olùkọ́ wọn máa ń yìn wọ́n. Ọ̀sẹ̀ tó ń bọ̀ ni abúlé yóò ṣí ìfihàn kékeré kan."},
    {"lt", "Vaikai kiekvieną dieną piešia paveikslėlius ir kabina juos ant klasės sienų. Mokytoja visada juos giria. Kitą savaitę kaime atsidarys nedidelė paroda."},
    {"lv", "Bērni katru dienu zīmē attēlus un piekar tos pie klases sienām. Skolotāja viņus vienmēr slavē. Nākamnedēļ ciematā tiks atvērta neliela izstāde."},
    {"cs", "Děti každý den kreslí obrázky a věší je na stěny třídy. Učitelka je vždycky pochválí. Příští týden se ve vesnici otevře malá výstava."},
    {"sk", "Deti každý deň kreslia obrázky a vešajú ich na steny triedy. Učiteľka ich vždy pochváli. Budúci týždeň sa v dedine otvorí malá výstava."},
    {"pl", "Dzieci codziennie rysują obrazki i wieszają je na ścianach klasy. Nauczycielka zawsze je chwali. W przyszłym tygodniu we wsi otworzy się mała wystawa."},
    {"ro", "Copiii desenează în fiecare zi și își agață desenele pe pereții clasei. Învățătoarea îi laudă mereu. Săptămâna viitoare în sat se va deschide o mică expoziție."},
    {"hu", "A gyerekek minden nap rajzolnak, és a képeket kitűzik az osztályterem falára. A tanítónő mindig megdicséri őket. Jövő héten kis kiállítás nyílik a faluban."},
    {"tr", "Çocuklar her gün resim çiziyor ve çizimlerini sınıfın duvarlarına asıyorlar. Öğretmenleri onları her zaman övüyor. Gelecek hafta köyde küçük bir sergi açılacak."},
    {"fo", "Børnini tekna myndir hvønn dag og hongja tær upp á veggirnar í flokkinum. Lærarinnan rósar teimum altíð. Í næstu viku verður lítil framsýning í bygdini."},
    {"ga", "Tarraingíonn na páistí pictiúir gach lá agus crochann siad ar bhallaí an tseomra ranga iad. Molann an múinteoir i gcónaí iad. An tseachtain seo chugainn osclófar taispeántas beag sa sráidbhaile."},
    {"cy", "Mae'r plant yn tynnu lluniau bob dydd ac yn eu hongian ar waliau'r ystafell ddosbarth. Mae'r athrawes bob amser yn eu canmol. Wythnos nesaf bydd arddangosfa fach yn agor yn y pentref."},
};

std::vector<std::string> sentences(const std::string& text) {
    std::vector<std::string> s;
    std::size_t b = 0;
    for (std::size_t p; (p = text.find(". ", b)) != std::string::npos; b = p + 2) s.push_back(text.substr(b, p + 1 - b));
    s.push_back(text.substr(b));
    return s;
}

std::string wrap(const std::string& markup, const std::vector<std::string>& blocks) {
    std::string inner;
    for (const std::string& b : blocks) {
        if (markup == "p") inner += "<p>" + b + "</p>";
        else if (markup == "div") inner += "<div>" + b + "</div>";
        else inner += blocks.size() > 1 ? "<p>" + b + "</p>" : b;  // a layout table: the article in one cell
    }
    if (markup == "p") return "<article><h1>Village news</h1>" + inner + "</article>";
    if (markup == "div") return "<div><div>Village news</div>" + inner + "</div>";
    return "<table><tr><td>Village news</td></tr><tr><td>" + inner + "</td></tr></table>";
}

// Every word of the text (its edge punctuation aside) is in the output.
void check_words(const std::string& out, const std::string& text, const std::string& what) {
    std::istringstream in(text);
    std::string missing;
    for (std::string w; in >> w;) {
        while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.pop_back();
        if (!winnow::test::has(out, w)) missing += " " + w;
    }
    CHECK_MESSAGE(missing.empty(), what << " lost:" << missing);
}

}  // namespace

TEST_CASE("short paragraphs of marked-language prose on a page with an English introduction keep every word") {
    const std::string en = "The children of the village spent the whole summer on a small project with their teachers, "
                           "and the local paper followed them from the first day to the last.";
    for (const Prose& p : kProse)
        for (const std::string markup : {"p", "div", "table"}) {
            std::vector<std::string> blocks{en};
            for (const std::string& s : sentences(p.text)) blocks.push_back(s);
            const std::string out = winnow::test::block_text_of(winnow::test::html_page(p.lang, "Village news", wrap(markup, blocks)));
            check_words(out, p.text, std::string(p.lang) + " " + markup);
        }
}

TEST_CASE("short paragraphs of marked-language prose on a Russian or Japanese page keep every word") {
    const std::string intros[] = {
        "Жители небольшого города всё лето помогали школе, а местная газета рассказывала о каждом шаге этой работы.",
        "町の子どもたちは夏の間ずっと先生と一緒に小さな作品を作り、地元の新聞がその様子を伝えた。"};
    for (const std::string& intro : intros)
        for (const Prose& p : kProse)
            for (const std::string markup : {"p", "div", "table"}) {
                std::vector<std::string> blocks{intro};
                for (const std::string& s : sentences(p.text)) blocks.push_back(s);
                const std::string out = winnow::test::block_text_of(winnow::test::html_page(p.lang, "Village news", wrap(markup, blocks)));
                check_words(out, p.text, std::string(p.lang) + " " + markup + " after " + intro.substr(0, 6));
            }
}

TEST_CASE("a sentence strung from letters of several alphabets still goes where prose stays") {
    // Written for this test: syllables marked with the ogonek, caron, stroke, cedilla, tilde,
    // acute and diaeresis of different languages, set as a sentence of its own block.
    const std::string debris = "Ćöraše łüniçá doru žéşyn ñąbo kelu.";
    const std::string intros[] = {
        "The children of the village spent the whole summer on a small project with their teachers, "
        "and the local paper followed them from the first day to the last.",
        "Жители небольшого города всё лето помогали школе, а местная газета рассказывала о каждом шаге этой работы.",
        "町の子どもたちは夏の間ずっと先生と一緒に小さな作品を作り、地元の新聞がその様子を伝えた。"};
    for (const std::string& intro : intros)
        for (const std::string markup : {"p", "div", "table"}) {
            const std::string out = winnow::test::block_text_of(winnow::test::html_page("en", "Village news", wrap(markup, {intro, debris})));
            CHECK_MESSAGE(winnow::test::has(out, intro.substr(0, 20)), markup);
            CHECK_MESSAGE(!winnow::test::has(out, "łüniçá"), markup << " after " << intro.substr(0, 6));
            CHECK_MESSAGE(!winnow::test::has(out, "žéşyn"), markup << " after " << intro.substr(0, 6));
        }
}

TEST_CASE("a page holding one sentence of marked-language prose keeps every word") {
    for (const Prose& p : kProse)
        for (const std::string markup : {"p", "div", "table"}) {
            const std::string first = sentences(p.text).front();
            const std::string out = winnow::test::block_text_of(winnow::test::html_page(p.lang, "Village news", wrap(markup, {first})));
            check_words(out, first, std::string(p.lang) + " " + markup);
        }
}
