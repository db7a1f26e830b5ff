#include "nesting_guard.hpp"

#include "ascii.hpp"
#include "nesting_tags.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace winnow::detail {

namespace {

// How far down the modelled stack an implied-end-tag or scope check looks. Real pages need a
// few levels; the bound keeps hostile pages (a <p> under 100,000 open <span>s) linear.
constexpr std::size_t scan_limit = 256;
// Tag names are compared on their first bytes only (longer names are junk anyway).
constexpr std::size_t name_key_limit = 32;

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// Comparisons Gumbo's duplicate check makes on a tag of n attributes (saturating).
std::size_t attribute_pairs(std::size_t n) {
    if (n > (std::size_t{1} << 32)) return SIZE_MAX;
    return n < 2 ? 0 : n * (n - 1) / 2;
}

std::size_t saturating_add(std::size_t a, std::size_t b) { return a > SIZE_MAX - b ? SIZE_MAX : a + b; }

// What the page's long tags (more than `cap` attributes) may cost Gumbo's duplicate-attribute
// check, in attribute pairs: one per four input bytes, plus what 64 tags of `cap` attributes
// cost. Gumbo spends ~250 instructions on a pair (strlen and memcmp of both names) and ~450 on
// a byte of ordinary markup (callgrind), so long tags add at most about 15% to the parse of a
// page of the same size, plus ~130 M instructions; a real page whose broken quoting turned a few
// paragraphs into some hundred attributes each passes unchanged.
std::size_t attribute_pair_budget(std::size_t size, std::size_t cap) {
    const std::size_t cap_tags = attribute_pairs(cap);
    return saturating_add(size / 4, cap_tags > SIZE_MAX / 64 ? SIZE_MAX : 64 * cap_tags);
}

}  // namespace

namespace nesting {

// Foreign content (SVG, MathML) deeper than this is flattened: drawings nest a few dozen levels,
// and each end tag Gumbo reads there walks the open elements (100,000 <svg> then as many
// </div>: ~1 s at the DOM depth limit).
constexpr std::size_t kMaxForeignDepth = 64;

class Guard {
public:
    Guard(std::string_view in, const GuardLimits& limits)
        : in_(in), max_depth_(limits.max_depth == 0 ? 1 : limits.max_depth), max_attributes_(limits.max_attributes),
          max_nodes_(limits.max_nodes), attribute_pair_budget_(attribute_pair_budget(limits.budget_bytes ? limits.budget_bytes : in.size(), limits.max_attributes)) {
        open_.assign(k_known_count, 0);
    }

    GuardedHtml run() {
        std::size_t i = 0;
        const std::size_t n = in_.size();
        while (i < n) {
            const std::size_t lt = in_.find('<', i);
            if (lt == std::string_view::npos || lt + 1 >= n) break;
            const char c = in_[lt + 1];
            // Text before this markup is one node, a start tag or comment another.
            nodes_ += (lt > i) + (is_alpha(c) || c == '!');
            if (nodes_ > max_nodes_) {
                cut_at_ = lt;
                break;
            }
            if (c == '!') {
                i = skip_markup_declaration(lt);
            } else if (c == '?') {
                i = skip_to_gt(lt + 2);
            } else if (c == '/') {
                if (lt + 2 < n && is_alpha(in_[lt + 2])) i = end_tag(lt);
                else i = lt + 2 < n && in_[lt + 2] == '>' ? lt + 3 : skip_to_gt(lt + 2);
            } else if (is_alpha(c)) {
                i = start_tag(lt);
            } else {
                i = lt + 1;
            }
        }
        GuardedHtml result;
        result.dropped_tags = dropped_tags_;
        result.dropped_attributes = dropped_attributes_;
        result.cut_at = cut_at_;
        if (copied_ > 0 || dropped_tags_ > 0 || dropped_attributes_ > 0 || cut_at_ != SIZE_MAX) {
            const std::size_t end = std::min(cut_at_, in_.size());
            if (end > copied_) out_.append(in_.substr(copied_, end - copied_));
            result.html = std::move(out_);
            result.changed = true;
        }
        return result;
    }

private:
    struct Entry {
        std::uint32_t id;
        bool dropped;
    };

