// A pitch carrying its own way out (promo.cpp weighs it, promo_shapes.hpp declares it): a short
// line between the article's prose closing on its address, its button link, a call or a number to
// dial, or over a line that is its address alone or a lone button; its vocabulary against the
// article's (pitch_vocabulary.cpp) is the evidence.
#include <algorithm>

#include <utf8proc.h>

#include "filters/evidence.hpp"
#include "filters/promo_shapes.hpp"

namespace winnow::detail {

// A pitch with its way out in the same line ("More sports news → https://…", "Two free articles
// left this month. Subscribe for 199 ₽ → https://…"): what buttoned_pitch reads over two blocks,
// in one. The address closes the line set apart from its words (after an arrow, a colon, a
// bracket or a sentence end): prose names an address inside its sentence. Its vocabulary is the
// evidence, counted in content words: a line citing the article's source or document names the
// article's subject (a word of it, or its stem: the first kStem letters, as inflection changes
// the ending), a box speaks of the site's own offer (foreign_content, pitch_vocabulary.cpp).
namespace {

// Whether a text's last code point is a pictograph (Unicode "other symbol": emoji, arrows drawn
// as pictures), an emoji presentation selector after one included.
bool ends_on_pictograph(std::string_view text) {
    std::size_t start = text.size();
    char32_t last = 0;
    for (int k = 0; k < 2 && start > 0; ++k) {
        std::size_t i = start - 1;
        while (i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
        std::size_t at = i;
        last = next_code_point(text, at);
        start = i;
        if (last != 0xFE0F) break;   // the emoji presentation selector: look at the sign before it
    }
    return utf8proc_category(static_cast<utf8proc_int32_t>(last)) == UTF8PROC_CATEGORY_SO;
}


// Whether a text closes a sentence or leads on to what follows (a way out set after it stands
// apart from its words). A separator between listed fields (a middle dot, a bullet, a bar) or a
// pictograph (a pointing hand) sets what follows apart too: a sentence names its address in
// words, never after such a sign.
bool ends_on_mark(std::string_view head) {
    while (!head.empty() && (head.back() == ' ' || head.back() == '\n')) head.remove_suffix(1);
    for (std::string_view mark : {".", "!", "?", ":", ")", "]", "->", ">>", "\u2014", "\u2013", "\u2192", "\u00BB",
                                  "\u203A", "\u27A1", "\u3002", "\uFF01", "\uFF1F", "\uFF1A", "\uFF09", "\u300B", "\u300D",
                                  "\u0964", "\u061F", "\u06D4",   // (Devanagari danda, Arabic question mark and full stop)
                                  "\u00B7", "\u2022", "|"})
        if (head.ends_with(mark)) return true;
    return ends_on_pictograph(head);
}

bool address_set_apart(std::string_view text) {
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '.')) text.remove_suffix(1);
    const std::size_t sp = text.find_last_of(" \n\t");
    return sp != std::string_view::npos && ends_on_mark(text.substr(0, sp));
}

// A line listing ways out, not naming one in a sentence: besides its closing address it holds
// another address or a handle ("Follow us @name and at site.tld/page").
bool lists_ways_out(std::string_view text) {
    if (spelled_addresses(text).size() >= 2) return true;
    for (std::size_t p = 0; p < text.size();) {
        const std::size_t e = std::min(text.find_first_of(" \n\t", p), text.size());
        std::string_view tok = text.substr(p, e - p);
        while (!tok.empty() && (tok.back() == ',' || tok.back() == '.' || tok.back() == ')')) tok.remove_suffix(1);
        if (is_handle(tok)) return true;
        p = e + 1;
    }
    return false;
}

// The HTML form of a line closing on its address: a paragraph whose last link (a few words, a
// button's) closes it after a sentence end, with a text of its own before it. (Not after a dash
// or a quotation mark: there a link is an attribution, a credit or a quotation's source.)
constexpr std::size_t kHeadWords = 3, kButtonWords = 6;  // a text of its own before a button of a few words
bool ends_sentence(std::string_view t);
// Link words closing on a number name an item ("Table 7", "Chapter 3"): a reference, no button.
bool names_numbered_item(std::string_view words) {
    while (!words.empty() && (words.back() == ' ' || words.back() == '.' || words.back() == ')')) words.remove_suffix(1);
    return !words.empty() && words.back() >= '0' && words.back() <= '9';
}
std::size_t link_spans(const Block& b) {
    return static_cast<std::size_t>(std::count_if(b.spans.begin(), b.spans.end(), [](const Span& sp) { return sp.kind == Span::Kind::link; }));
}
bool closes_on_button_link(const Block& b) {
    std::size_t end = b.text.size();
    while (end > 0 && std::string_view(" .!)").find(b.text[end - 1]) != std::string_view::npos) --end;
    for (const Span& sp : b.spans) {
        if (sp.kind != Span::Kind::link || sp.target.empty() || sp.target.front() == '#' || sp.end < end ||
            sp.end > b.text.size() || sp.begin >= sp.end)
            continue;
        const std::string_view text(b.text);
        const std::string_view words = text.substr(sp.begin, sp.end - sp.begin);
        return word_length(words) <= kButtonWords && !names_numbered_item(words) &&
               word_length(text.substr(0, sp.begin)) >= kHeadWords && ends_sentence(text.substr(0, sp.begin));
    }
    return false;
}

// A block whose one link opens an action channel rather than a page: a phone call or a text
// message (tel:, sms:, callto:). That is a way out wherever the link stands in the line: a
// hotline box says its hours after the number, and a reader calls, never reads on there.
bool links_action_channel(const Block& b) {
    if (!b.children.empty() || link_spans(b) != 1) return false;
    for (const Span& sp : b.spans) {
        if (sp.kind != Span::Kind::link) continue;
        std::string scheme;
        for (char c : sp.target.substr(0, sp.target.find(':') + 1)) scheme += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        return scheme == "tel:" || scheme == "sms:" || scheme == "callto:";
    }
    return false;
}

// A number to dial written in a line (plain text's tel: link): a phone number opening on "+" or
// a trunk "0", kDialDigits digits or more in groups parted by hyphens, brackets or single spaces
// ("+49 30 5000 2000", "021-12345678"), or a USSD code ("*150*00#"). A year, a price (thousands
// grouped by dots or commas) or a date opens on another digit or parts its groups otherwise; a
// code's groups (an account number's, "DE89 3704 0044") run on from a group that opens on none,
// and one with a lone digit between hyphens (an ISBN's check digit) is an identifier, no number.
constexpr std::size_t kDialDigits = 8, kUssdDigits = 3;
bool zero_digit(char32_t cp) { return cp == '0' || cp == 0x0660 || cp == 0x06F0 || cp == 0x0966 || cp == 0xFF10; }
bool dials_number(std::string_view text) {
    std::size_t digits = 0;  // of the number read so far (0: none under way)
    bool code = false;       // within a run of groups that opened on no number
    for (std::size_t p = 0; p <= text.size();) {
        const std::size_t e = std::min(text.find_first_of(" \n\t", p), text.size());
        std::string_view tok = text.substr(p, e - p);
        p = e + 1;
        while (!tok.empty() && std::string_view(",.;:!?)").find(tok.back()) != std::string_view::npos) tok.remove_suffix(1);
        std::size_t n = 0, i = 0, group = 0;
        bool lone = false, only = !tok.empty(), ussd = tok.size() > 2 && (tok.front() == '*' || tok.front() == '#') && tok.back() == '#';
        char32_t first = 0;
        while (i < tok.size() && only) {
            const char32_t cp = next_code_point(tok, i);
            if (first == 0 && cp != '(' && cp != '+') first = cp;
            if (is_digit(cp)) ++n, ++group;
            else lone = lone || (cp == '-' && group == 1), group = 0;
            if (!is_digit(cp)) only = cp == '-' || cp == '(' || cp == ')' || cp == '+' || (ussd && (cp == '*' || cp == '#'));
        }
        if (only && ussd && n >= kUssdDigits) return true;
        lone = lone || (group == 1 && tok.find('-') != std::string_view::npos);
        if (!only || n == 0 || ussd) {
            digits = 0;
            code = !only && n > 0;
            continue;
        }
        // (A number opens on "+" or a trunk zero; its later groups go on it.)
        if (digits == 0 && (code || lone || !(tok.front() == '+' || zero_digit(first)))) {
            code = true;
            continue;
        }
        digits += n;
        if (digits >= kDialDigits) return true;
    }
    return false;
}

bool ends_sentence(std::string_view t) {
    while (!t.empty() && (t.back() == ' ' || t.back() == '\n')) t.remove_suffix(1);
    for (std::string_view mark : {".", "!", "?", "\u2026", "\u3002", "\uFF01", "\uFF1F", "\u0964", "\u061F", "\u06D4"})
        if (t.ends_with(mark)) return true;
    return false;
}

// A text opening on a quotation mark is a quotation: someone's words with their source, foreign
// to the article's in every word when said in another language, never a pitch.
bool opens_quoted(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size() && text[i] == ' ') ++i;
    if (i >= text.size()) return false;
    const char32_t cp = next_code_point(text, i);
    const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    return category == UTF8PROC_CATEGORY_PI || category == UTF8PROC_CATEGORY_PF || cp == '"' || cp == 0x201E ||
           cp == 0x201A || cp == 0x300C || cp == 0x300E;
}

