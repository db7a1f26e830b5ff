#include "prune.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "ascii.hpp"
#include "offer_box.hpp"
#include "slot_label.hpp"
#include "sup_marker.hpp"
#include "text_length.hpp"
#include "text_lines.hpp"

namespace winnow::detail {

namespace {

bool never_content(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG:
        case GUMBO_TAG_MATH: case GUMBO_TAG_CANVAS: case GUMBO_TAG_OBJECT:
        case GUMBO_TAG_EMBED: case GUMBO_TAG_NAV: case GUMBO_TAG_BUTTON:
        case GUMBO_TAG_INPUT: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
        case GUMBO_TAG_OPTION: case GUMBO_TAG_DATALIST: case GUMBO_TAG_AUDIO:
        case GUMBO_TAG_VIDEO: case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK:
        case GUMBO_TAG_MAP: case GUMBO_TAG_AREA: case GUMBO_TAG_FRAMESET:
        case GUMBO_TAG_FRAME: case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE:
        case GUMBO_TAG_META: case GUMBO_TAG_LINK: case GUMBO_TAG_BASE:
        case GUMBO_TAG_APPLET: case GUMBO_TAG_MENU:
            return true;
        default:
            return false;
    }
}

// The markup a page serves for readers without scripts (<noscript>) or keeps for a script to
// show (<template>): usually a notice, a tracking pixel or a widget, but when it holds runs of
// prose in paragraphs of their own it is the article itself, put there because a script fills
// the visible box (an app shell, lazy text). Counted in characters of text (text_length: a Han
// character 3, a kana 2, a letter of any alphabet or abugida 1), so that a notice of a few
// short Cyrillic or Devanagari lines is as short as an English one.
constexpr std::size_t kProseRun = 80, kFallbackProse = 240;

bool holds_fallback_prose(const Dom& dom, std::uint32_t n, std::size_t min_runs = 2, std::size_t min_chars = kFallbackProse) {
    std::size_t runs = 0, chars = 0;
    for (std::uint32_t m = dom.nodes[n].first_child; m != no_node; m = dom.next_in(m, n)) {
        const DomNode& node = dom.nodes[m];
        if (node.type != NodeType::text) continue;
        const std::size_t length = text_length(node.text);
        if (length < kProseRun) continue;
        const std::uint32_t p = node.parent;
        if (p == n || !dom.is(p, GUMBO_TAG_P)) continue;  // loose text: a notice, or markup read as text
        ++runs;
        chars += length;
    }
    return runs >= min_runs && chars >= min_chars;
}

// A plugin's <object> shows its children when the plugin cannot run (HTML's fallback content),
// and no browser runs Flash any more: a video's caption of prose set there is what readers see.
// Its notices ("This video needs Flash") are a line; a paragraph of prose is the caption.
constexpr std::size_t kObjectCaption = kProseRun;

// In a kept <object>, the paragraphs shorter than a run of prose are its player's notices
// ("This video is unavailable on your device"), not its caption: they go.
std::size_t prune_object_notices(Dom& dom, std::uint32_t object) {
    std::size_t pruned = 0;
    for (std::uint32_t m = dom.nodes[object].first_child; m != no_node;) {
        if (dom.is(m, GUMBO_TAG_P) && text_length(dom.text_of(m)) < kProseRun) {
            dom.nodes[m].removed = true;
            ++pruned;
            m = dom.next_in(m, object, true);
        } else {
            m = dom.next_in(m, object);
        }
    }
    return pruned;
}

// Runs of prose under n: text nodes of kProseRun characters or more outside links, counted
// while at least `runs` of them and `chars` in all are not yet found.
bool holds_prose_runs(const Dom& dom, std::uint32_t n, std::size_t runs, std::size_t chars) {
    std::size_t found = 0, total = 0;
    for (std::uint32_t m = dom.nodes[n].first_child; m != no_node; m = dom.next_in(m, n)) {
        const DomNode& node = dom.nodes[m];
        if (node.type != NodeType::text || dom.is(node.parent, GUMBO_TAG_A)) continue;
        const std::size_t length = text_length(node.text);
        if (length < kProseRun) continue;
        ++found;
        total += length;
        if (found >= runs && total >= chars) return true;
    }
    return false;
}

// A "read more" expander: the article's second half is in the page, hidden until a control
// opens it (a button's aria-controls names the box, a button stands right after it, or a
// button or a link leading nowhere else stands right before it). The
// box continues the article: a paragraph of prose stands before it among its siblings and it
// holds paragraphs of prose itself. A hidden menu, dialog or tab of links has no such shape.
class Disclosures {
public:
    explicit Disclosures(const Dom& dom) {
        for (std::uint32_t n = 0; n < dom.nodes.size(); ++n) {
            if (dom.nodes[n].type != NodeType::element) continue;
            std::string_view ids = dom.attr(n, "aria-controls");
            while (!ids.empty()) {  // a space-separated list of ids
                const std::size_t space = ids.find(' ');
                if (space != 0) controlled_.push_back(ids.substr(0, space));
                ids = space == std::string_view::npos ? std::string_view() : ids.substr(space + 1);
            }
        }
        std::sort(controlled_.begin(), controlled_.end());
        // The panels a tab names (aria-controls, or its link to "#id"): tabs of a page show one
        // panel at a time, the others hidden until their tab is clicked.
        for (std::uint32_t n = 0; n < dom.nodes.size(); ++n) {
            if (dom.nodes[n].type != NodeType::element || dom.attr(n, "role") != "tab") continue;
            std::string_view ids = dom.attr(n, "aria-controls");
            while (!ids.empty()) {
                const std::size_t space = ids.find(' ');
                if (space != 0) tabbed_.push_back(ids.substr(0, space));
                ids = space == std::string_view::npos ? std::string_view() : ids.substr(space + 1);
            }
            if (const std::string_view href = dom.attr(n, "href"); href.size() > 1 && href.front() == '#') tabbed_.push_back(href.substr(1));
        }
        std::sort(tabbed_.begin(), tabbed_.end());
    }