    std::string_view in_;
    std::size_t max_depth_;
    std::size_t max_attributes_;
    std::size_t max_nodes_;
    std::size_t attribute_pair_budget_;   // attribute pairs long tags may still cost Gumbo
    std::size_t nodes_ = 0;             // tags, text runs and comments seen so far
    std::size_t cut_at_ = SIZE_MAX;
    struct NameHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, std::uint32_t, NameHash, std::equal_to<>> other_ids_;   // names not in known_names
    std::vector<std::uint32_t> open_;   // per name id: entries of that name on the stack
    std::vector<Entry> stack_;
    std::size_t real_depth_ = 0;        // entries not dropped (they sit below every dropped one)
    std::size_t foreign_ = 0;           // open svg/math
    std::size_t foreign_base_ = 0;      // real_depth_ below the outermost open svg/math
    std::string out_;
    std::size_t copied_ = 0;            // in_[0, copied_) has been accounted for in out_
    std::size_t dropped_tags_ = 0;
    std::size_t dropped_attributes_ = 0;

    std::size_t skip_to_gt(std::size_t from) const {
        const std::size_t gt = in_.find('>', from);
        return gt == std::string_view::npos ? in_.size() : gt + 1;
    }

    std::size_t skip_markup_declaration(std::size_t lt) const {
        const std::string_view rest = in_.substr(lt);
        if (rest.starts_with("<!--")) {
            // "<!-->" and "<!--->" are complete (empty) comments; otherwise "-->" or "--!>" ends it.
            if (rest.starts_with("<!-->")) return lt + 5;
            if (rest.starts_with("<!--->")) return lt + 6;
            std::size_t p = lt + 4;
            for (;;) {
                const std::size_t dd = in_.find("--", p);
                if (dd == std::string_view::npos) return in_.size();
                if (dd + 2 < in_.size() && in_[dd + 2] == '>') return dd + 3;
                if (dd + 3 < in_.size() && in_[dd + 2] == '!' && in_[dd + 3] == '>') return dd + 4;
                p = dd + 1;
            }
        }
        if (foreign_ > 0 && rest.starts_with("<![CDATA[")) {
            const std::size_t end = in_.find("]]>", lt + 9);
            return end == std::string_view::npos ? in_.size() : end + 3;
        }
        return skip_to_gt(lt + 2);
    }

    // intern(raw) for a name the scanner already folded into words (folded.length == raw.size()).
    std::uint32_t intern(std::string_view raw, const FoldedName& folded) {
        if (folded.length == 0) return intern(raw);
        if (const std::uint32_t id = known_id(NameWords{folded.lo, folded.hi}, folded.length); id != k_known_count) return id;
        return other_id(raw, folded.length);
    }

    std::uint32_t intern(std::string_view raw) {
        const std::size_t length = std::min(raw.size(), name_key_limit);
        if (length <= 16) {
            // Every tag is looked up: a short name is folded and found eight bytes at a time.
            NameWords w;
            if (raw.data() + 16 <= in_.data() + in_.size()) {
                // Sixteen bytes read as two words (a tag's name is followed by the rest of the
                // tag), those past the name masked off.
                std::memcpy(&w.lo, raw.data(), 8);
                std::memcpy(&w.hi, raw.data() + 8, 8);
                w.lo &= low_bytes(length);
                w.hi &= length > 8 ? low_bytes(length - 8) : 0;
            } else {
                char bytes[16] = {};
                for (std::size_t k = 0; k < length; ++k) bytes[k] = raw[k];
                std::memcpy(&w.lo, bytes, 8);
                std::memcpy(&w.hi, bytes + 8, 8);
            }
            w.lo = fold_word(w.lo);
            w.hi = fold_word(w.hi);
            if (const std::uint32_t id = known_id(w, length); id != k_known_count) return id;
        }
        return other_id(raw, length);
    }

