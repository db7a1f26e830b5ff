#include "css_hidden.hpp"

#include <algorithm>
#include <tuple>

#include "text_lines.hpp"

namespace winnow::detail {

namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

std::string_view trim(std::string_view s) {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
           static_cast<unsigned char>(c) >= 0x80;
}

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// What a rule's declarations say of showing: -1 hides (display:none, visibility:hidden), +1
// shows (any other display, visibility:visible), 0 neither.
int visibility_of(std::string_view declarations) {
    int verdict = 0;
    while (!declarations.empty()) {
        const std::size_t semi = declarations.find(';');
        const std::string_view decl = declarations.substr(0, semi);
        declarations = semi == std::string_view::npos ? std::string_view() : declarations.substr(semi + 1);
        const std::size_t colon = decl.find(':');
        if (colon == std::string_view::npos) continue;
        const std::string property = ascii_lower(trim(decl.substr(0, colon)));
        std::string value = ascii_lower(trim(decl.substr(colon + 1)));
        if (const std::size_t bang = value.find('!'); bang != std::string::npos) value = std::string(trim(std::string_view(value).substr(0, bang)));
        if (property == "display") verdict = value == "none" ? -1 : +1;
        else if (property == "visibility" && (value == "hidden" || value == "visible")) verdict = value == "hidden" ? -1 : +1;
    }
    return verdict;
}

// The class and id names of a selector's last compound (the element the rule styles).
template <class F>
void subject_names(std::string_view selector, F&& each) {
    std::size_t start = selector.size();
    while (start > 0 && !is_space(selector[start - 1]) && selector[start - 1] != '>' && selector[start - 1] != '+' &&
           selector[start - 1] != '~')
        --start;
    const std::string_view compound = selector.substr(start);
    for (std::size_t i = 0; i < compound.size(); ++i) {
        if (compound[i] != '.' && compound[i] != '#') continue;
        std::size_t end = i + 1;
        while (end < compound.size() && is_name_char(compound[end])) ++end;
        if (end > i + 1) each(compound.substr(i + 1, end - i - 1));
        i = end - 1;
    }
}

}  // namespace

bool style_applies_to_screen(std::string_view start_tag) {
    const std::string tag = ascii_lower(start_tag);
    const std::size_t at = tag.find("media");
    if (at == std::string::npos) return true;
    std::size_t v = tag.find('=', at);
    if (v == std::string::npos) return true;
    const std::size_t end = tag.find_first_of(">", v);
    const std::string_view value(tag.data() + v + 1, (end == std::string::npos ? tag.size() : end) - v - 1);
    return value.find("all") != std::string_view::npos || value.find("screen") != std::string_view::npos;
}

HiddenSelectors::HiddenSelectors(const std::vector<StyleSheetText>& sheets) {
    for (const StyleSheetText& s : sheets) add_sheet(s.start_tag, s.body);
    finish();
}

HiddenSelectors::HiddenSelectors(const Dom& dom) {
    for (std::uint32_t n = 0; n < dom.nodes.size(); ++n) {
        if (!dom.is(n, GUMBO_TAG_STYLE)) continue;
        const std::uint32_t text = dom.nodes[n].first_child;
        if (text == no_node || dom.nodes[text].type == NodeType::element) continue;
        const std::string_view media = dom.attr(n, "media");
        if (!media.empty() && !style_applies_to_screen(std::string("<style media=\"") + std::string(media) + "\">")) continue;
        add_sheet({}, dom.nodes[text].text);
    }
    finish();
}

// Rules in order, comments skipped; a block under an at-rule (@media, @supports) is read for
// the names it shows only: a rule that hides at one width does not hide on every screen.
void HiddenSelectors::add_sheet(std::string_view start_tag, std::string_view css) {
    if (!start_tag.empty() && !style_applies_to_screen(start_tag)) return;
    std::vector<bool> at_rule;  // the open blocks: an at-rule's or a style rule's
    std::size_t start = 0, rule_open = 0;
    std::string_view prelude;
    for (std::size_t i = 0; i < css.size(); ++i) {
        const char c = css[i];
        if (c == '/' && i + 1 < css.size() && css[i + 1] == '*') {
            const std::size_t close = css.find("*/", i + 2);
            if (close == std::string_view::npos) break;
            if (start == i) start = close + 2;
            i = close + 1;
        } else if (c == '{') {
            const std::string_view head = trim(css.substr(start, i - start));
            const bool at = !head.empty() && head.front() == '@';
            at_rule.push_back(at);
            if (!at) {
                prelude = head;
                rule_open = i + 1;
            }
            start = i + 1;
        } else if (c == '}') {
            if (!at_rule.empty()) {
                if (!at_rule.back()) {
                    const bool nested = std::count(at_rule.begin(), at_rule.end(), true) > 0;
                    add_rule(prelude, css.substr(rule_open, i - rule_open), nested);
                }
                at_rule.pop_back();
            }
            start = i + 1;
        } else if (c == ';' && (at_rule.empty() || at_rule.back())) {
            start = i + 1;  // an at-statement (@import, @charset) ends
        }
    }
}

