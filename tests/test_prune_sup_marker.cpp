// A note marker set as a superscript without a link — a number, a letter or a dagger, bare or in
// any bracket pair (⁽2⁾ {3} <4> (5) [b] [[6]] †) — glued to its word goes when the page holds no
// note for it; with its note after the text, a math or unit exponent, an ordinal, or markup named
// in running text it stays.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "text_util.hpp"

using namespace winnow;

namespace {

struct Lang {
    const char* code;
    const char* title;
    std::vector<const char*> words;  // six words of three letters or more, each closing a sentence
    const char* lead;                // the sentences' common opening
    const char* note;                // a note's text
};

const std::vector<Lang>& langs() {
    static const std::vector<Lang> all{
        {"en", "How the harbour was dredged", {"harbour", "channel", "records", "council", "winter", "engineers"},
         "The survey that preceded the works took two seasons and was checked against the old charts of the",
         "Survey report of the port authority, volume two."},
        {"de", "Wie der Hafen ausgebaggert wurde", {"Hafens", "Fahrrinne", "Archivs", "Stadtrats", "Winters", "Ingenieure"},
         "Die Vermessung vor den Arbeiten dauerte zwei Jahre und wurde mit den alten Seekarten verglichen, im Auftrag des",
         "Bericht der Hafenbehörde, Band zwei."},
        {"ru", "Как углубляли гавань", {"гавани", "фарватера", "архива", "совета", "зимы", "инженеров"},
         "Обследование перед работами заняло два сезона и было сверено со старыми картами по заказу",
         "Отчёт портового управления, том второй."},
        {"ja", "港のしゅんせつはこう進んだ", {"港湾局", "航路部", "記録室", "市議会", "冬季班", "技術者"},
         "工事に先立つ調査は二年かかり、古い海図と照らし合わせて確認されたと発表したのは",
         "港湾局調査報告書、第二巻。"},
    };
    return all;
}

const std::vector<std::string>& markers() {
    static const std::vector<std::string> all{"\u207D2\u207E", "{3}", "&lt;4&gt;", "(5)", "[b]", "[[6]]", "\u2020", "12"};
    return all;
}

std::string text_form(const std::string& m) { return m == "&lt;4&gt;" ? "<4>" : m; }

enum class Markup { html5, divs, table };

std::string page(const Lang& l, Markup m, const std::string& body) {
    const std::string head = std::string("<!DOCTYPE html><html lang=\"") + l.code + "\"><head><meta charset=\"utf-8\"><title>" + l.title +
                             "</title></head><body>";
    if (m == Markup::html5) return head + "<main><article><h1>" + l.title + "</h1>" + body + "</article></main></body></html>";
    if (m == Markup::divs) return head + "<div><div><div>" + l.title + "</div>" + body + "</div></div></body></html>";
    return head + "<table><tr><td><b>" + l.title + "</b>" + body + "</td></tr></table></body></html>";
}

// Sentences closing on the language's words, marker i glued to word i (markers past the words
// wrap around), in paragraphs of two sentences.
std::string marked_body(const Lang& l, Markup m, std::size_t first) {
    std::string body;
    const std::string open = m == Markup::divs ? "<div>" : "<p>", close = m == Markup::divs ? "</div>" : "</p>";
    const std::string stop = std::string(l.code) == "ja" ? "\u3002" : ".";
    for (std::size_t i = 0; i < 4; ++i) {
        const std::size_t k = (first + i) % markers().size();
        body += open + l.lead + " " + l.words[i % l.words.size()] + "<sup>" + markers()[k] + "</sup>" + stop + " " + l.lead + " " +
                l.words[(i + 1) % l.words.size()] + stop + close;
    }
    return body;
}

std::string cleaned(const std::string& html) {
    const Result r = clean(html);
    REQUIRE(r.ok());
    return winnow::test::squeeze(to_text(r.document));
}

}  // namespace

TEST_CASE("an unlinked superscript note marker of any bracket shape glued to its word goes when its note is absent") {
    for (const Lang& l : langs()) {
        for (Markup m : {Markup::html5, Markup::divs, Markup::table}) {
            for (std::size_t first : {0u, 4u}) {
                const std::string code = l.code;
                CAPTURE(code);
                CAPTURE(static_cast<int>(m));
                CAPTURE(first);
                const std::string out = cleaned(page(l, m, marked_body(l, m, first)));
                for (std::size_t i = 0; i < 4; ++i) {
                    const std::string glued = std::string(l.words[i % l.words.size()]) + text_form(markers()[(first + i) % markers().size()]);
                    CAPTURE(glued);
                    CHECK(out.find(glued) == std::string::npos);
                    CHECK(out.find(l.words[i % l.words.size()]) != std::string::npos);
                }
            }
        }
    }
}

TEST_CASE("a marker with its note, an exponent, an ordinal and markup named in text stay") {
    for (const Lang& l : langs()) {
        for (Markup m : {Markup::html5, Markup::divs, Markup::table}) {
            const std::string code = l.code;
            CAPTURE(code);
            CAPTURE(static_cast<int>(m));
            const std::string open = m == Markup::divs ? "<div>" : "<p>", close = m == Markup::divs ? "</div>" : "</p>";
            // The note after the text: a line opening on the marker, or a numbered list.
            const std::string body = open + l.lead + " " + l.words[0] + "<sup>[b]</sup>. " + l.lead + " " + l.words[1] + "<sup>2</sup>." +
                                     close + open + l.lead + " " + l.words[2] + "." + close;
            const std::string notes = open + "[b] " + l.note + close + "<ol><li>" + l.note + "</li><li>" + l.words[3] + " " + l.note + "</li></ol>";
            const std::string with_notes = cleaned(page(l, m, body + notes));
            CHECK(with_notes.find(std::string(l.words[0]) + "[b]") != std::string::npos);
            CHECK(with_notes.find(std::string(l.words[1]) + "2") != std::string::npos);
            // Math and units: a one- or two-letter base, a number's power, an ordinal's letters,
            // braces and angle brackets in running text.
            const std::string math = open + l.lead + " x<sup>(2)</sup> + y<sup>{n}</sup> = 10<sup>6</sup>, 40 km<sup>2</sup>, 1<sup>st</sup>, " +
                                     "{x}, <code>&lt;a&gt;</code> " + l.words[4] + " &lt;a&gt; " + l.words[5] + "." + close;
            const std::string out = cleaned(page(l, m, math + open + l.lead + " " + l.words[2] + "." + close));
            for (const char* kept : {"x(2)", "y{n}", "106", "km2", "1st", "{x}", "<a>"}) {
                CAPTURE(kept);
                CHECK(out.find(kept) != std::string::npos);
            }
        }
    }
}
