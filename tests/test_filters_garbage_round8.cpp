// Garbage filter, shapes of round 8 (tests/test_garbage_fresh8.cpp counts them on whole pages),
// each with inputs of its own: a short article in a syllabary beside a longer Latin trace, a
// sentence's stop before debris glued to it, terminal colour codes, a scheduler's table line, a
// chained cause after a trace and a .NET frame's file, a forum's tags; and the prose beside each
// that stays.
#include <doctest/doctest.h>

#include <string>

#include "filter_test_util.hpp"

using namespace winnow;

namespace {
std::string clean_one(std::string text, std::string context) {
    return winnow::test::garbage_filtered(std::move(text), std::move(context));
}
const std::string kEnglish = "The bakery on the corner opens at six, and the queue starts earlier.";
const std::string kSpanish = "La panadería de la esquina abre a las seis y la cola empieza antes.";
}  // namespace

TEST_CASE("a short article in a syllabary stays whole beside a trace with more Latin letters than its syllables") {
    // 33 syllables of Hangul, 41 Latin letters in the trace: a syllable writes two or three
    // letters' worth, and the page is Korean.
    const std::string ko = "주인은 삼십 년 동안 매일 새벽에 빵을 구웠다.";
    CHECK(clean_one(ko + " java.io.EOFException: end at bk.Oven.bake(Oven.java:88)", "시장 골목의 작은 빵집이 문을 닫았다.") == ko);
    const std::string am = "ነጋዴዎች ከጠዋት ጀምሮ ዕቃቸውን አቀረቡ።";
    CHECK(clean_one(am + " java.io.EOFException: end at bk.Oven.bake(Oven.java:88)", "ገበያው ዛሬ ተከፈተ።") == am);
}

TEST_CASE("a sentence's stop with debris glued behind it stays with its word") {
    const std::string ko = "빵집은 다음 주에 다시 문을 연다.";
    CHECK(clean_one(ko + "_gid=GA1.2.33445566.1709000000; _fbp=fb.1.1709000000123.998877", "시장 골목의 작은 빵집.") == ko);
    const std::string en = "The oven was built in May.";
    CHECK(clean_one(en + "s/^[ \\t]*//;s/[ \\t]*$//", kEnglish) == en);
    // A host's name after a stop is no lone letter before an operator.
    const std::string host = "The menu is at panaderia.es/carta for everyone.";
    CHECK(clean_one(host, kSpanish) == host);
}

TEST_CASE("terminal colour codes without their escape byte go with the words they coloured") {
    const std::string en = "The tests ran overnight.";
    CHECK(clean_one(en + " [32m\u2713[39m 12 passed [31m\u2717[39m 1 failed", kEnglish) == en);
    CHECK(clean_one(en + " [1;33mWARN[0m [36mcache[0m: stale entry", kEnglish) == en);
    // One bracket of a number and an 'm' is a measure in an aside.
    const std::string legit = "The rope is twenty metres long [2m of it frayed] and still holds.";
    CHECK(clean_one(legit, kEnglish) == legit);
}

TEST_CASE("a scheduler's table line goes from its fields to the command's last option") {
    const std::string es = "Las copias se hacen cada noche.";
    CHECK(clean_one(es + " 30 1 * * * /srv/bin/volcar-bd --gzip", kSpanish) == es);
    CHECK(clean_one("El script 15 4 * * 0 /opt/pan/limpiar.sh -v se ejecuta los domingos.", kSpanish) ==
          "El script se ejecuta los domingos.");
    // Stars in prose without a command's path stay.
    const std::string legit = "The critic gave it * * * * * out of five, and the baker framed the review.";
    CHECK(clean_one(legit, kEnglish) == legit);
}

TEST_CASE("a chained cause after a trace's last frame, and a .NET frame's file and separator, go with the trace") {
    const std::string es = "El horno nuevo llegó el lunes.";
    const std::string long_es = "El horno nuevo llegó el lunes y el panadero lo probó con la primera hornada de la semana.";
    CHECK(clean_one(long_es + " Exception in thread \"main\" es.pan.HornoException: frío at es.pan.Horno.encender(Horno.java:31) "
                              "at es.pan.Main.main(Main.java:9) Caused by: java.io.FileNotFoundException: horno.cfg (No such file or directory)",
                    kSpanish) == long_es);
    CHECK(clean_one(es + " System.InvalidOperationException: Sequence contains no elements. at Pan.Caja.Total(Int32 id) in "
                         "D:\\build\\Pan\\Caja.cs:line 12 --- End of stack trace from previous location ---",
                    kSpanish) == es);
    // Prose after a frame, without an exception's type, stays.
    CHECK(clean_one(es + " at es.pan.Horno.encender(Horno.java:31) Luego se apagó la luz.", kSpanish) ==
          es + " Luego se apagó la luz.");
}

