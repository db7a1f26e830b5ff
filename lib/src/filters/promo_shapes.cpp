// Shapes of promo boxes read without their words (promo.cpp weighs them): a block set off in
// bold, a written-out address closing a text, a pictograph opening it, a short pitch over a
// button of its own, a line that is a box by its shape alone. (A pitch carrying its own way out,
// addressed_pitch, is promo_addressed.cpp's.)
#include "filters/promo_shapes.hpp"

#include <algorithm>

#include <utf8proc.h>

#include "filters/evidence.hpp"
#include "token_row.hpp"

namespace winnow::detail {

// A block whose whole text is emphasized (bold or italic): set off from the prose around it.
bool set_off(const Block& b) {
    if (b.text.empty()) return false;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> marked;
    for (const Span& sp : b.spans)
        if (sp.kind == Span::Kind::strong || sp.kind == Span::Kind::emphasis) marked.emplace_back(sp.begin, sp.end);
    std::sort(marked.begin(), marked.end());
    std::size_t covered = 0, reach = 0;
    for (auto [begin, end] : marked) {
        begin = std::max<std::uint32_t>(begin, static_cast<std::uint32_t>(reach));
        if (end > begin) covered += end - begin;
        reach = std::max<std::size_t>(reach, end);
    }
    return covered * 10 >= b.text.size() * 9;
}

namespace {

// A host and path written without the scheme ("t.me/name", "facebook.com/page"): lower-case
// labels parted by dots, the last of two to six ASCII letters (a top-level domain), then a
// slash and a path. Prose joins words with a slash ("and/or", "km/h") without a dotted host;
// numbers ("1.5/2") have no letter domain.
bool bare_host_path(std::string_view tok) {
    const std::size_t slash = tok.find('/');
    if (slash == std::string_view::npos || slash + 1 >= tok.size() || tok.find('@') < slash) return false;  // (an e-mail address)
    const std::string_view host = tok.substr(0, slash);
    const std::size_t dot = host.rfind('.');
    if (dot == std::string_view::npos || dot == 0) return false;
    const std::string_view tld = host.substr(dot + 1);
    if (tld.size() < 2 || tld.size() > 6) return false;
    for (char c : tld)
        if (c < 'a' || c > 'z') return false;
    for (char c : host.substr(0, dot))
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.')) return false;
    return host.front() != '.' && host.front() != '-';
}

}  // namespace

// A token that is a web address written out ("https://…", "www.…", "t.me/name").
bool is_spelled_address(std::string_view tok) {
    return tok.find("://") != std::string_view::npos || tok.starts_with("www.") || bare_host_path(tok);
}

// A social handle ("@name"): an address of its own.
bool is_handle(std::string_view tok) {
    if (tok.size() < 3 || tok.front() != '@') return false;
    for (char c : tok.substr(1))
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.')) return false;
    return true;
}

// Addresses spelled out in a block's text (plain text has no link markup: an address written
// out is its link). Views into `text`.
std::vector<std::string_view> spelled_addresses(std::string_view text) {
    std::vector<std::string_view> out;
    // Every address holds a '/' ("://", a host and path) or opens on "www.": a text with neither
    // (most paragraphs) has none, and two searches spare it the walk token by token.
    if (text.find('/') == std::string_view::npos && text.find("www.") == std::string_view::npos) return out;
    for (std::size_t p = 0; p < text.size();) {
        while (p < text.size() && (text[p] == ' ' || text[p] == '\n' || text[p] == '\t')) ++p;
        std::size_t e = p;
        while (e < text.size() && text[e] != ' ' && text[e] != '\n' && text[e] != '\t') ++e;
        std::string_view tok = text.substr(p, e - p);
        while (!tok.empty() && (tok.back() == '.' || tok.back() == ',' || tok.back() == ')' || tok.back() == '/')) tok.remove_suffix(1);
        if (is_spelled_address(tok)) out.push_back(tok);
        p = e;
    }
    return out;
}

bool address_only(std::string_view text) {
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '.')) text.remove_suffix(1);
    while (!text.empty() && (text.front() == ' ' || text.front() == '\n')) text.remove_prefix(1);
    return !text.empty() && text.find_first_of(" \n\t") == std::string_view::npos && is_spelled_address(text);
}

// A block whose text closes on a spelled-out address: in plain text, the box's button.
bool ends_with_address(std::string_view text) {
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '.')) text.remove_suffix(1);
    const std::size_t sp = text.find_last_of(" \n\t");
    return is_spelled_address(sp == std::string_view::npos ? text : text.substr(sp + 1));
}

