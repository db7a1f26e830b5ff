// Internal to the dates stage: the candidates it gathers and the collector that gathers and
// weighs them. Its jobs live in four files: date_flags.cpp (what the class and id names around
// each node say: skip, weak, dateish, updated), date_sources.cpp (the structured sources: URL,
// meta tags, JSON-LD, microdata, <time>, <abbr>, data attributes, image paths), date_runs.cpp
// (dates in the page's runs of text: bylines, datelines, dates in passing) and dates.cpp
// (bounds, weighing and choosing).
#pragma once
#include <unordered_map>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "date_labels.hpp"
#include "dates.hpp"
#include "json_value.hpp"
#include "limits.hpp"
#include "string_bits_cache.hpp"

namespace winnow::detail::date_collect {

enum class Source : std::uint8_t { json_ld, meta, microdata, time_element, abbr, data_attribute, url, byline, text, image };

struct Candidate {
    int day_key = 0;          // yyyymmdd
    std::string iso;          // as precise as the source gave it
    Source source = Source::text;
    DateLabel kind = DateLabel::none;
    int weight = 0;
    std::uint32_t order = 0;  // document order (node index); URL dates come first
    bool weak = false;        // inside comments, calendars, sidebars, footers
    bool generic = false;     // a meta tag of a generic name ("date", "dc.date"): says no more than "a date"
};

inline bool contains_ci(std::string_view hay, std::string_view needle) {
    if (needle.size() > hay.size()) return false;
    for (std::size_t i = 0; i + needle.size() <= hay.size(); ++i) {
        std::size_t k = 0;
        while (k < needle.size() && (hay[i + k] | 0x20) == needle[k]) ++k;
        if (k == needle.size()) return true;
    }
    return false;
}

inline bool any_ci(std::string_view hay, std::initializer_list<std::string_view> needles) {
    for (std::string_view n : needles)
        if (contains_ci(hay, n)) return true;
    return false;
}

inline std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return out;
}

inline bool structured(Source s) {
    return s == Source::json_ld || s == Source::meta || s == Source::microdata || s == Source::time_element || s == Source::abbr;
}

// The day of an ISO date as yyyymmdd, 0 when too short.
int day_key_of(std::string_view iso);
// yyyy-mm-dd.
std::string iso_of(int y, int m, int d);
// A yyyymmdd key as days since 1970.
int days_of(int key);

// Whether c's moment could fall on the day other_key somewhere on Earth (UTC-12 to UTC+14).
bool same_moment(const Candidate& c, int other_key);

// A run shorter than this is a line (a byline, a dateline, a list item), longer is running text.
constexpr std::size_t kShortRun = 200;
// An element with at most this many bytes of text is one line, however many blocks it spans.
constexpr std::uint32_t kSplitLine = 80;

class Collector {
public:
    Collector(const Dom& dom, const DateContext& ctx, const Budget& budget)
        : dom_(dom), ctx_(ctx), ticker_(budget, "dates", 256) {
        month_first_ = lower_ascii(ctx.language).starts_with("en-us") ||
                       (lower_ascii(ctx.language) == "en" && contains_ci(ctx.url, ".com/"));
        set_bounds();
    }

    DateFinding run();

private:
    const Dom& dom_;
    const DateContext& ctx_;
    BudgetTicker ticker_;     // every pass over the nodes or the candidates ticks it
    bool month_first_ = false;
    int max_key_ = 0;
    int capture_key_ = 0;     // the day an archive captured the page (from its URL), or 0
    int reference_days_ = 0;  // the reference date as days since 1970, or 0 when none was given
    std::vector<Candidate> c_;
    std::vector<std::uint8_t> flags_;
    std::vector<std::uint32_t> block_of_;

    enum : std::uint8_t { skip = 1, weak = 2, dateish = 4, updated = 8 };

    void set_bounds();
    void add(std::string_view iso_text, Source src, DateLabel kind, int weight, std::uint32_t order, bool is_weak = false);
    void add_day(int y, int m, int d, Source src, DateLabel kind, int weight, std::uint32_t order, bool is_weak);
    void compute_flags();
    struct HintNeedle {
        std::string_view text;   // four bytes or more
        std::uint32_t head;      // its first four bytes, compared as one word
        std::uint8_t bit;
    };
    static const std::array<std::vector<HintNeedle>, 256>& hint_needles();
    struct HeadSet {   // hint_bits' screen: which four folded bytes may open a needle
        std::array<std::uint64_t, 64> bits{};
        static std::uint32_t slot(std::uint32_t word) { return (word * 0x9E3779B1u) >> 20; }
        bool may_hold(std::uint32_t word) const { return (bits[slot(word) / 64] >> (slot(word) % 64)) & 1; }
    };
    static const HeadSet& hint_heads();
    static std::uint8_t hint_bits(std::string_view class_or_id, StringBitsCache& cache);
    void read_jsonld(const JsonValue& v, int depth, bool nested, std::uint32_t order);
    // What compute_flags' one pass over an element's attributes read for structured_node: the
    // first itemprop and property (as Dom::attr reads them), and whether a data- attribute has a
    // value of a date's length.
    struct NodeNames {
        std::string_view itemprop, property;
        bool data_dates = false;
    };
    void structured_jsonld();
    void structured_node(std::uint32_t n, const NodeNames& names, bool& first_time);
    void url_pass();
    void image_url(std::string_view src, std::uint32_t order);
    void text_pass(bool long_runs);
    void flush_run(std::string& run, std::uint32_t first_node, std::uint8_t run_flags, bool near_title);
    void add_run_dates(std::string_view run, const std::vector<TextDate>& found, const std::vector<std::size_t>& breaks,
                       std::uint32_t first_node, std::uint8_t run_flags, bool near_title);
    void split_line_pass();
    void read_split_line(std::uint32_t line, std::uint32_t end, bool near_title);
    bool near_title(std::size_t at, std::size_t title_at) const;
    const Candidate* choose(DateLabel kind) const;
    const Candidate* choose_published();
    const Candidate* shown_byline();
    bool shown_day(int key) const;
    const Candidate* settle(const Candidate* pub, const Candidate* mod);
    void demote_lists();
    bool in_thread_entry(const Candidate& c);
    enum class Entries : std::uint8_t { none, thread, listing };
    Entries entries_of(std::uint32_t parent, GumboTag tag);
    std::vector<std::uint32_t> dated_nodes_;                 // candidates' nodes, sorted (URL aside)
    std::unordered_map<std::uint64_t, Entries> entries_memo_;  // (parent, tag) -> what its boxes are
};

}  // namespace winnow::detail::date_collect