TEST_CASE("a forum's tags go with their closing tags; an editor's insertion in brackets stays") {
    const std::string es = "La cola dio la vuelta a la manzana.";
    CHECK(clean_one(es + " [i]increíble[/i] [size=4]pan gratis[/size]", kSpanish) == es);
    const std::string legit = "The baker said [sic] that [the mayor] would come [to taste it] on Friday.";
    CHECK(clean_one(legit, kEnglish) == legit);
}

TEST_CASE("a config file's assignments run together go when two or more stand close and one value is quoted") {
    const std::string en = "The new oven arrived on Monday.";
    CHECK(clean_one(en + " [oven] model = \"deck-3\" max_temp = 280 [timer] steps = [\"proof\", \"bake\"]", kEnglish) == en);
    CHECK(clean_one(en + " message Loaf { string flour = 1; int32 grams = 2; } option java_package = \"pan.v1\";", kEnglish) == en);
    // Arithmetic in prose quotes no value, and one assignment alone stays.
    for (const std::string& legit : {
             std::string("If x = 3 and y = 4, the oven holds x + y = 7 trays."),
             std::string("The label read name = \"rye\" in the baker's own hand."),
         })
        CHECK(clean_one(legit, kEnglish) == legit);
}

TEST_CASE("a Markdown table's rows and link reference definitions left in prose go") {
    const std::string es = "La panadería vende tres tipos de pan.";
    CHECK(clean_one(es + " | Pan | Precio | |:---|---:| | Barra | 1,20 | | Hogaza | 3,50 |", kSpanish) == es);
    CHECK(clean_one(es + "[a]: https://pan.example/precios \"Precios\" [b]: /horario", kSpanish) == es);
    // Bars between words in prose, and a label with a colon before plain words, stay.
    for (const std::string& legit : {
             std::string("Open Monday | Tuesday | Friday, closed on the other days."),
             std::string("The note said [1]: ask for the baker before noon."),
         })
        CHECK(clean_one(legit, kEnglish) == legit);
}

TEST_CASE("config lines of 'key = value' and code laid out in braces, a line a block, go as a run") {
    auto cleaned = [](const std::string& lines) {
        Document d = winnow::test::doc_from_lines(lines, false);
        detail::remove_garbage(d, NoiseOptions{});
        std::string out;
        for (const Block& b : d.body) out += b.text + "\n";
        return out;
    };
    const std::string prose = "The bakery on the corner opens at six, and the queue starts earlier.\n";
    CHECK(cleaned(prose + "[oven]\nmodel = \"deck-3\"\nzones = 3\n" + prose) == prose + prose);
    CHECK(cleaned(prose + "query {\nloaves(first: 5) {\nname\nprice { amount }\n}\n}\n" + prose) == prose + prose);
    // Arithmetic a line at a time, and a list of names, stay.
    const std::string sums = "x = 3\ny = 4\nx + y = 7\n";
    CHECK(cleaned(prose + sums + prose) == prose + sums + prose);
    const std::string names = "Rye\nSpelt\nBarley\n";
    CHECK(cleaned(prose + names + prose) == prose + names + prose);
}

TEST_CASE("a tag written self-closing with a space goes; an arrow of marks in prose stays") {
    const std::string es = "La panadería abre a las seis.";
    CHECK(clean_one(es + "<br /><hr />", kSpanish) == es);
    const std::string legit = "Turn left -> then right, past the ovens.";
    CHECK(clean_one(legit, kEnglish) == legit);
}

TEST_CASE("a root prompt's command with its subcommands and a chain goes, glued behind another script's word too") {
    const std::string en = "The oven's controller was restarted twice.";
    CHECK(clean_one(en + " admin@oven:/srv# service bakery reload && journalctl -u bakery -n 20", kEnglish) == en);
    const std::string ja = "パン屋は朝六時に開く。";
    CHECK(clean_one(ja + "ご確認ください。root@pan:~# apt install nginx -y", "パン屋の前には毎朝行列ができる。") == ja + "ご確認ください。");
    // An address with a colon in prose, and a command named in a sentence, stay.
    const std::string legit = "Write to anna@host: the baker will restart the oven and check the log tomorrow.";
    CHECK(clean_one(legit, kEnglish) == legit);
}

TEST_CASE("LaTeX and RTF control words, three or more close together, go; prose naming two stays") {
    const std::string es = "La receta se imprimió en una tabla.";
    CHECK(clean_one(es + " \\begin{tabular}{ll} \\toprule harina & 500 g \\\\ \\midrule agua & 300 ml \\\\ \\bottomrule \\end{tabular}", kSpanish) ==
          es);
    CHECK(clean_one(es + "{\\rtf1\\ansi {\\fonttbl\\f0\\fswiss Helvetica;}\\f0\\pard Pan\\par}", kSpanish) == es);
    const std::string legit = "In the recipe file, \\textbf marks the flour and \\emph the salt.";
    CHECK(clean_one(legit, kEnglish) == legit);
}
