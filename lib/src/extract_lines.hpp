// Short lines and boxes inside the article region that are not article text, judged by their
// own text: ad labels, datelines, bylines, author boxes, fine print. Used by the extract stage.
#pragma once
#include <cstdint>
#include <string_view>

#include "metadata.hpp"
#include "parse_html.hpp"

namespace winnow::detail {

// An inline style that sets a small font: under 11px, 8pt or 0.75em, or x-small and below.
bool is_fine_print(std::string_view style);
// The label an ad slot leaves behind ("Advertisement", "Anzeige").
bool is_ad_label(std::string_view text);
// A line made of a date and time and little else. `named`: the date must also name a month or
// a day, or tell the time (two years and a word are a heading, not a date).
bool is_date_line(std::string_view text, bool named = false);
// A word a date line is made of besides its numbers: a month or a weekday (in the languages the
// date reader knows), a zone, a label ("updated", "posted"), a joining word ("at", "the").
bool is_date_word_of_line(std::string_view word);
// "By Jane Doe", "By Jane Doe and John Roe, Reuters", or the author's name alone.
bool is_byline(std::string_view text, const Metadata& meta);
// A credit line by its shape, in any language written with capitals: one short word (the
// language's "by"), then names, two of them next to each other, with short lowercase particles
// ("de", "and") only between names; no digits, no closing punctuation. Title-case headings
// look the same: the caller asks this only at the article's edges.
bool is_credit_line(std::string_view text);
// A rights notice: a short line with the copyright sign ("©", "(c)" before a year or a name)
// or the word "copyright", the one word of it most languages borrow.
bool is_rights_line(std::string_view text);
// The copyright sign as a mark of its own (not glued to a letter: "Ã©" is a misread "é"),
// anywhere in a text of any length.
bool holds_rights_sign(std::string_view text);
// A position counter: "1 of 4", "Página 2 de 3", "Bild 3/12": an optional one-word label, then
// a number, a short joining word or a slash, and a number no smaller than the first.
bool is_position_counter(std::string_view text);
// A rating shown as a row of star glyphs ("★★★★☆", "⭐⭐⭐"): three to ten of them and at most a
// short figure or count beside them ("4,5 (12)"), no words.
bool is_star_rating(std::string_view text);
// A line that opens on a run of three to ten stars, its words after it ("★★★☆☆ Too slow for me"):
// a reader's verdict written on one line with its rating (extract_rating_lines.cpp).
bool opens_on_stars(std::string_view text);
// A rating spelled for screen readers or tooltips: a figure, a slash or a short joining word or
// two, and a scale of 5 or 10 ("4 / 5", "4.5 out of 5", "4 von 5 Sternen", "3 z 5").
bool is_rating_label(std::string_view text);
// A line of counts: two or more parts parted by "·", "•" or "|", each a number with a few words
// ("12 replies · 340 views", "Asked 2 years ago · Viewed 48k times"), no sentence.
bool is_count_line(std::string_view text);
// A label and a count alone: one word of letters (maybe closed by a colon) and a whole number,
// in either order ("Views: 318", "318 lecturas", "Просмотров: 1.204"). Short: 40 bytes at most.
bool is_labelled_count(std::string_view text);
// A count closing the page's text: a whole number alone (not a year, not a price), or after a
// label of one to three words of letters closed by a colon ("Post Views: 111"), or without the
// colon when the number has four digits or more ("کد خبر 1353889"; "iPhone 14" is a name): the
// page's view counter or its number in the publisher's system. Asked of a line at the end.
bool is_closing_count(std::string_view text);
// A thread's count line: one or two whole numbers and four words of letters at most, no
// sentence, no date ("12 comments", "Kommentare (4)"; extract_thread_counts.cpp).
bool is_thread_count_line(std::string_view text);
// A bar of counts: "12 likes 340 views", "Shares 3 · Comments 14": two or more pairs of a count
// (digits, maybe a separator or a compact unit: "1.2K") and a label of letters, the same order
// in every pair: one or two words after a count ("1.2K lượt xem"), one word before it, never
// opened by a short joining word in small letters ("2 of 3 riders"), nothing else but separating marks. Asked at the article's edges.
bool is_count_bar(std::string_view text);
// A person's name alone on a line: two to five capitalized words (short particles in small
// letters between them), no digit and no punctuation. Scripts without capitals never match.
bool is_name_line(std::string_view text);
// The same in a script without capitals (Han, kana, Hangul, Thai, Arabic, Hebrew …): one to
// four words of such letters only, at most 30 characters of text. Weak alone: asked only
// where a portrait and a closing button already frame the line.
bool is_caseless_name_line(std::string_view text);
// "Jane Doe is a reporter for ...": the author box at the end of a story.
bool is_author_bio(std::string_view text, const Metadata& meta);
// Some text node of the subtree (removed subtrees skipped, as Dom::text_of skips them) holds a
// byte `pred` accepts: asked in place, without building the text. text_of only drops and
// collapses spaces, so for any predicate false on spaces this is "text_of(node) holds such a byte".
template <class Pred>
bool subtree_text_has_byte(const Dom& dom, std::uint32_t node, Pred pred) {
    for (std::uint32_t n = node; n != no_node;) {
        const DomNode& d = dom.nodes[n];
        if (d.removed) {
            n = dom.next_in(n, node, true);
            continue;
        }
        if (d.type == NodeType::text || d.type == NodeType::whitespace || d.type == NodeType::cdata)
            for (const char c : d.text)
                if (pred(static_cast<unsigned char>(c))) return true;
        n = dom.next_in(n, node);
    }
    return false;
}
// The text Dom::text_of(node) builds holds an ASCII digit: read in place from the text runs it
// would join (removed subtrees skipped alike). is_date_line, is_short_year_date and
// is_ordinal_date_line are false for a text without one, so a caller asks this first.
bool text_holds_ascii_digit(const Dom& dom, std::uint32_t node);
// Some author's name is long enough for is_author_bio (or names_author) to match: without one
// they are false whatever the text, and a caller need not build it.
bool may_name_author(const Metadata& meta);

}  // namespace winnow::detail