    // A tab panel hidden until its tab is clicked (role="tabpanel", or the box a tab names)
    // holds a part of the page a reader opens in place, like a read-more half: a product's
    // specifications, a recipe's steps. A panel of links (a sidebar's "popular / latest" tabs)
    // is a list of further pages and stays hidden.
    bool is_tab_panel_of_text(const Dom& dom, std::uint32_t n) const {
        const std::string_view id = dom.attr(n, "id");
        if (dom.attr(n, "role") != "tabpanel" && (id.empty() || !std::binary_search(tabbed_.begin(), tabbed_.end(), id))) return false;
        return mostly_unlinked(dom, n);
    }

    // An accordion's panel (the WAI-ARIA accordion: a heading's button names the panel after
    // it by aria-controls and opens it in place): hidden until then, it holds a run of prose,
    // mostly unlinked, as an FAQ's answer does. A menu toggled the same way holds links.
    bool is_accordion_panel(const Dom& dom, std::uint32_t n) const {
        const std::string_view id = dom.attr(n, "id");
        if (id.empty() || !std::binary_search(controlled_.begin(), controlled_.end(), id)) return false;
        const std::uint32_t before = element_sibling(dom, n, false);
        if (before == no_node) return false;
        bool named = false;
        for (std::uint32_t m = before; m != no_node && !named; m = dom.next_in(m, before))
            named = dom.nodes[m].type == NodeType::element && names_id(dom.attr(m, "aria-controls"), id);
        return named && holds_prose_runs(dom, n, 1, kProseRun) && mostly_unlinked(dom, n);
    }

    // The button of such a panel, the whole text of the heading before it: the question, the
    // heading of the answer it opens, not a control beside the text.
    bool is_accordion_toggle(const Dom& dom, std::uint32_t n) const {
        const std::string_view ids = dom.attr(n, "aria-controls");
        const std::uint32_t h = dom.nodes[n].parent;
        if (ids.empty() || !dom.is(n, GUMBO_TAG_BUTTON) || h == no_node || !is_heading_tag(dom.nodes[h].tag)) return false;
        const std::uint32_t panel = element_sibling(dom, h, true);
        return panel != no_node && names_id(ids, dom.attr(panel, "id")) && holds_prose_runs(dom, panel, 1, kProseRun) &&
               mostly_unlinked(dom, panel);
    }

