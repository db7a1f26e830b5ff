// Charset guesses on pages that declare nothing: short Western pages in windows-1252 are read as
// windows-1252, not as a Latin neighbour a detector names on a few high bytes; pages of the
// neighbours' languages keep their charset (their own letters are the evidence).
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "charset_evidence.hpp"
#include "decode.hpp"
#include <winnow/winnow.hpp>

#include "iconv_test_util.hpp"

using winnow::detail::decode_to_utf8;
using winnow::test::encode;

namespace {

// The text's first n bytes in windows-1252 (one byte a character), as UTF-8.
std::string western_prefix(const std::string& utf8, std::size_t n) {
    std::string text = utf8;
    while (encode(text, "WINDOWS-1252").size() < n) text += " " + utf8;
    std::string out;
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size() && chars < n; ++chars) {
        std::size_t k = 1;
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0xF0) k = 4;
        else if (c >= 0xE0) k = 3;
        else if (c >= 0xC0) k = 2;
        out.append(text, i, k);
        i += k;
    }
    return out;
}

// The markups a short page comes in: none (plain text), a paragraph in a page, div soup,
// a table layout, semantic HTML5.
std::vector<std::string> markups(const std::string& t) {
    const std::size_t half = t.find(' ', t.size() / 2);
    const std::string a = t.substr(0, half), b = half == std::string::npos ? "" : t.substr(half);
    return {t,
            "<html><head><title>x</title></head><body><p>" + t + "</p></body></html>",
            "<div class=\"w\"><div><span>" + a + "</span></div><div class=\"c\">" + b + "</div></div>",
            "<table><tr><td>" + a + "</td></tr><tr><td>" + b + "</td></tr></table>",
            "<article><header><h1>Note</h1></header><section><p>" + t + "</p></section></article>"};
}

const char* const kWestern[][2] = {
    {"fr", "L’été dernier, nous sommes allés à la mer avec nos enfants. Le soir, on mangeait des crêpes près du "
           "phare et l’on écoutait les vagues. Ma grand-mère préférait rester à l’hôtel, où elle lisait des romans "
           "policiers « à la française »."},
    {"de", "Im Frühling fährt meine Großmutter jedes Jahr an den Bodensee. Dort wohnt sie in einer kleinen Pension, "
           "trinkt morgens Kaffee auf der Terrasse und schaut den Booten zu. Die Wirtin kennt sie schon seit über "
           "dreißig Jahren – „wie eine Schwester“, sagt sie."},
    {"es", "El año pasado viajamos a un pueblo pequeño de la montaña. Allí conocimos a un señor mayor que fabricaba "
           "guitarras a mano; nos explicó cómo elegía la madera y por qué tardaba más de un mes en terminar cada "
           "instrumento. ¡Qué paciencia tenía!"},
    {"pt", "No verão passado, a minha irmã decidiu aprender a nadar. Todas as manhãs íamos à praia antes do calor, "
           "e ela praticava durante uma hora com o pai. No fim de agosto já atravessava a baía sozinha, orgulhosa e "
           "cansada, à espera dos aplausos."},
    {"it", "La domenica mattina mio nonno andava al mercato del paese per comprare la frutta più fresca. Conosceva "
           "tutti i venditori e si fermava a chiacchierare con ognuno: così la spesa durava quasi tre ore, ma lui "
           "diceva che era la parte più bella della settimana."},
    {"nl", "Vorige week zijn we naar een café bij de ruïne aan de kust gefietst. Het was een lange tocht, maar het "
           "weer was prachtig en onderweg hebben we koffie gedronken. Mijn zoon vond het daar zó mooi dat hij er een "
           "tekening van maakte, één van zijn beste."},
    {"sv", "I somras hyrde vi en stuga vid sjön tillsammans med några vänner. Varje kväll grillade vi fisk som vi "
           "själva hade fångat, och barnen badade tills solen gick ner. Det blev en av de bästa veckorna vi har haft "
           "på länge, även om myggorna var många."},
};

}  // namespace