// A block opening on a pictograph or an arrow: plain text's way to set a line off from the
// prose (it has no bold), as a box's marker.
bool opens_with_symbol(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size() && text[i] == ' ') ++i;
    if (i >= text.size()) return false;
    const char32_t cp = next_code_point(text, i);
    const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    return cat == UTF8PROC_CATEGORY_SO || cat == UTF8PROC_CATEGORY_SM;
}

namespace {

// A pitch with a button of its own, whatever its words: a short text (kPitchMin..kPitchMax
// words, no link in it) followed by a line that is only a way out: in HTML a line that is one
// link as a whole, of a few words (a button), or one extraction dropped as chrome; in plain text
// a bracketed label or a few words leading to a written-out address after an arrow or a colon. A line of two or more bracketed
// fields is a form drawn in text ("[ e-mail ] [ send ]"): that shape alone makes the box. The
// caller weighs the pitch's vocabulary against the article's.
constexpr std::size_t kButtonWords = 6;

// Bracketed fields making up a whole line, or 0 (a field needs a letter; a line of footnote
// marks is no form).
std::size_t bracket_fields(std::string_view t) {
    std::size_t fields = 0, i = 0;
    while (true) {
        while (i < t.size() && (t[i] == ' ' || t[i] == '\t')) ++i;
        if (i >= t.size()) break;
        if (t[i] != '[') return 0;
        const std::size_t close = t.find(']', i);
        if (close == std::string_view::npos) return 0;
        bool letter = false;
        for (std::size_t k = i + 1; k < close;) letter = is_letter(next_code_point(t, k)) || letter;
        if (!letter) return 0;
        ++fields;
        i = close + 1;
    }
    return fields;
}

// A line framed as a button: opened or closed by an arrow, a guillemet or a bracket.
bool framed(std::string_view t) {
    while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
    while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
    for (std::string_view mark : {"[", "\u2192", "\u00BB", "\u203A", "->", ">", "\u25B6"})
        if (t.starts_with(mark)) return true;
    for (std::string_view mark : {"]", "\u2192", "\u00BB", "\u203A", "->", ">"})
        if (t.ends_with(mark)) return true;
    return false;
}

// A plain-text button: a few words leading to a written-out address after an arrow.
bool arrowed_address(std::string_view t) {
    if (!ends_with_address(t)) return false;
    while (!t.empty() && (t.back() == ' ' || t.back() == '\n' || t.back() == '.')) t.remove_suffix(1);
    const std::size_t sp = t.find_last_of(" \n\t");
    if (sp == std::string_view::npos) return false;
    std::string_view head = t.substr(0, sp);
    while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
    bool marked = false;
    for (std::string_view mark : {"->", ">>", "\u2192", "\u00BB", "\u203A", "\u27A1"})
        if (head.ends_with(mark)) marked = true;
    return marked && word_length(head) <= kButtonWords;
}

}  // namespace

// A line closing on a colon: a label introducing what follows.
bool ends_with_label_colon(std::string_view t) {
    while (!t.empty() && (t.back() == ' ' || t.back() == '\n')) t.remove_suffix(1);
    return t.ends_with(":") || t.ends_with("\uFF1A");
}

bool boxed_notice(const Block& b, const BlockView& v) {
    // (A sentence in brackets is the article's aside: a credit, an editor's note.)
    if (v.title_like || !set_off(b) || v.text.starts_with("(") || v.text.starts_with("[")) return false;
    // A label: a colon within the first few words, text after it.
    constexpr std::size_t kLabelWords = 3;
    std::size_t words = 0;
    bool in_word = false;
    for (std::size_t i = 0; i < v.text.size(); ++i) {
        const char c = v.text[i];
        if (c == ':' ) return i + 1 >= v.text.size() || words >= kLabelWords;
        const bool space = c == ' ' || c == '\n';
        if (!space && !in_word && ++words > kLabelWords) return true;
        in_word = !space;
    }
    return true;
}

// (Digits count with letters: a paragraph of dates and amounts is prose too.)
bool prose_block(const BlockView& v) {
    if (!v.candidate || v.length < kProseLongWords) return false;
    if (v.length >= kProseBetween) return true;
    std::size_t letters = 0;
    for (std::size_t i = 0; i < v.text.size() && letters < kProseLetters;) {
        const char32_t cp = next_code_point(v.text, i);
        letters += is_letter(cp) || is_digit(cp);
    }
    return letters >= kProseLetters;
}

// Whether the nearest blocks with text on both sides of views[first..last] are paragraphs of the
// article (or the page ends there).
bool between_prose(const std::vector<BlockView>& views, std::size_t first, std::size_t last) {
    const auto prose = [&](std::size_t j) { return prose_block(views[j]); };
    // (A block without words, an image without a caption, stands beside a box as a blank does.)
    const auto wordless = [&](std::size_t j) { return views[j].words.empty(); };
    std::size_t before = first, after = last + 1;
    while (before > 0 && wordless(before - 1)) --before;
    while (after < views.size() && wordless(after)) ++after;
    return before > 0 && prose(before - 1) && (after >= views.size() || prose(after));
}