// (Without its scheme, "www." and a closing slash: how a link shows its own address.)
std::string_view shown_address(std::string_view a) {
    for (std::string_view scheme : {"https://", "http://"})
        if (a.starts_with(scheme)) a.remove_prefix(scheme.size());
    if (a.starts_with("www.")) a.remove_prefix(4);
    while (!a.empty() && a.back() == '/') a.remove_suffix(1);
    return a;
}

// A line that is one address and nothing else: in text the address written out alone, in HTML
// a link whose words are its own address ("t.me/name" to https://t.me/name). Prose names a
// source inside a sentence; an address standing alone under a short line is that line's way out.
bool bare_address_line(const Block& b, std::string_view text) {
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '.')) text.remove_suffix(1);
    while (!text.empty() && (text.front() == ' ' || text.front() == '\n')) text.remove_prefix(1);
    if (text.empty() || text.find_first_of(" \n\t") != std::string_view::npos || !b.children.empty()) return false;
    std::size_t links = 0;
    for (const Span& sp : b.spans) {
        if (sp.kind != Span::Kind::link) continue;
        if (++links > 1 || shown_address(sp.target) != shown_address(text)) return false;
    }
    // (In HTML the link says the address is one; in text only its shape does.)
    return links == 1 || is_spelled_address(text);
}