    bool reveals_continuation(const Dom& dom, std::uint32_t n) const {
        if (!prose_before(dom, n) || !holds_prose_runs(dom, n, 2, 2 * kProseRun)) return false;
        const std::string_view id = dom.attr(n, "id");
        if (!id.empty() && std::binary_search(controlled_.begin(), controlled_.end(), id)) return true;
        // A button right after the box opens it, unless it names another box it controls; so
        // does a control right before it ("Continue reading" over the hidden half): a button,
        // or a link that leads nowhere but here ("#", "#" and the box's id, "javascript:").
        const std::uint32_t after = element_sibling(dom, n, true);
        if (after != no_node && (dom.is(after, GUMBO_TAG_BUTTON) || dom.attr(after, "role") == "button") &&
            dom.attr(after, "aria-controls").empty())
            return true;
        const std::uint32_t before = element_sibling(dom, n, false);
        if (before == no_node || !dom.attr(before, "aria-controls").empty()) return false;
        if (dom.is(before, GUMBO_TAG_BUTTON) || dom.attr(before, "role") == "button") return true;
        const std::string_view href = dom.attr(before, "href");
        return dom.is(before, GUMBO_TAG_A) && (href.empty() || href == "#" || href.starts_with("javascript:") ||
                                               (!id.empty() && href.size() == id.size() + 1 && href.front() == '#' && href.substr(1) == id));
    }

private:
    static constexpr std::size_t kPanelText = 40;  // a few cells or a sentence

    // n holds a sentence's worth of text (kPanelText), under half of it linked.
    static bool mostly_unlinked(const Dom& dom, std::uint32_t n) {
        std::size_t text = 0, linked = 0;
        for (std::uint32_t m = dom.nodes[n].first_child; m != no_node; m = dom.next_in(m, n)) {
            const DomNode& node = dom.nodes[m];
            if (node.type != NodeType::text) continue;
            const std::size_t length = text_length(node.text);
            text += length;
            for (std::uint32_t a = node.parent; a != n && a != no_node; a = dom.nodes[a].parent)
                if (dom.is(a, GUMBO_TAG_A)) {
                    linked += length;
                    break;
                }
        }
        return text >= kPanelText && linked * 2 < text;
    }

    static bool is_heading_tag(GumboTag t) {
        return t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4 || t == GUMBO_TAG_H5 || t == GUMBO_TAG_H6;
    }

    // A space-separated list of ids (aria-controls) holds id.
    static bool names_id(std::string_view ids, std::string_view id) {
        if (id.empty()) return false;
        while (!ids.empty()) {
            const std::size_t space = ids.find(' ');
            if (ids.substr(0, space) == id) return true;
            ids = space == std::string_view::npos ? std::string_view() : ids.substr(space + 1);
        }
        return false;
    }
    std::vector<std::string_view> controlled_;
    std::vector<std::string_view> tabbed_;  // ids of the panels tabs name
    mutable std::unordered_map<std::uint32_t, std::uint32_t> first_prose_child_;  // parent -> child (no_node: none)

    // The element right after (or right before) n among its siblings, or no_node.
    static std::uint32_t element_sibling(const Dom& dom, std::uint32_t n, bool next) {
        if (next) {
            for (std::uint32_t s = dom.nodes[n].next_sibling; s != no_node; s = dom.nodes[s].next_sibling)
                if (dom.nodes[s].type == NodeType::element) return s;
            return no_node;
        }
        // (Climbed back, not walked to from the first child: thousands of hidden boxes among one
        // parent's children made that quadratic.)
        std::uint32_t s = dom.previous_sibling(n);
        while (s != no_node && dom.nodes[s].type != NodeType::element) s = dom.previous_sibling(s);
        return s;
    }