    // The id of a name no known one (its first `length` bytes, folded).
    std::uint32_t other_id(std::string_view raw, std::size_t length) {
        std::array<char, name_key_limit> folded{};
        for (std::size_t k = 0; k < length; ++k) folded[k] = lower(raw[k]);
        const std::string_view key(folded.data(), length);
        // Looked up by view: a page's unknown names ("o:p", "fb:like") repeat, and a string
        // built for each lookup would cost an allocation per tag.
        if (const auto it = other_ids_.find(key); it != other_ids_.end()) return it->second;
        const auto id = static_cast<std::uint32_t>(open_.size());
        other_ids_.emplace(std::string(key), id);
        open_.push_back(0);
        return id;
    }

    // A name of at most 16 bytes, zero-padded, as two words.
    struct NameWords {
        std::uint64_t lo = 0, hi = 0;
    };

    // A mask of the first n bytes in memory of a word (n at most 8).
    static std::uint64_t low_bytes(std::size_t n) {
        if (n >= 8) return ~std::uint64_t{0};
        if (n == 0) return 0;
        if constexpr (std::endian::native == std::endian::little) return (std::uint64_t{1} << (8 * n)) - 1;
        else return ~std::uint64_t{0} << (8 * (8 - n));
    }

    // The eight bytes of w with A-Z lower-cased, every other byte as it was.
    static std::uint64_t fold_word(std::uint64_t w) {
        constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
        const std::uint64_t low7 = w & ~highs;
        const std::uint64_t from_a = low7 + ones * (0x80 - 'A');       // high bit: low7 >= 'A'
        const std::uint64_t past_z = low7 + ones * (0x80 - 'Z' - 1);   // high bit: low7 > 'Z'
        const std::uint64_t upper = from_a & ~past_z & ~w & highs;     // and the byte is ASCII
        return w | (upper >> 2);                                       // 0x80 >> 2 is the case bit
    }

    static constexpr std::size_t known_table_bits = 9;
    static constexpr std::size_t known_table_size = std::size_t{1} << known_table_bits;

    static std::size_t known_slot(const NameWords& w, std::size_t length) {
        const std::uint64_t h = (w.lo ^ (w.hi * 0x9E3779B97F4A7C15ull) ^ length) * 0xFF51AFD7ED558CCDull;
        return static_cast<std::size_t>(h >> (64 - known_table_bits));
    }

    // The id of a known name (folded, of `length` bytes), k_known_count for any other. The known
    // names sit in a small open-addressed table, a fifth full: a lookup compares about one name.
    static std::uint32_t known_id(const NameWords& w, std::size_t length) {
        struct Slot {
            NameWords words;
            std::uint8_t length = 0;
            std::uint8_t id = 0xFF;
        };
        static const std::array<Slot, known_table_size> table = [] {
            std::array<Slot, known_table_size> t{};
            for (std::uint32_t i = 0; i < k_known_count; ++i) {
                const std::string_view name = known_names[i];
                char bytes[16] = {};
                std::memcpy(bytes, name.data(), name.size());
                NameWords nw;
                std::memcpy(&nw.lo, bytes, 8);
                std::memcpy(&nw.hi, bytes + 8, 8);
                std::size_t s = known_slot(nw, name.size());
                while (t[s].id != 0xFF) s = (s + 1) & (known_table_size - 1);
                t[s] = Slot{nw, static_cast<std::uint8_t>(name.size()), static_cast<std::uint8_t>(i)};
            }
            return t;
        }();
        if (length == 0) return k_known_count;
        for (std::size_t s = known_slot(w, length);; s = (s + 1) & (known_table_size - 1)) {
            const Slot& slot = table[s];
            if (slot.id == 0xFF) return k_known_count;
            if (slot.words.lo == w.lo && slot.words.hi == w.hi && slot.length == length)
                return slot.id == k_image ? std::uint32_t{k_img} : slot.id;   // <image> is <img>
        }
    }