// A paragraph that is one link as a whole, of a button's few words, naming no numbered item
// and not shaped as an address or a handle (bare_address_line reads those): a box's button on a line of its own
// ("Buy it", "Book a seat"). Under a short line of the page's own words it is as often that
// line's source or the next part: addressed_pitch weighs the line over it by its vocabulary.
constexpr std::size_t kLoneButtonWords = 4, kBoxTitleWords = 4;
bool lone_link_line(const Block& b, std::string_view text) {
    if (!b.children.empty() || b.kind != BlockKind::paragraph || link_spans(b) != 1) return false;
    for (const Span& sp : b.spans) {
        if (sp.kind != Span::Kind::link) continue;
        if (sp.target.empty() || sp.target.front() == '#' || sp.begin > 0 || sp.end < b.text.size()) return false;
    }
    const std::size_t words = word_length(text);
    std::string_view t = text;
    while (!t.empty() && (t.back() == ' ' || t.back() == '\n')) t.remove_suffix(1);
    while (!t.empty() && (t.front() == ' ' || t.front() == '\n')) t.remove_prefix(1);
    // (Words shaped as an address, "site.tld/page", are one whatever their target.)
    bool address_like = t.find_first_of("/@") != std::string_view::npos;
    for (std::size_t k = t.find('.'); k != std::string_view::npos && !address_like; k = t.find('.', k + 1))
        address_like = k + 1 < t.size() && t[k + 1] != ' ';
    return words >= 1 && words <= kLoneButtonWords && !names_numbered_item(t) && !address_like;
}

// A text opening on a pictograph (not an ASCII mark: "+++ " and "> " are plain text's own frames).
bool opens_on_pictograph(std::string_view text) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    return opens_with_symbol(text) && static_cast<unsigned char>(text.front()) >= 0x80;
}

}  // namespace