std::size_t median_paragraph(const Document& doc, const std::vector<BlockView>& views) {
    std::vector<std::size_t> lengths;
    for (const auto& v : views)
        if (v.candidate && doc.body[v.index].kind == BlockKind::paragraph) lengths.push_back(v.length);
    if (lengths.empty()) return 0;
    std::nth_element(lengths.begin(), lengths.begin() + static_cast<std::ptrdiff_t>(lengths.size() / 2), lengths.end());
    return lengths[lengths.size() / 2];
}

namespace {

std::size_t parted_fields(std::string_view t);

// A link line whose words are all the pitch's own ("Follow our channel …" over "Follow"): the
// pitch's button naming its action again. A source or credit line names another's work.
bool echoes_pitch(const BlockView& button, const BlockView& pitch) {
    if (button.set.empty()) return false;
    return std::all_of(button.set.begin(), button.set.end(),
                       [&](std::uint64_t w) { return std::binary_search(pitch.set.begin(), pitch.set.end(), w); });
}

// Links of a few words each in a block (0 when one is longer: a row of ways out names places).
std::size_t link_fields(const Block& b) {
    std::size_t links = 0;
    for (const Span& sp : b.spans) {
        if (sp.kind != Span::Kind::link) continue;
        if (word_count(std::string_view(b.text).substr(sp.begin, sp.end - sp.begin)) > 3) return 0;
        ++links;
    }
    return links;
}

// Whether a block's text outside its links is only spaces and the separators of a row (a middle
// dot, a bullet, a bar).
bool links_and_separators_only(const Block& b) {
    std::string rest;
    std::size_t at = 0;
    for (const Span& sp : b.spans) {
        if (sp.kind != Span::Kind::link || sp.begin < at) continue;
        rest += b.text.substr(at, sp.begin - at);
        at = sp.end;
    }
    rest += b.text.substr(std::min(at, b.text.size()));
    // Each separator taken out in one pass over the rest (an erase per occurrence, each found
    // from the start, was quadratic: a paragraph of 80,000 links spent a second here).
    for (std::string_view sep : {"\u00B7", "\u2022", "|", " ", "\n"}) {
        std::string kept;
        kept.reserve(rest.size());
        for (std::size_t from = 0;;) {
            const std::size_t p = rest.find(sep, from);
            kept.append(rest, from, p == std::string::npos ? std::string::npos : p - from);
            if (p == std::string::npos) break;
            from = p + sep.size();
        }
        rest = std::move(kept);
    }
    return rest.empty();
}

// Whether a block is links side by side with nothing but spaces between them and around them.
bool links_parted_by_spaces(const Block& b) {
    std::size_t at = 0;
    for (const Span& sp : b.spans) {
        if (sp.kind != Span::Kind::link || sp.begin < at) continue;
        if (b.text.substr(at, sp.begin - at).find_first_not_of(" \n") != std::string::npos) return false;
        at = sp.end;
    }
    return at <= b.text.size() && b.text.substr(at).find_first_not_of(" \n") == std::string::npos;
}

}  // namespace

