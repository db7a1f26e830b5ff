// Helper of stage 5 (prune) — what the page's own style sheets hide: the simple selectors
// (".a", "#b", "div.a") of top-level rules in its <style> blocks that say display:none or
// visibility:hidden, less any name another rule anywhere shows again (a breakpoint's
// display:block, ".tab.active"). No cascade engine: one class or id, read from inline sheets.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parse_html.hpp"

namespace winnow::detail {

// A <style> element as the page wrote it: its start tag and its body (views into the page).
struct StyleSheetText {
    std::string_view start_tag, body;
};

class HiddenSelectors {
public:
    HiddenSelectors() = default;
    // The sheets as the preclean scanner found them (it blanks their bodies for the parser).
    explicit HiddenSelectors(const std::vector<StyleSheetText>& sheets);
    // The sheets read from the DOM's <style> elements (when the page was not precleaned).
    explicit HiddenSelectors(const Dom& dom);

    bool empty() const { return hidden_.empty(); }
    // Whether a rule of the page's sheets hides element n (no inline style shows it again).
    bool hides(const Dom& dom, std::uint32_t n) const;
    // The same, given n's class, id and style attributes as Dom::attr reads them.
    bool hides(const Dom& dom, std::uint32_t n, std::string_view cls, std::string_view id, std::string_view style) const;

private:
    struct Name {
        std::string tag;   // lower case; empty: any element
        std::string name;  // the class or id, as written
        bool id = false;
        auto operator<=>(const Name&) const = default;
    };
    std::vector<Name> hidden_;
    std::vector<std::string> shown_;  // class and id names some rule shows

    void add_sheet(std::string_view start_tag, std::string_view css);
    void add_rule(std::string_view selectors, std::string_view declarations, bool nested);
    void finish();
    bool hidden_name(std::string_view tag, std::string_view name, bool id) const;
};

// Whether a <style> start tag's media attribute lets its rules apply on a screen (none, "all",
// "screen"...: not "print" alone).
bool style_applies_to_screen(std::string_view start_tag);

}  // namespace winnow::detail