    // Scans a tag from `name_begin`; returns one past its '>' (npos: unterminated, the
    // tokenizer discards it) and records attribute ranges and a trailing self-closing slash.
    struct TagScan {
        std::size_t name_end = 0;
        std::size_t end = std::string_view::npos;
        bool self_closing = false;
        std::size_t attributes = 0;
        std::size_t keep_until = 0;   // end of the last attribute we keep
    };

    TagScan scan_tag(std::size_t name_begin) const {
        TagScan t;
        const std::size_t n = in_.size();
        std::size_t p = name_begin;
        while (p < n && !ends_tag_name(in_[p])) ++p;
        t.name_end = p;
        t.keep_until = p;
        while (p < n) {
            const char c = in_[p];
            if (c == '>') {
                t.end = p + 1;
                return t;
            }
            if (is_ws(c)) {
                ++p;
                continue;
            }
            if (c == '/') {
                if (p + 1 < n && in_[p + 1] == '>') {
                    t.self_closing = true;
                    t.end = p + 2;
                    return t;
                }
                ++p;
                continue;
            }
            // Attribute name (a leading '=' belongs to it), then an optional value.
            ++p;
            while (p < n && !ends_attribute_name(in_[p])) ++p;
            std::size_t q = p;
            while (q < n && is_ws(in_[q])) ++q;
            if (q < n && in_[q] == '=') {
                ++q;
                while (q < n && is_ws(in_[q])) ++q;
                if (q < n && (in_[q] == '"' || in_[q] == '\'')) {
                    const std::size_t close = in_.find(in_[q], q + 1);
                    if (close == std::string_view::npos) return t;
                    p = close + 1;
                } else {
                    while (q < n && !is_ws(in_[q]) && in_[q] != '>') ++q;
                    p = q;
                }
            }
            if (++t.attributes <= max_attributes_) t.keep_until = p;
        }
        return t;
    }

    // Gumbo checks each new attribute of a tag against all earlier ones: a tag with n attributes
    // costs n(n-1)/2 comparisons. A long tag is left whole while the page's long tags together
    // stay within the budget; past it, tags keep their first max_attributes.
    bool afford_attributes(std::size_t n) {
        const std::size_t pairs = attribute_pairs(n);
        if (pairs > attribute_pair_budget_) return false;
        attribute_pair_budget_ -= pairs;
        return true;
    }

    void drop(std::size_t begin, std::size_t end) {
        out_.append(in_.substr(copied_, begin - copied_));
        copied_ = end;
        ++dropped_tags_;
    }

    void push(std::uint32_t id, bool dropped) {
        stack_.push_back({id, dropped});
        ++open_[id];
        if ((id == k_svg || id == k_math) && foreign_++ == 0) foreign_base_ = real_depth_;
        if (!dropped) ++real_depth_;
    }

    Entry pop() {
        const Entry e = stack_.back();
        stack_.pop_back();
        --open_[e.id];
        if (!e.dropped) --real_depth_;
        if (e.id == k_svg || e.id == k_math) --foreign_;
        return e;
    }

    // Pops through the nearest `id` (which must be open); returns whether that entry was dropped.
    bool pop_through(std::uint32_t id) {
        for (;;) {
            const Entry e = pop();
            if (e.id == id) return e.dropped;
        }
    }

    // Index from the top of the nearest entry whose id satisfies `match`, looking no further
    // than a `stop` entry or scan_limit entries; npos when none.
    template <class Match, class Stop>
    std::size_t find_open(Match match, Stop stop) const {
        const std::size_t limit = std::min(stack_.size(), scan_limit);
        for (std::size_t k = 0; k < limit; ++k) {
            const std::uint32_t id = stack_[stack_.size() - 1 - k].id;
            if (match(id)) return k;
            if (stop(id)) return std::string_view::npos;
        }
        return std::string_view::npos;
    }

