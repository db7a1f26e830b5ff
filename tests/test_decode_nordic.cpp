// Icelandic and Faroese pages in windows-1252 that declare nothing: their ð þ ý (Ð Þ Ý) sit on the
// bytes of Turkish ğ ş ı (Ğ Ş İ) in windows-1254 and ISO-8859-9, and a detector on a few hundred
// bytes may name the Turkish charset. They are read as windows-1252 (the acute vowels, æ and ø
// beside them are letters Turkish never writes), and Turkish pages keep their charset.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "decode.hpp"
#include "iconv_test_util.hpp"

using winnow::detail::decode_to_utf8;
using winnow::test::encode;

namespace {

// The first n characters of the text (repeated when shorter), cut at a word's end.
std::string prefix(const std::string& utf8, std::size_t n) {
    std::string text = utf8;
    while (text.size() < n * 2) text += " " + utf8;
    std::size_t chars = 0, i = 0;
    for (; i < text.size() && chars < n; ++chars) {
        const auto c = static_cast<unsigned char>(text[i]);
        i += c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    }
    const std::size_t space = text.rfind(' ', i);
    return text.substr(0, space == std::string::npos || space < i / 2 ? i : space);
}

std::vector<std::string> markups(const std::string& t) {
    const std::size_t half = t.find(' ', t.size() / 2);
    const std::string a = t.substr(0, half), b = half == std::string::npos ? "" : t.substr(half);
    return {t,
            "<html><head><title>x</title></head><body><p>" + t + "</p></body></html>",
            "<div class=\"w\"><div><span>" + a + "</span></div><div class=\"c\">" + b + "</div></div>",
            "<table><tr><td>" + a + "</td></tr><tr><td>" + b + "</td></tr></table>",
            "<article><header><h1>Frétt</h1></header><section><p>" + t + "</p></section></article>"};
}

const char* const kNordic[][2] = {
    {"is", "Síðasta sumar fórum við fjölskyldan í lítið sjávarþorp fyrir vestan. Á hverjum morgni horfðum við á "
           "sjómennina draga netin í land, og á kvöldin borðuðum við nýbakað rúgbrauð hjá ömmu. Börnin lærðu að "
           "synda í köldum sjónum og þótti það mikið ævintýri. Þórður frændi sagði okkur sögur um álfa og tröll."},
    {"is", "Þegar veðrið er gott förum við oft út að ganga með hundinn. Þá sjáum við fugla, kindur og stundum "
           "hesta í haganum. Ýmsir ferðamenn stoppa við veginn til að taka myndir af fossinum, sem er einn sá "
           "fallegasti á landinu. Það er alltaf gaman að koma heim í hlýjuna eftir góðan dag úti."},
    {"fo", "Í fjør summar fóru vit til eina lítla bygd norðuri í oyggjunum. Hvønn morgun sóu vit fiskimenninar "
           "koma inn á havnina við bátunum, og um kvøldið fingu vit heimabakað breyð hjá ommu. Børnini spældu við "
           "sjógvin og søgdu, at tað var tann besta ferðin nakrantíð. Ýmiskt kundi ein gera í góðum veðri."},
};

}  // namespace

TEST_CASE("short undeclared Icelandic and Faroese pages in windows-1252 are read as windows-1252") {
    std::size_t wrong = 0, cases = 0;
    for (const auto& lang : kNordic) {
        for (const std::size_t n : {100u, 180u, 300u, 450u, 600u}) {
            const std::string text = prefix(lang[1], n);
            for (const std::string& html : markups(text)) {
                const std::string name = lang[0];
                CAPTURE(name);
                CAPTURE(n);
                CAPTURE(html.substr(0, 40));
                const std::string bytes = encode(html, "WINDOWS-1252");
                if (bytes.size() > 700) continue;
                const auto r = decode_to_utf8(bytes);
                ++cases;
                wrong += r.text != html;
                CAPTURE(r.charset);
                CHECK(r.text == html);
            }
        }
    }
    MESSAGE(wrong << " of " << cases << " misread");
    CHECK(cases > 50);
}

TEST_CASE("Turkish and Lithuanian pages beside them keep their charsets") {
    const char* const texts[] = {
        "Geçen yaz ailemle birlikte Karadeniz kıyısındaki küçük bir köye gittik. Sabahları balıkçıların ağlarını "
        "topladığını izledik; akşamları ise büyükannemin pişirdiği sıcak mısır ekmeğini yedik. Çocuklar denizde "
        "yüzmeyi öğrendi. İstanbul'a döndüğümüzde herkes çok yorgundu ama mutluyduk.",
        "Şehrin eski mahallelerinde dolaşırken dar sokaklarda ahşap evler gördük. Kahvecinin önünde yaşlı adamlar "
        "tavla oynuyor, çocuklar ağaçların gölgesinde top koşturuyordu. Öğleden sonra bir lokantada mercimek "
        "çorbası içtik ve dağların ardında batan güneşi seyrettik.",
    };
    const char* const baltic =
        "Praėjusią vasarą su šeima važiavome į mažą kaimą prie jūros. Kiekvieną rytą žiūrėjome, kaip žvejai "
        "traukia tinklus, o vakare močiutė mums kepė šiltą duoną. Vaikai išmoko plaukti ir sakė, kad tai buvo "
        "geriausia kelionė.";
    for (const std::size_t n : {100u, 180u, 300u}) {
        for (const std::string& html : markups(prefix(baltic, n))) {
            for (const char* cs : {"ISO-8859-13", "WINDOWS-1257"}) {
                CAPTURE(cs);
                CAPTURE(html.substr(0, 40));
                const auto r = decode_to_utf8(encode(html, cs));
                CAPTURE(r.charset);
                CHECK(r.text == html);
            }
        }
    }
    for (const char* t : texts) {
        for (const std::size_t n : {100u, 180u, 300u, 450u}) {
            const std::string text = prefix(t, n);
            for (const std::string& html : markups(text)) {
                for (const char* cs : {"WINDOWS-1254", "ISO-8859-9"}) {
                    CAPTURE(cs);
                    CAPTURE(n);
                    CAPTURE(html.substr(0, 40));
                    const std::string bytes = encode(html, cs);
                    const auto r = decode_to_utf8(bytes);
                    CAPTURE(r.charset);
                    CHECK(r.text == html);
                }
            }
        }
    }
}