TEST_CASE("short undeclared Western pages in windows-1252 are read as windows-1252") {
    std::size_t wrong = 0, cases = 0;
    for (const auto& lang : kWestern) {
        for (const std::size_t n : {100u, 180u, 300u, 450u, 600u}) {
            const std::string text = western_prefix(lang[1], n);
            for (const std::string& html : markups(text)) {
                const std::string name = lang[0];
                CAPTURE(name);
                CAPTURE(n);
                CAPTURE(html.substr(0, 40));
                const std::string bytes = encode(html, "WINDOWS-1252");
                const auto r = decode_to_utf8(bytes);
                ++cases;
                wrong += r.text != html;
                CAPTURE(r.charset);
                CHECK(r.charset == "windows-1252");
                CHECK(r.text == html);
            }
        }
    }
    MESSAGE(wrong << " of " << cases << " misread");
}

TEST_CASE("pages in a Latin neighbour of windows-1252 keep it: their own letters are the evidence") {
    struct Case {
        const char* lang;
        const char* iconv;
        const char* text;
    };
    const Case cases[] = {
        {"tr", "WINDOWS-1254",
         "Geçen yaz ailemle birlikte Karadeniz kıyısındaki küçük bir köye gittik. Sabahları balıkçıların ağlarını "
         "topladığını izledik; akşamları ise büyükannemin pişirdiği sıcak mısır ekmeğini yedik. Çocuklar denizde "
         "yüzmeyi öğrendi."},
        {"mt", "ISO-8859-3",
         "Is-sajf li għadda mort ma' ħuti l-Għawdex. Kull filgħodu konna nieklu ħobż biż-żejt qrib il-baħar, u "
         "filgħaxija konna nimxu fit-triq ħdejn il-knisja l-ġdida. Iċ-ċkejknin ħadu gost ħafna jilagħbu fir-ramel."},
        {"et", "ISO-8859-15",
         "Eelmisel suvel sõitsime perega Saaremaale. Hommikuti jõime kohvi terrassil ja vaatasime, kuidas kalurid "
         "võrke kuivatasid. Õhtul sõime šokolaadi ja rääkisime žürii otsusest, mis üllatas kõiki külaelanikke."},
        {"pl", "ISO-8859-2",
         "Zeszłego lata pojechaliśmy nad jezioro. Każdego ranka piliśmy kawę na tarasie i patrzyliśmy, jak rybacy "
         "wyciągają sieci. Wieczorem dzieci bawiły się w piasku, a babcia opowiadała im stare legendy o smoku."},
        {"cs", "ISO-8859-2",
         "Loni v létě jsme jeli k rybníku za babičkou. Každé ráno jsme pili kávu na zahradě a dívali se, jak rybáři "
         "vytahují sítě. Večer si děti hrály v písku a dědeček jim vyprávěl staré pohádky o čertovi."},
        {"hu", "ISO-8859-2",
         "Tavaly nyáron a nagymamámhoz utaztunk a tó mellé. Minden reggel a teraszon ittuk a kávét, és néztük, ahogy "
         "a halászok kihúzzák a hálóikat. Esténként a gyerekek a homokban játszottak, a nagyapa pedig régi, ősi "
         "meséket mesélt nekik a fűben ülve, míg a hűvös szél fújt."},
    };
    for (const Case& c : cases) {
        for (const std::string& html : markups(c.text)) {
            const std::string name = c.lang;
            CAPTURE(name);
            CAPTURE(html.substr(0, 40));
            const auto r = decode_to_utf8(encode(html, c.iconv));
            CAPTURE(r.charset);
            CHECK(r.charset != "windows-1252");
            CHECK(r.text == html);
        }
    }
}