    // A sibling before n holds a paragraph of prose: the article's first half (an embedded
    // card may stand between it and the hidden rest). The first such child of each parent is
    // found once (siblings come in pre-order, so "before n" is a smaller index): asked of every
    // hidden box among thousands of siblings, a walk from the first child each time was quadratic.
    bool prose_before(const Dom& dom, std::uint32_t n) const {
        const std::uint32_t parent = dom.nodes[n].parent;
        if (parent == no_node) return false;
        auto [it, fresh] = first_prose_child_.try_emplace(parent, no_node);
        if (fresh)
            for (std::uint32_t s = dom.nodes[parent].first_child; s != no_node; s = dom.nodes[s].next_sibling)
                if (dom.nodes[s].type == NodeType::element && holds_prose_runs(dom, s, 1, kProseRun)) {
                    it->second = s;
                    break;
                }
        return it->second != no_node && it->second < n;
    }
};

// Whether style, read with its spaces left out and its ASCII letters lower-cased, holds needle
// (lower case, opening with a letter): matched in place from each byte that may open it, with
// no folded copy of the style written first (a string and a libc call a byte, per element).
bool folded_holds(std::string_view style, std::string_view needle) {
    const auto fold = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
    for (std::size_t p = 0; p < style.size(); ++p) {
        if (fold(style[p]) != needle[0]) continue;
        std::size_t k = 1;
        for (std::size_t q = p + 1; k < needle.size() && q < style.size(); ++q) {
            if (is_ascii_space(style[q])) continue;
            if (fold(style[q]) != needle[k]) break;
            ++k;
        }
        if (k == needle.size()) return true;
    }
    return false;
}

// Inline style that hides the element. Spaces inside the declaration vary, so compare
// with them removed.
bool hidden_by_style(std::string_view style) {
    return !style.empty() && (folded_holds(style, "display:none") || folded_holds(style, "visibility:hidden"));
}

// Whether a class attribute holds one of the utility class names that hide text for screen
// readers, read as folded_holds reads it: one pass over the class, each name tried only where
// its first letter stands (seven passes, one a name, were most of prune's cost of an inline
// element with a class).
bool names_screen_reader_class(std::string_view cls) {
    static constexpr std::string_view kNames[] = {"sr-only", "visually-hidden", "visuallyhidden", "screen-reader", "screenreader",
                                                  "element-invisible", "a11y-hidden"};
    const auto fold = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
    for (std::size_t p = 0; p < cls.size(); ++p) {
        const char c = fold(cls[p]);
        if (c != 's' && c != 'v' && c != 'e' && c != 'a') continue;  // the names' first letters
        for (const std::string_view name : kNames) {
            if (name[0] != c) continue;
            std::size_t k = 1;
            for (std::size_t q = p + 1; k < name.size() && q < cls.size(); ++q) {
                if (is_ascii_space(cls[q])) continue;
                if (fold(cls[q]) != name[k]) break;
                ++k;
            }
            if (k == name.size()) return true;
        }
    }
    return false;
}

// A remark a page keeps for screen readers and hides from sight: "(opens in a new tab)",
// "(link is external)", "[PDF]" after or inside a link, in the page's own language. The utility
// classes CSS frameworks give such text (sr-only, visually-hidden, screen-reader-text) move it
// off screen without a rule the sheet reader sees, so it reached the article as a bracketed aside.
// Only an inline element whose whole text is one group in brackets: other screen-reader words
// (a unit spelled out beside its symbol, a label before an icon) say what the visible text says,
// and a block so named may hold what extraction needs.
bool screen_reader_remark(const Dom& dom, std::uint32_t n, std::string_view cls) {
    if (cls.empty() || is_block_element(dom.nodes[n].tag)) return false;
    if (!names_screen_reader_class(cls)) return false;
    constexpr std::size_t kRemarkBytes = 160;  // a few words in any script
    const std::string text = dom.text_of(n, kRemarkBytes + 1);
    if (text.size() > kRemarkBytes) return false;
    std::string_view t = text;
    while (!t.empty() && is_ascii_space(t.front())) t.remove_prefix(1);
    while (!t.empty() && is_ascii_space(t.back())) t.remove_suffix(1);
    static constexpr std::pair<std::string_view, std::string_view> kPairs[] = {
        {"(", ")"}, {"[", "]"}, {"\uFF08", "\uFF09"}, {"\uFF3B", "\uFF3D"}};  // ASCII and full-width
    for (const auto& [open, close] : kPairs)
        if (t.size() > open.size() + close.size() && t.starts_with(open) && t.ends_with(close) &&
            t.substr(open.size()).find(close) == t.size() - open.size() - close.size())
            return true;
    return false;
}

// A <form> that wraps a whole page (ASP.NET and similar) or a list of entries (listings
// with a checkbox each) holds the content: keep forms with a lot of text or with several
// runs of prose, prune the small ones (search boxes, newsletter sign-ups, comment forms,
// whose text is short labels). Counted in characters of text (text_length), so a form of
// Cyrillic or Thai labels is as small as one of English labels.
bool is_small_form(const Dom& dom, std::uint32_t n) {
    std::size_t chars = 0, prose_runs = 0;
    for (std::uint32_t m = dom.nodes[n].first_child; m != no_node && chars < 1500; m = dom.next_in(m, n)) {
        if (dom.nodes[m].type != NodeType::text) continue;
        const std::size_t run = text_length(dom.nodes[m].text);
        chars += run;
        if (run >= 80) ++prose_runs;
    }
    return chars < 1500 && prose_runs < 4;
}

// A field one types into (a sign-up's e-mail, a search box's words), not a checkbox, a choice
// or a hidden value.
bool is_typing_field(const Dom& dom, std::uint32_t n) {
    if (dom.is(n, GUMBO_TAG_TEXTAREA)) return true;
    if (!dom.is(n, GUMBO_TAG_INPUT)) return false;
    const std::string_view type = dom.attr(n, "type");
    return type.empty() || type == "text" || type == "email" || type == "tel" || type == "search" || type == "url";
}

bool is_submit_control(const Dom& dom, std::uint32_t n) {
    if (dom.is(n, GUMBO_TAG_BUTTON) || dom.attr(n, "role") == "button") return true;
    const std::string_view type = dom.attr(n, "type");
    return dom.is(n, GUMBO_TAG_INPUT) && (type == "submit" || type == "button" || type == "image");
}

constexpr std::size_t kFormlessWalk = 200;  // nodes looked at per box for a button
constexpr int kFormlessLevels = 3;          // boxes up from the field

// A short form's text: a line or two of lead-in and labels, no more than one run of prose.
bool holds_form_text(const Dom& dom, std::uint32_t box) {
    std::size_t chars = 0, prose_runs = 0;
    for (std::uint32_t m = dom.nodes[box].first_child; m != no_node; m = dom.next_in(m, box)) {
        if (dom.nodes[m].type != NodeType::text) continue;
        const std::size_t run = text_length(dom.nodes[m].text);
        chars += run;
        prose_runs += run >= kProseRun;
    }
    return chars < 400 && prose_runs <= 1;
}

bool holds_text(const Dom& dom, std::uint32_t n) {
    for (std::uint32_t m = dom.next_in(n, n); m != no_node; m = dom.next_in(m, n))
        if (dom.nodes[m].type == NodeType::text && text_length(dom.nodes[m].text) > 0) return true;
    return false;
}

// The box a small <form> stands in with its lead-in: besides the form, one or two blocks of
// running text (a heading, a sentence asking for the field), a line or two and no paragraph of
// prose (no run of text as long as two sentences). The lead-in says nothing once the form is gone (a newsletter box, "Leave a
// reply"). A box that holds blocks of blocks (a post above its comment form), more than two
// blocks, prose or the page's title is the page's, not the form's.
std::uint32_t lead_in_box(const Dom& dom, std::uint32_t form) {
    const std::uint32_t box = dom.nodes[form].parent;
    if (box == no_node || box == 0 || dom.is(box, GUMBO_TAG_BODY)) return no_node;
    int blocks = 0;
    for (std::uint32_t c = dom.nodes[box].first_child; c != no_node; c = dom.nodes[c].next_sibling) {
        if (c == form || dom.nodes[c].type != NodeType::element || !holds_text(dom, c)) continue;
        if (dom.is(c, GUMBO_TAG_H1) || ++blocks > 2) return no_node;
        for (std::uint32_t d = dom.next_in(c, c); d != no_node; d = dom.next_in(d, c)) {
            if (dom.nodes[d].type == NodeType::element && is_block_element(dom.nodes[d].tag)) return no_node;
            // (A lead-in is a line or a sentence; a run of two sentences' length is a paragraph:
            // a short post or a reply above its comment form.)
            if (dom.nodes[d].type == NodeType::text && text_length(dom.nodes[d].text) >= 2 * kProseRun) return no_node;
        }
    }
    return blocks > 0 && holds_form_text(dom, box) ? box : no_node;
}

// The nearest <form> above n, or no_node.
std::uint32_t enclosing_form(const Dom& dom, std::uint32_t n) {
    for (std::uint32_t p = dom.nodes[n].parent; p != no_node && p != 0; p = dom.nodes[p].parent) {
        if (dom.is(p, GUMBO_TAG_FORM)) return p;
        if (dom.is(p, GUMBO_TAG_BODY)) break;
    }
    return no_node;
}

// A form written without a <form> (a script sends it): the smallest box around a typing field
// that also holds a button. When its text is a short form's (a line or two of lead-in and
// labels, no paragraphs of prose) it is a sign-up or search box like any small form; a box of
// prose around a field is left alone. A field in a small <form> takes the form's lead-in box
// (lead_in_box; the form itself goes in prune), one in a large form (a page wrapped in one)
// nothing.
std::uint32_t formless_form(const Dom& dom, std::uint32_t field) {
    std::uint32_t box = dom.nodes[field].parent;
    for (int level = 0; level < kFormlessLevels && box != no_node && box != 0; ++level, box = dom.nodes[box].parent) {
        if (dom.is(box, GUMBO_TAG_BODY)) return no_node;
        if (dom.is(box, GUMBO_TAG_FORM)) return is_small_form(dom, box) ? lead_in_box(dom, box) : no_node;
        std::size_t seen = 0;
        bool button = false;
        for (std::uint32_t m = dom.next_in(box, box); m != no_node && seen < kFormlessWalk && !button; m = dom.next_in(m, box), ++seen)
            button = dom.nodes[m].type == NodeType::element && is_submit_control(dom, m);
        if (!button) continue;
        // (The field's box with its button inside a small <form> further up: the form's lead-in
        // box is what goes, the form itself goes in prune.)
        if (const std::uint32_t form = enclosing_form(dom, box); form != no_node && is_small_form(dom, form))
            if (const std::uint32_t lead = lead_in_box(dom, form); lead != no_node) return lead;
        return holds_form_text(dom, box) ? box : no_node;
    }
    return no_node;
}

constexpr std::size_t kLabelChars = 40;  // a label over a box: "Follow us", "Newsletter"

// (Gumbo 0.10 predates <picture>; its <img> stands inside it anyway.)
bool is_media(GumboTag t) {
    return t == GUMBO_TAG_IMG || t == GUMBO_TAG_VIDEO || t == GUMBO_TAG_FIGURE || t == GUMBO_TAG_IFRAME;
}

// The text of n outside the subtree of `inner`, in characters, counted up to `limit` (past it
// when a picture stands there).
std::size_t text_outside(const Dom& dom, std::uint32_t n, std::uint32_t inner, std::size_t limit) {
    std::size_t chars = 0;
    for (std::uint32_t m = dom.nodes[n].first_child; m != no_node && chars <= limit;) {
        if (m == inner) {
            m = dom.next_in(m, n, true);
            continue;
        }
        if (dom.nodes[m].type == NodeType::text) chars += text_length(dom.nodes[m].text);
        // (A picture or a video is content without text: a photo post is no label.)
        if (dom.nodes[m].type == NodeType::element && is_media(dom.nodes[m].tag)) return limit + 1;
        m = dom.next_in(m, n);
    }
    return chars;
}

// A form's box and the boxes around it that hold nothing else but a label ("Follow us" over
// buttons without text and the sign-up): once the form is gone, the label labels nothing.
std::uint32_t with_its_label(const Dom& dom, std::uint32_t box) {
    for (int level = 0; level < 2; ++level) {
        const std::uint32_t p = dom.nodes[box].parent;
        if (p == no_node || p == 0 || dom.is(p, GUMBO_TAG_BODY) || text_outside(dom, p, box, kLabelChars) > kLabelChars) break;
        box = p;
    }
    return box;
}

// The heading right before a form's box (past siblings without text) when the box ends its
// parent's text: the heading's section is the form alone ("Leave a comment"), and goes with it.
std::uint32_t heading_of_last(const Dom& dom, std::uint32_t box) {
    for (std::uint32_t s = dom.nodes[box].next_sibling; s != no_node; s = dom.nodes[s].next_sibling)
        if ((dom.nodes[s].type == NodeType::text && text_length(dom.nodes[s].text) > 0) ||
            (dom.nodes[s].type == NodeType::element && holds_text(dom, s)))
            return no_node;
    const std::uint32_t parent = dom.nodes[box].parent;
    std::uint32_t before = no_node;
    for (std::uint32_t s = parent == no_node ? no_node : dom.nodes[parent].first_child; s != box && s != no_node; s = dom.nodes[s].next_sibling)
        if ((dom.nodes[s].type == NodeType::text && text_length(dom.nodes[s].text) > 0) ||
            (dom.nodes[s].type == NodeType::element && holds_text(dom, s)))
            before = s;
    if (before == no_node || dom.nodes[before].type != NodeType::element) return no_node;
    const GumboTag t = dom.nodes[before].tag;
    return t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4 || t == GUMBO_TAG_H5 || t == GUMBO_TAG_H6 ? before : no_node;
}

// A hover card in running text: an inline element holding a picture and several links (the
// latest headlines about the person named just before it), shown by a script on hover. Its
// text is not the sentence's, and its links would make the paragraph look like a link list.
bool is_inline_card(const Dom& dom, std::uint32_t n) {
    if (dom.nodes[n].tag != GUMBO_TAG_SPAN) return false;
    bool in_paragraph = false;
    for (std::uint32_t p = dom.nodes[n].parent; p != no_node && !in_paragraph; p = dom.nodes[p].parent) {
        in_paragraph = dom.is(p, GUMBO_TAG_P) || dom.is(p, GUMBO_TAG_LI);
        if (!in_paragraph && dom.nodes[p].type == NodeType::element && is_block_element(dom.nodes[p].tag)) break;
    }
    if (!in_paragraph) return false;
    std::size_t links = 0, images = 0, text = 0, link_text = 0, seen = 0;
    for (std::uint32_t m = dom.next_in(n, n); m != no_node && seen < 400; m = dom.next_in(m, n), ++seen) {
        const DomNode& node = dom.nodes[m];
        if (node.type == NodeType::element) {
            links += node.tag == GUMBO_TAG_A;
            images += node.tag == GUMBO_TAG_IMG;
        } else if (node.type == NodeType::text) {
            text += node.text.size();
            for (std::uint32_t a = node.parent; a != n && a != no_node; a = dom.nodes[a].parent)
                if (dom.is(a, GUMBO_TAG_A)) {
                    link_text += node.text.size();
                    break;
                }
        }
    }
    return images >= 1 && links >= 3 && link_text * 5 >= text * 4;
}

// The attributes prune's element rules read, each as Dom::attr finds it (the first of its name),
// in one pass over the element's attributes: asked one by one they were eight passes, each
// comparing every attribute's name (~110 instructions an element on large pages).
struct PruneAttrs {
    bool hidden = false;
    std::string_view aria_hidden, style, type, role, cls, id;

