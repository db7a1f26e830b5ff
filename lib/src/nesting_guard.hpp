// Stage — nesting guard (between preclean and parse): a byte scanner that keeps hostile tag
// structure away from Gumbo, whose tree builder is quadratic in the depth of the open-element
// stack (100,000 nested <div>s take ~40 s inside gumbo_parse) and in the number of attributes
// of one tag (each new attribute is compared with every earlier one).
//
// It models the open-element stack roughly (void elements, raw-text elements, comments,
// the common implied end tags) and, once the modelled depth reaches max_depth, drops further
// start tags and their matching end tags; all text is kept, so deep content is flattened into
// its deepest allowed ancestor (the same thing Dom::parse does with its depth limit). Tags with
// more than max_attributes attributes keep them while the page's attribute budget lasts (what
// a page of the same size made of max_attributes-attribute tags would cost Gumbo), then lose
// the extra ones: broken quoting on a real page can make a tag of a few hundred attributes. Once the page has produced
// max_nodes nodes (tags, text runs, comments: what Dom::parse counts against the same limit)
// the rest of the input is cut: Dom::parse would drop those nodes anyway, and Gumbo's tree
// costs ~200 bytes a node, so a node-dense 50 MB page would need gigabytes. A page within
// the limits comes back byte for byte unchanged (changed == false), so normal pages parse
// exactly as before.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace winnow::detail {

struct GuardLimits {
    std::size_t max_depth = 512;
    std::size_t max_attributes = 128;
    std::size_t max_nodes = SIZE_MAX;
    std::size_t budget_bytes = 0;   // page size the attribute budget is sized by (0: the input's);
                                    // text placeholders shrink the input, not the budget
};

struct GuardedHtml {
    std::string html;            // filled only when changed
    bool changed = false;
    std::size_t dropped_tags = 0;
    std::size_t dropped_attributes = 0;
    std::size_t cut_at = SIZE_MAX;   // input offset where the node limit cut the page
};

GuardedHtml guard_nesting(std::string_view html, const GuardLimits& limits);

// Convenience for the pipeline: a view of the guarded bytes (the input itself when nothing
// changed, else `storage`); `changed` tells whether anything was dropped.
std::string_view guard_nesting(std::string_view html, const GuardLimits& limits, std::string& storage, bool& changed);

namespace nesting { class Guard; }

// A tag name of at most 16 bytes as the scanner read it, A-Z lower-cased, as two words of its
// bytes zero-padded (the key the guard finds its known names by, so it need not fold them again);
// length 0 when the name is longer (then the raw name is read).
struct FoldedName {
    std::uint64_t lo = 0, hi = 0;
    std::size_t length = 0;
};

// The guard's model fed by preclean's scanner, so that a page's tags are read once: the scanner
// reports each start and end tag it reads (names are views into `page`, the scanner's input)
// and each '<' it visits. A page the model finds within every limit comes out of guard_nesting
// unchanged, and the guard's own pass is skipped. The scanner reads the page before its edits
// (the guard reads them after): they only drop attributes and blank bodies, so the tags, their
// nesting and the '<'s are the same, and attribute counts can only fall. Where the two readings
// may part (the scanner bailed, foreign content it does not skip, a kept script with an end tag
// inside) the scanner calls unsure() and the guard runs as before.
class NestingCheck {
public:
    NestingCheck(std::string_view page, const GuardLimits& limits);
    ~NestingCheck();
    NestingCheck(const NestingCheck&) = delete;
    NestingCheck& operator=(const NestingCheck&) = delete;
    void start_tag(std::string_view raw_name, bool self_closing, std::size_t attributes, const FoldedName& folded = {});
    void end_tag(std::string_view raw_name, const FoldedName& folded = {});
    void markup() { ++markup_; }
    void unsure() { needed_ = true; }
    // Whether guard_nesting could change the precleaned page.
    bool guard_needed() const;

private:
    std::unique_ptr<nesting::Guard> model_;
    std::size_t max_attributes_, max_nodes_;
    std::size_t markup_ = 0;   // '<'s visited: each makes at most two nodes (text before it, the tag)
    bool needed_ = false;
};

}  // namespace winnow::detail