std::vector<std::size_t> addressed_pitch(const Document& doc, const std::vector<BlockView>& views, std::size_t i,
                                         std::size_t paragraph, ArticleUnits& article) {
    const BlockView& v = views[i];
    const auto text_block = [&](std::size_t j) {
        // (Plain text reads a short line as a heading.)
        const BlockKind kind = doc.body[views[j].index].kind;
        return views[j].candidate && (kind == BlockKind::paragraph || (kind == BlockKind::heading && doc.input == InputKind::text));
    };
    if (i == 0 || !text_block(i)) return {};
    // The unit always holds this block, so its words are at least this block's: the length
    // test at the end fails already here for the article's own paragraphs (most blocks), and
    // the line's scans (addresses, a number to dial, the lines over it) are spared them.
    if (v.length > kPitchMax || v.length >= paragraph) return {};
    // (In text the address written out; in HTML the closing link, only in a paragraph with no
    // other link: a text linking names inside its sentences is prose.)
    const Block& b = doc.body[v.index];
    const bool addressed = ends_with_address(v.text) && (address_set_apart(v.text) || lists_ways_out(v.text));
    const bool bare = bare_address_line(b, v.text);
    const bool buttoned = b.children.empty() && closes_on_button_link(b) && link_spans(b) == 1;
    const bool channel = !addressed && !bare && !buttoned && (links_action_channel(b) || dials_number(v.text));
    // (A lone link after the article's last block is the page's own: its imprint, its contact.)
    std::size_t after = i + 1;
    while (after < views.size() && views[after].words.empty()) ++after;
    const bool lone = !addressed && !bare && !buttoned && !channel && lone_link_line(b, v.text) && after < views.size() &&
                      prose_block(views[after]);
    if (!addressed && !bare && !buttoned && !channel && !lone) return {};
    // The pitch may stand on a short sentence of its own right over the line with the address (a
    // title there, "TrackBack", is a section's heading: HTML and text read it alike only so). Over
    // an address alone it must (the address has no words), and a line set off by a pictograph
    // is a pitch too: a box's marker, never the opening of the article's sentence.
    std::vector<std::size_t> unit{i};
    // Over a lone button line it must too, a sentence or not (a price, a course's dates and fee),
    // but for a label closing on a colon: that introduces its source ("Source:").
    // (Over a lone button's pitch the box may hold a short line of its own, its title, a date or
    // a label, between it and the article's prose.)
    if (bare || lone || !between_prose(views, i, i)) {
        const std::string_view over = views[i - 1].text;
        // (Over a lone button the pitch may be a long sentence, as a language writing its
        // syllables apart makes it: its length is weighed against the article's paragraphs below.)
        if (!(text_block(i - 1) && (lone ? views[i - 1].length < kPitchMax : !prose_block(views[i - 1])) && !ends_with_address(over) &&
              (ends_sentence(over) || (bare && opens_on_pictograph(over)) || (lone && !ends_with_label_colon(over)))))
            return {};
        // (A pitch over a lone button has no link of its own: a sentence linking its places is prose.)
        if (lone && link_spans(doc.body[views[i - 1].index]) > 0) return {};
        const bool titled = lone && i >= 2 && !between_prose(views, i - 1, i) && views[i - 2].candidate &&
                            views[i - 2].length <= kBoxTitleWords && views[i - 2].length < views[i - 1].length &&
                            between_prose(views, i - 2, i);
        if (!titled && !between_prose(views, i - 1, i)) return {};
        unit.insert(unit.begin(), i - 1);
        if (titled) unit.insert(unit.begin(), i - 2);
    }
    if (opens_quoted(views[unit.front()].text)) return {};
    std::size_t words = 0;
    for (std::size_t u : unit) words += views[u].length;
    // (Shorter than the article's paragraphs: the vocabulary, not the length, is the evidence here.)
    if (words < kPitchMin || words > kPitchMax || words >= paragraph) return {};
    // (A call or a text message is the stronger sign: one common pair of words shared, "free of
    // charge", does not tie such a line to the article; two do.)
    if (!foreign_content(views, unit, article, channel ? 2 : 1)) return {};
    return unit;
}

// A pitch over its way out that foreign_boxes.cpp took as a box (a row of where-to-listen links,
// an address to write to, in Latin letters on a page in another script): the short line right
// over it, shorter than prose, leading into it (a sentence, or a label closing on a colon: with
// what it introduces gone it introduces nothing), with no link of its own, in words foreign to
// the article (a source's label names the article's subject), and the box's title over it, if
// any. The way out is short and mostly link: over a removed paragraph the article's own short
// sentence may stand.
constexpr std::size_t kWayOutWords = 8;
constexpr double kWayOutLinks = 0.8;
std::vector<std::size_t> pitch_over_removed_way_out(const Document& doc, const std::vector<BlockView>& views, std::size_t j,
                                                    std::size_t paragraph, ArticleUnits& article) {
    if (j < 2 || !views[j].candidate || views[j].length > kWayOutWords ||
        link_density(doc.body[views[j].index]) < kWayOutLinks)
        return {};
    const std::size_t p = j - 1;
    const BlockView& pitch = views[p];
    const Block& b = doc.body[pitch.index];
    const bool text_line = b.kind == BlockKind::paragraph || (b.kind == BlockKind::heading && doc.input == InputKind::text);
    if (!pitch.candidate || !text_line || link_spans(b) > 0 || pitch.length < kPitchMin || pitch.length > kPitchMax ||
        pitch.length >= paragraph || prose_block(pitch) || ends_with_address(pitch.text) || opens_quoted(pitch.text) ||
        !(ends_sentence(pitch.text) || ends_with_label_colon(pitch.text) || opens_on_pictograph(pitch.text)))
        return {};
    std::vector<std::size_t> unit{p};
    const bool titled = !between_prose(views, p, j) && views[p - 1].candidate && views[p - 1].length <= kBoxTitleWords &&
                        views[p - 1].length < pitch.length && between_prose(views, p - 1, j);
    if (!titled && !between_prose(views, p, j)) return {};
    if (titled) unit.insert(unit.begin(), p - 1);
    if (!foreign_content(views, unit, article)) return {};
    return unit;
}

}  // namespace winnow::detail