    PruneAttrs(const Dom& dom, std::uint32_t n) {
        const DomNode& node = dom.nodes[n];
        // From the last back, so the first of a name is the one kept.
        for (std::uint32_t i = node.attr_begin + node.attr_count; i-- > node.attr_begin;) {
            const DomAttr& a = dom.attrs[i];
            switch (a.name.size()) {
                case 2: if (a.name == "id") id = a.value; break;
                case 4:
                    if (a.name == "type") type = a.value;
                    else if (a.name == "role") role = a.value;
                    break;
                case 5:
                    if (a.name == "class") cls = a.value;
                    else if (a.name == "style") style = a.value;
                    break;
                case 6: hidden = hidden || a.name == "hidden"; break;
                case 11: if (a.name == "aria-hidden") aria_hidden = a.value; break;
                default: break;
            }
        }
    }
    // is_hidden's answer.
    bool hide(GumboTag tag) const {
        return hidden || aria_hidden == "true" || hidden_by_style(style) || (tag == GUMBO_TAG_INPUT && type == "hidden");
    }
};

}  // namespace

bool is_hidden(const Dom& dom, std::uint32_t n) { return PruneAttrs(dom, n).hide(dom.nodes[n].tag); }

std::string class_and_id(const Dom& dom, std::uint32_t node) {
    std::string s = ascii_lower(dom.attr(node, "class"));
    const std::string_view id = dom.attr(node, "id");
    // Ids made of four or more words are slugs of the element's text ("economic-and-social-
    // consequences"), not names chosen by the template: they say nothing about chrome.
    if (!id.empty() && std::count(id.begin(), id.end(), '-') < 3) {
        s += ' ';
        s += ascii_lower(id);
    }
    return s;
}