// (`dropped`: extraction dropped a form or button right after block i as chrome, which is the
// button then.)
// `paragraph`: the article's typical paragraph length (the median); a pitch is at most half
// of it (in scripts written without spaces the words of two texts hardly ever match, so length
// is what tells a box from a short paragraph there).
Pitch buttoned_pitch(const Document& doc, const std::vector<BlockView>& views, std::size_t i, bool dropped,
                     std::size_t paragraph) {
    if (!views[i].candidate) return {};
    bool form = false, is_button = false;
    if (i + 1 < views.size() && views[i + 1].candidate) {
        const BlockView& button = views[i + 1];
        const Block& b = doc.body[button.index];
        // (A plain link line under a short text is as often its source or credit: a button is
        // set off, in bold or between marks.)
        is_button = button.length <= kButtonWords && b.kind != BlockKind::list && link_density(b) >= 0.9 &&
                    (set_off(b) || framed(button.text) || echoes_pitch(button, views[i]));
        // A row of ways out: two or more links of a few words each, parted by dots or bars and
        // nothing else ("Spotify · Apple Podcasts · Podimo": where to listen, follow, download).
        // (A row set as a heading titles the section under it: its links are its parts.)
        // (Shop buttons stand side by side, a space between them and nothing else.)
        is_button = is_button || (b.kind == BlockKind::paragraph && link_fields(b) >= 2 && links_and_separators_only(b) &&
                                  (parted_fields(button.text) == link_fields(b) || links_parted_by_spaces(b)));
        if (!is_button) {
            const std::size_t fields = bracket_fields(button.text);
            form = fields >= 2;
            is_button = fields >= 1 && button.length <= kButtonWords + 2;
        }
        is_button = is_button || arrowed_address(button.text);
    }
    if (!is_button && !dropped) return {};
    const BlockView& pitch = views[i];
    const Block& p = doc.body[pitch.index];
    // A pitch is a paragraph: a heading over a link line is a section's (plain text reads a
    // box's short lines as headings, so there any text block), and a line closing on a colon
    // introduces what follows (a list of sources).
    const bool text_input = doc.input == InputKind::text;
    if (!(p.kind == BlockKind::paragraph || (p.kind == BlockKind::heading && (text_input || form))) ||
        ends_with_label_colon(pitch.text))
        return {};
    // (Half the article's usual paragraph at most: among short paragraphs a short one over a
    // link is as often its source. A sentence set off in bold or italics over a way out
    // extraction dropped is a box by its shape, however short the article's paragraphs; a
    // line without a sentence end there is a credit or a label: "Photo: <agency>".)
    const bool boxed = dropped && !is_button && boxed_notice(p, pitch);
    if (pitch.length < (form ? 2 : kPitchMin) || pitch.length > kPitchMax || (pitch.length * 2 > paragraph && !boxed) ||
        link_density(p) > 0.0 || ends_with_address(pitch.text))
        return {};
    // Set between the article's prose (or closing the page): a short block after it makes a
    // longer run, which foreign_boxes.cpp judges as a whole.
    // (A boxed pitch's way out closes the box: what follows is the article's again.)
    const std::size_t after = i + (is_button ? 2 : 1);
    if (!boxed && after < views.size() && views[after].candidate && !prose_block(views[after])) return {};
    if (!is_button) return {{i}, false};
    return {{i, i + 1}, form};
}

// A line set between the article's prose that is a box by its shape alone: a short line opened
// by a pictograph or an arrow that is mostly a link (an embed's label: "▶ Listen: <episode>"),
// or a line of three or more short fields parted by bars or dots (an event's title | date |
// place). Prose opens on a word and runs in sentences.
namespace {

constexpr std::size_t kMarkedLineWords = 20, kFieldWords = 6, kMinFields = 3;

std::size_t parted_fields(std::string_view t) {
    if (t.find('\n') != std::string_view::npos || t.starts_with("|")) return 0;  // a table's rows
    std::size_t fields = 0, keyed = 0;
    // The next place of each separator, searched again only once passed (searching each from
    // every field was quadratic on a line of thousands of fields). Offsets are in the text as
    // given; `done` is how much of it the fields so far took.
    constexpr std::string_view seps[] = {" | ", " \u00B7 ", " \u2022 "};
    std::size_t next[3] = {0, 0, 0};
    bool known[3] = {false, false, false};
    const std::string_view whole = t;
    std::size_t done = 0;
    while (!t.empty()) {
        std::size_t cut = std::string_view::npos, len = 0;
        for (std::size_t k = 0; k < 3; ++k) {
            if (!known[k] || (next[k] != std::string_view::npos && next[k] < done)) {
                next[k] = whole.find(seps[k], done);
                known[k] = true;
            }
            const std::size_t at = next[k] == std::string_view::npos ? next[k] : next[k] - done;
            if (at < cut) cut = at, len = seps[k].size();
        }
        const std::string_view field = t.substr(0, cut);
        const std::size_t words = word_count(field);
        if (words == 0 || words > kFieldWords || field.ends_with(".")) return 0;
        ++fields;
        keyed += field.find(": ") != std::string_view::npos;
        if (cut == std::string_view::npos) break;
        t.remove_prefix(cut + len);
        done += cut + len;
    }
    // Keyed fields ("Weight: 300 g | Price: …") are a record of the article's subject: specs.
    return keyed * 2 > fields ? 0 : fields;
}

}  // namespace

bool box_line(const Document& doc, const std::vector<BlockView>& views, std::size_t i) {
    const BlockView& v = views[i];
    if (i == 0 || !v.candidate || v.length > kMarkedLineWords) return false;
    const Block& b = doc.body[v.index];
    if (b.kind == BlockKind::list) return false;
    // (A pictograph or arrow, not an ASCII mark: "+++ " and "> " are plain text's own frames.)
    const bool pictograph = opens_with_symbol(v.text) && static_cast<unsigned char>(v.text.front()) >= 0x80;
    const bool shaped = (pictograph && (link_density(b) >= 0.5 || ends_with_address(v.text))) ||
                        (parted_fields(v.text) >= kMinFields && !is_short_token_row(v.text));
    return shaped && between_prose(views, i, i);
}

}  // namespace winnow::detail