namespace {

// Plain text (no markup, so no NUL-bearing tags) in Chinese, Japanese and Korean.
const char* const kCjk[][2] = {
    {"ja", "去年の夏、私たちは家族で海辺の小さな町に出かけました。毎朝、港で漁師さんたちが網を片付けるのを眺め、"
           "夕方には祖母が作ってくれた温かいおにぎりを食べました。子どもたちは波打ち際で遊ぶのが大好きで、"
           "帰る日には泣いてしまいました。来年もまた行きたいと思っています。"},
    {"zh", "去年夏天，我们一家人去了海边的一个小镇。每天早上，我们在港口看渔民收网，傍晚的时候，"
           "奶奶给我们做热乎乎的饺子。孩子们最喜欢在沙滩上玩水，回家那天都舍不得离开。我们打算明年再去一次。"},
    {"ko", "지난여름 우리 가족은 바닷가의 작은 마을에 다녀왔습니다. 아침마다 항구에서 어부들이 그물을 정리하는 "
           "모습을 구경했고, 저녁에는 할머니가 만들어 주신 따뜻한 국수를 먹었습니다. 아이들은 모래사장에서 노는 "
           "것을 가장 좋아했고, 돌아오는 날에는 아쉬워서 울었습니다."},
};

}  // namespace

TEST_CASE("BOM-less UTF-16 plain text in Chinese, Japanese and Korean is read as UTF-16") {
    for (const auto& lang : kCjk) {
        const std::string prose = lang[1];
        for (const std::string& text : {prose, prose + "\n" + prose + "\n"}) {
            for (const char* order : {"UTF-16LE", "UTF-16BE"}) {
                const std::string name = std::string(lang[0]) + " " + order;
                CAPTURE(name);
                CAPTURE(text.size());
                const std::string bytes = encode(text, order);
                const auto r = decode_to_utf8(bytes);
                CHECK(r.charset == (std::string(order) == "UTF-16LE" ? "utf-16le" : "utf-16be"));
                CHECK(r.text == text);
                // The whole chain takes it (not refused as binary data) and keeps its words.
                const winnow::Result res = winnow::Cleaner(winnow::Options{}).clean(bytes);
                CHECK(res.ok());
            }
        }
    }
}

TEST_CASE("what only looks like CJK UTF-16 is not read as it: legacy charsets, ASCII, UTF-8, binary") {
    for (const auto& lang : kCjk) {
        const std::string text = std::string(lang[1]) + "\n" + lang[1];
        const std::string name = lang[0];
        CAPTURE(name);
        // The double-byte legacy charsets of each language keep their reading.
        const char* legacy[][2] = {{"ja", "SHIFT_JIS"}, {"ja", "EUC-JP"}, {"zh", "GB18030"}, {"zh", "BIG5"},
                                   {"ko", "EUC-KR"}};
        for (const auto& l : legacy) {
            if (name != l[0]) continue;
            if (std::string(l[1]) == "BIG5") continue;  // the simplified text has no Big5 form
            CAPTURE(l[1]);
            const auto r = decode_to_utf8(encode(text, l[1]));
            CHECK(r.charset.rfind("utf-16", 0) != 0);
            CHECK(r.text == text);
        }
        CHECK(decode_to_utf8(text).charset == "utf-8");
        CHECK(winnow::detail::utf16_cjk_without_bom(text).empty());
    }
    // ASCII prose reads as ideographs in UTF-16 ("ab" is U+6261): not taken.
    const std::string ascii = "the ferry left the harbour at dawn and the gulls followed it out to sea, crying";
    CHECK(winnow::detail::utf16_cjk_without_bom(ascii).empty());
    // Random binary data stays refused.
    std::mt19937 rng(777);
    for (int round = 0; round < 200; ++round) {
        std::string bytes(1024 + rng() % 3000, '\0');
        for (auto& b : bytes) b = static_cast<char>(rng() & 0xFF);
        CHECK(winnow::detail::utf16_cjk_without_bom(bytes).empty());
        // Refused as binary data when a tenth of its head is control bytes (as before).
        std::size_t control = 0;
        for (std::size_t k = 0; k < std::min<std::size_t>(bytes.size(), 4096); ++k) {
            const auto c = static_cast<unsigned char>(bytes[k]);
            control += (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) || c == 0x7F;
        }
        if (control * 10 <= std::min<std::size_t>(bytes.size(), 4096) * 11 / 10) continue;
        const winnow::Result res = winnow::Cleaner(winnow::Options{}).clean(bytes);
        CHECK_FALSE(res.ok());
    }
}