    void pop_entries(std::size_t count_from_top) {
        for (std::size_t k = 0; k <= count_from_top; ++k) pop();
    }

    // The implied end tags a start tag causes, roughly as the tree builder applies them.
    void implied_end_tags(std::uint32_t id) {
        if (foreign_ > 0) return;
        auto none = [](std::uint32_t) { return false; };
        if (closes_p(id) && open_[k_p] > 0) {
            const std::size_t k = find_open([](std::uint32_t x) { return x == k_p; }, is_scope_boundary);
            if (k != std::string_view::npos) pop_entries(k);
        }
        if (is_heading(id) && !stack_.empty() && is_heading(stack_.back().id)) pop();
        std::size_t k = std::string_view::npos;
        switch (id) {
            case k_li:
                if (open_[k_li] > 0)
                    k = find_open([](std::uint32_t x) { return x == k_li; },
                                  [](std::uint32_t x) { return x == k_ul || x == k_ol || is_scope_boundary(x); });
                break;
            case k_dd: case k_dt:
                if (open_[k_dd] + open_[k_dt] > 0)
                    k = find_open([](std::uint32_t x) { return x == k_dd || x == k_dt; },
                                  [](std::uint32_t x) { return x == k_dl || is_scope_boundary(x); });
                break;
            case k_option:
                if (!stack_.empty() && stack_.back().id == k_option) k = 0;
                break;
            case k_optgroup:
                if (open_[k_optgroup] + open_[k_option] > 0)
                    k = find_open([](std::uint32_t x) { return x == k_optgroup; },
                                  [](std::uint32_t x) { return x != k_option; });
                if (k == std::string_view::npos && !stack_.empty() && stack_.back().id == k_option) k = 0;
                break;
            case k_tr:
                if (open_[k_tr] > 0)
                    k = find_open([](std::uint32_t x) { return x == k_tr; }, [](std::uint32_t x) { return x == k_table; });
                break;
            case k_td: case k_th:
                if (open_[k_td] + open_[k_th] > 0)
                    k = find_open([](std::uint32_t x) { return x == k_td || x == k_th; },
                                  [](std::uint32_t x) { return x == k_tr || x == k_table; });
                break;
            case k_thead: case k_tbody: case k_tfoot: case k_caption: case k_colgroup:
                k = find_open([](std::uint32_t x) { return x == k_thead || x == k_tbody || x == k_tfoot ||
                                                           x == k_caption || x == k_colgroup; },
                              [](std::uint32_t x) { return x == k_table; });
                break;
            case k_a: case k_button: case k_select: case k_form:
                if (open_[id] > 0) k = find_open([id](std::uint32_t x) { return x == id; }, none);
                break;
            default: break;
        }
        if (k != std::string_view::npos) pop_entries(k);
    }

    std::size_t start_tag(std::size_t lt) {
        const TagScan t = scan_tag(lt + 1);
        if (t.end == std::string_view::npos) return in_.size();   // EOF inside a tag
        const std::uint32_t id = intern(in_.substr(lt + 1, t.name_end - lt - 1));
        const bool raw = foreign_ == 0 && (is_raw_text(id) || id == k_plaintext);
        bool dropped = false;
        const bool structural = is_structural(id, raw, t.self_closing);
        if (structural) {
            implied_end_tags(id);
            dropped = real_depth_ >= max_depth_ || (foreign_ > 0 && real_depth_ - foreign_base_ >= kMaxForeignDepth);
            push(id, dropped);
        }
        if (dropped) {
            drop(lt, t.end);
        } else if (t.attributes > max_attributes_ && !afford_attributes(t.attributes)) {
            out_.append(in_.substr(copied_, lt - copied_));
            out_.append(in_.substr(lt, t.keep_until - lt));
            out_.append(t.self_closing ? "/>" : ">");
            copied_ = t.end;
            dropped_attributes_ += t.attributes - max_attributes_;
        }
        if (raw) return id == k_plaintext ? in_.size() : skip_raw_text(t.end, id);
        return t.end;
    }