void HiddenSelectors::add_rule(std::string_view selectors, std::string_view declarations, bool nested) {
    const int verdict = visibility_of(declarations);
    if (verdict == 0) return;
    while (!selectors.empty()) {
        const std::size_t comma = selectors.find(',');
        const std::string_view selector = trim(selectors.substr(0, comma));
        selectors = comma == std::string_view::npos ? std::string_view() : selectors.substr(comma + 1);
        if (verdict > 0) {
            subject_names(selector, [&](std::string_view name) { shown_.emplace_back(name); });
            continue;
        }
        if (nested) continue;
        // A simple selector: an optional tag, then one class or one id.
        std::size_t k = 0;
        while (k < selector.size() && (is_letter(selector[k]) || (k > 0 && selector[k] >= '0' && selector[k] <= '9'))) ++k;
        if (k >= selector.size() || (selector[k] != '.' && selector[k] != '#') || k + 1 >= selector.size()) continue;
        const std::string_view name = selector.substr(k + 1);
        if (!std::all_of(name.begin(), name.end(), is_name_char) || (name.front() >= '0' && name.front() <= '9')) continue;
        hidden_.push_back({ascii_lower(selector.substr(0, k)), std::string(name), selector[k] == '#'});
    }
}

void HiddenSelectors::finish() {
    std::sort(shown_.begin(), shown_.end());
    std::erase_if(hidden_, [&](const Name& h) { return std::binary_search(shown_.begin(), shown_.end(), h.name); });
    std::sort(hidden_.begin(), hidden_.end());
    hidden_.erase(std::unique(hidden_.begin(), hidden_.end()), hidden_.end());
    shown_.clear();
    shown_.shrink_to_fit();
}

bool HiddenSelectors::hidden_name(std::string_view tag, std::string_view name, bool id) const {
    using Key = std::tuple<std::string_view, std::string_view, bool>;
    const auto less = [](const Name& a, const Key& k) { return Key(a.tag, a.name, a.id) < k; };
    for (std::string_view t : {std::string_view(), tag}) {
        const Key key(t, name, id);
        const auto it = std::lower_bound(hidden_.begin(), hidden_.end(), key, less);
        if (it != hidden_.end() && Key(it->tag, it->name, it->id) == key) return true;
    }
    return false;
}

bool HiddenSelectors::hides(const Dom& dom, std::uint32_t n) const {
    if (hidden_.empty() || dom.nodes[n].type != NodeType::element) return false;
    return hides(dom, n, dom.attr(n, "class"), dom.attr(n, "id"), dom.attr(n, "style"));
}

bool HiddenSelectors::hides(const Dom& dom, std::uint32_t n, std::string_view cls, std::string_view id,
                            std::string_view style) const {
    if (hidden_.empty() || dom.nodes[n].type != NodeType::element) return false;
    if (cls.empty() && id.empty()) return false;
    // (An inline display of its own shows the element whatever the sheet says.)
    if (visibility_of(style) > 0) return false;
    const std::string_view tag = gumbo_normalized_tagname(dom.nodes[n].tag);
    if (!id.empty() && hidden_name(tag, id, true)) return true;
    for (std::size_t i = 0; i < cls.size();) {
        while (i < cls.size() && is_space(cls[i])) ++i;
        std::size_t end = i;
        while (end < cls.size() && !is_space(cls[end])) ++end;
        if (end > i && hidden_name(tag, cls.substr(i, end - i), false)) return true;
        i = end;
    }
    return false;
}

}  // namespace winnow::detail