std::size_t prune(Dom& dom, const HiddenSelectors& sheets) {
    std::size_t pruned = 0;
    const std::uint32_t root = 0;
    const Disclosures disclosures(dom);
    for (std::uint32_t n = 0; n < dom.nodes.size(); ++n) {
        if (dom.nodes[n].type != NodeType::element || !is_typing_field(dom, n)) continue;
        std::uint32_t box = formless_form(dom, n);
        if (box == no_node || dom.nodes[box].removed) continue;
        box = with_its_label(dom, box);
        dom.nodes[box].removed = true;
        ++pruned;
        if (const std::uint32_t h = heading_of_last(dom, box); h != no_node) {
            dom.nodes[h].removed = true;
            ++pruned;
        }
    }
    for (std::uint32_t n = 0; n != no_node;) {
        DomNode& node = dom.nodes[n];
        bool drop = false;
        if (node.type == NodeType::comment) {
            drop = true;
        } else if (node.type == NodeType::element) {
            const PruneAttrs attrs(dom, n);
            const bool fallback = node.tag == GUMBO_TAG_NOSCRIPT || node.tag == GUMBO_TAG_TEMPLATE;
            const bool captioned = node.tag == GUMBO_TAG_OBJECT && holds_fallback_prose(dom, n, 1, kObjectCaption);
            if (captioned) pruned += prune_object_notices(dom, n);
            drop = (fallback && !holds_fallback_prose(dom, n)) ||
                   (never_content(node.tag) && !captioned && !disclosures.is_accordion_toggle(dom, n)) ||
                   ((attrs.hide(node.tag) || sheets.hides(dom, n, attrs.cls, attrs.id, attrs.style)) && !disclosures.reveals_continuation(dom, n) &&
                    !disclosures.is_tab_panel_of_text(dom, n) && !disclosures.is_accordion_panel(dom, n)) ||
                   (node.tag == GUMBO_TAG_FORM && is_small_form(dom, n)) || is_inline_card(dom, n) ||
                   screen_reader_remark(dom, n, attrs.cls) || (slot_box_tag(node.tag) && is_slot_label_box(dom, n)) ||
                   (lone_stamp_tag(node.tag) && is_lone_stamp(dom, n)) ||
                   (node.tag == GUMBO_TAG_SUP && is_unlinked_sup_marker(dom, n)) || is_offer_box(dom, n);
            if (!drop && node.tag == GUMBO_TAG_A && node.first_child != no_node) pruned += prune_zoom_link_label(dom, n);
            // Images keep their place for figures; everything else role-marked as
            // navigation or UI chrome goes.
            if (!drop) {
                const std::string_view role = attrs.role;
                drop = role == "navigation" || role == "menu" || role == "menubar" ||
                       role == "search" || role == "dialog" || role == "alertdialog" ||
                       role == "banner" || role == "contentinfo" || role == "complementary";
            }
        }
        if (drop) {
            node.removed = true;
            ++pruned;
            n = dom.next_in(n, root, true);
        } else {
            n = dom.next_in(n, root);
        }
    }
    return pruned;
}

}  // namespace winnow::detail