    bool is_structural(std::uint32_t id, bool raw, bool self_closing) const {
        return !raw && !is_void(id) && !(foreign_ > 0 && self_closing) && id != k_html && id != k_head &&
               id != k_body && id != k_frameset;
    }

public:
    // The model fed by another reader (NestingCheck): false when the tag would be dropped, or
    // when foreign content is open (the guard then reads raw-text elements as markup).
    bool model_start(std::string_view raw_name, bool self_closing, const FoldedName& folded) {
        if (foreign_ > 0) return false;
        const std::uint32_t id = intern(raw_name, folded);
        if (!is_structural(id, is_raw_text(id) || id == k_plaintext, self_closing)) return true;
        implied_end_tags(id);
        if (real_depth_ >= max_depth_) return false;
        push(id, false);
        return true;
    }
    void model_end(std::string_view raw_name, const FoldedName& folded) {
        const std::uint32_t id = intern(raw_name, folded);
        if (id < open_.size() && open_[id] > 0) pop_through(id);
    }

private:
    // Raw text runs to "</name" followed by whitespace, '/' or '>' (any case); the end tag
    // is consumed with it.
    std::size_t skip_raw_text(std::size_t from, std::uint32_t id) const {
        const std::string_view name = known_names[id];
        std::size_t p = from;
        for (;;) {
            const std::size_t lt = in_.find("</", p);
            if (lt == std::string_view::npos) return in_.size();
            std::size_t q = lt + 2;
            std::size_t k = 0;
            while (k < name.size() && q < in_.size() && lower(in_[q]) == name[k]) ++k, ++q;
            if (k == name.size() && q < in_.size() && (is_ws(in_[q]) || in_[q] == '/' || in_[q] == '>'))
                return skip_to_gt(q);
            p = lt + 2;
        }
    }

    std::size_t end_tag(std::size_t lt) {
        const TagScan t = scan_tag(lt + 2);
        if (t.end == std::string_view::npos) return in_.size();
        const std::uint32_t id = intern(in_.substr(lt + 2, t.name_end - lt - 2));
        if (id >= open_.size() || open_[id] == 0) return t.end;   // stray end tag: Gumbo ignores it
        if (pop_through(id)) drop(lt, t.end);
        return t.end;
    }

};

}  // namespace nesting

NestingCheck::NestingCheck(std::string_view page, const GuardLimits& limits)
    : model_(std::make_unique<nesting::Guard>(page, limits)), max_attributes_(limits.max_attributes),
      max_nodes_(limits.max_nodes) {}

NestingCheck::~NestingCheck() = default;

void NestingCheck::start_tag(std::string_view raw_name, bool self_closing, std::size_t attributes, const FoldedName& folded) {
    if (needed_) return;
    // Past max_attributes the guard weighs the page's attribute budget: let it.
    if (attributes > max_attributes_ || !model_->model_start(raw_name, self_closing, folded)) needed_ = true;
}

void NestingCheck::end_tag(std::string_view raw_name, const FoldedName& folded) {
    if (!needed_) model_->model_end(raw_name, folded);
}

bool NestingCheck::guard_needed() const {
    return needed_ || markup_ > max_nodes_ / 2;
}

GuardedHtml guard_nesting(std::string_view html, const GuardLimits& limits) {
    return nesting::Guard(html, limits).run();
}

std::string_view guard_nesting(std::string_view html, const GuardLimits& limits, std::string& storage, bool& changed) {
    GuardedHtml g = guard_nesting(html, limits);
    changed = g.changed;
    if (!g.changed) return html;
    storage = std::move(g.html);
    return storage;
}

}  // namespace winnow::detail
