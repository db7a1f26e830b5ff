#include "dates.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "date_labels.hpp"
#include "date_meta_names.hpp"
#include "date_relative.hpp"
#include "date_text.hpp"
#include "date_words.hpp"
#include "json_value.hpp"
#include "string_bits_cache.hpp"

namespace winnow::detail {

namespace {

enum class Source : std::uint8_t { json_ld, meta, microdata, time_element, abbr, data_attribute, url, byline, text, image };

std::string_view source_name(Source s) {
    switch (s) {
        case Source::json_ld: return "json-ld";
        case Source::meta: return "meta";
        case Source::microdata: return "microdata";
        case Source::time_element: return "time";
        case Source::abbr: return "abbr";
        case Source::data_attribute: return "data-attribute";
        case Source::url: return "url";
        case Source::byline: return "byline";
        case Source::text: return "text";
        case Source::image: return "image";
    }
    return "text";
}

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

int day_key_of(std::string_view iso) {
    if (iso.size() < 10) return 0;
    return std::atoi(std::string(iso.substr(0, 4)).c_str()) * 10000 + std::atoi(std::string(iso.substr(5, 2)).c_str()) * 100 +
           std::atoi(std::string(iso.substr(8, 2)).c_str());
}

std::string iso_of(int y, int m, int d) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
}

bool contains_ci(std::string_view hay, std::string_view needle) {
    if (needle.size() > hay.size()) return false;
    for (std::size_t i = 0; i + needle.size() <= hay.size(); ++i) {
        std::size_t k = 0;
        while (k < needle.size() && (hay[i + k] | 0x20) == needle[k]) ++k;
        if (k == needle.size()) return true;
    }
    return false;
}

bool any_ci(std::string_view hay, std::initializer_list<std::string_view> needles) {
    for (std::string_view n : needles)
        if (contains_ci(hay, n)) return true;
    return false;
}

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return out;
}

int days_of(int key) {
    using namespace std::chrono;
    return static_cast<int>(sys_days(year_month_day(year(key / 10000), month(static_cast<unsigned>(key / 100 % 100)),
                                                    day(static_cast<unsigned>(key % 100))))
                                .time_since_epoch()
                                .count());
}

// A class or id that says "updated" or "modified". The bare microformat class "updated" next to
// other date classes ("date updated", "entry-date published updated") marks the published date in
// many templates and says nothing.
bool names_update(std::string_view h) {
    if (!any_ci(h, {"updat", "modif"}) || any_ci(h, {"publi", "posted"})) return false;
    bool other = false, bare = false;
    for (std::size_t i = 0; i < h.size();) {
        const std::size_t j = std::min(h.find(' ', i), h.size());
        const std::string_view tok = h.substr(i, j - i);
        if (tok == "updated") bare = true;
        else if (!tok.empty()) other = other || any_ci(tok, {"date", "time"}) || any_ci(tok, {"updat", "modif"});
        i = j + 1;
    }
    return !bare || !other;
}

bool structured(Source s) {
    return s == Source::json_ld || s == Source::meta || s == Source::microdata || s == Source::time_element || s == Source::abbr;
}

class Collector {
public:
    Collector(const Dom& dom, const DateContext& ctx) : dom_(dom), ctx_(ctx) {
        month_first_ = lower_ascii(ctx.language).starts_with("en-us") ||
                       (lower_ascii(ctx.language) == "en" && contains_ci(ctx.url, ".com/"));
        set_bounds();
    }

    DateFinding run();

private:
    const Dom& dom_;
    const DateContext& ctx_;
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
    static std::uint8_t hint_bits(std::string_view class_or_id, StringBitsCache& cache);
    void read_jsonld(const JsonValue& v, int depth, bool nested, std::uint32_t order);
    void structured_pass();
    void url_pass();
    void image_url(std::string_view src, std::uint32_t order);
    void text_pass(bool long_runs);
    void flush_run(std::string& run, std::uint32_t first_node, std::uint8_t run_flags, bool near_title);
    const Candidate* choose(DateLabel kind) const;
    void demote_lists();
};

// Dates marked up alike with three or more different days are a list of other pages (teasers,
// an archive, a feed), not this page's date: they keep the weight of a plain date only.
void Collector::demote_lists() {
    for (Source src : {Source::time_element, Source::abbr, Source::microdata}) {
        std::vector<int> days;
        for (const auto& c : c_)
            if (c.source == src && c.kind == DateLabel::published && std::find(days.begin(), days.end(), c.day_key) == days.end())
                days.push_back(c.day_key);
        if (days.size() < 3) continue;
        for (auto& c : c_)
            if (c.source == src && c.kind == DateLabel::published) c.weight = std::min(c.weight, 4);
    }
}

void Collector::set_bounds() {
    // The reference date (crawl date) bounds the future; else an archive capture time in the URL;
    // else today.
    max_key_ = day_key_of(ctx_.reference_date);
    if (max_key_ >= 19950101) reference_days_ = days_of(max_key_);
    if (!max_key_) {
        std::string_view u = ctx_.url;
        for (std::size_t i = 0; i < u.size();) {
            if (!(u[i] >= '0' && u[i] <= '9')) {
                ++i;
                continue;
            }
            std::size_t j = i;
            while (j < u.size() && u[j] >= '0' && u[j] <= '9') ++j;
            if (j - i == 14) max_key_ = capture_key_ = std::atoi(std::string(u.substr(i, 8)).c_str());
            i = j;
        }
    }
    if (!max_key_) {
        const auto today = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
        max_key_ = static_cast<int>(today.year()) * 10000 + static_cast<int>(static_cast<unsigned>(today.month())) * 100 +
                   static_cast<int>(static_cast<unsigned>(today.day()));
    }
}

void Collector::add(std::string_view text, Source src, DateLabel kind, int weight, std::uint32_t order, bool is_weak) {
    std::string iso;
    std::string_view t = text;
    while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
    // Unix time in seconds or milliseconds (data attributes, some meta tags).
    if ((t.size() == 10 || t.size() == 13) && std::all_of(t.begin(), t.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
        const long long secs = std::atoll(std::string(t.substr(0, 10)).c_str());
        const auto day = std::chrono::year_month_day(std::chrono::sys_days(std::chrono::days(secs / 86400)));
        iso = iso_of(static_cast<int>(day.year()), static_cast<int>(static_cast<unsigned>(day.month())),
                     static_cast<int>(static_cast<unsigned>(day.day())));
    } else {
        iso = date_value_to_iso8601(t);
    }
    const int key = day_key_of(iso);
    if (key < 19950101 || key > max_key_) return;
    if (key == capture_key_ && !structured(src)) weight = 0, is_weak = true;  // the archive's own banner
    c_.push_back({key, std::move(iso), src, kind, weight, order, is_weak});
}

void Collector::add_day(int y, int m, int d, Source src, DateLabel kind, int weight, std::uint32_t order, bool is_weak) {
    const int key = y * 10000 + m * 100 + d;
    if (key < 19950101 || key > max_key_) return;
    if (key == capture_key_) weight = 0, is_weak = true;  // the archive's own banner
    c_.push_back({key, iso_of(y, m, d), src, kind, weight, order, is_weak});
}

// Whether s opens with word (lower-case ASCII letters), in either case.
bool folded_starts_with(std::string_view s, std::string_view word) {
    if (s.size() < word.size()) return false;
    for (std::size_t k = 0; k < word.size(); ++k)
        if ((s[k] | 0x20) != word[k]) return false;
    return true;
}

// skip: never text (scripts, forms); weak: comments, calendars, archives, sidebars, footers;
// dateish: class or id names a date or byline; updated: ...names an update.
std::uint8_t Collector::hint_bits(std::string_view h, StringBitsCache& cache) {
    if (const std::uint8_t* known = cache.find(h)) return *known;
    // One pass, case folded on the fly: the needles are lower-case ASCII letters, and a byte or-ed
    // with 0x20 is such a letter only if it was that letter in either case. At each byte only the
    // needles opening with it are tried (most class names miss them all), their first four bytes
    // compared as one word before the rest.
    const auto& needles = hint_needles();
    std::uint8_t found = 0;   // weak, dateish, and `updated` for "says update" before names_update
    for (std::size_t i = 0; i + 4 <= h.size(); ++i) {
        const auto& list = needles[static_cast<unsigned char>(h[i] | 0x20)];
        if (list.empty()) continue;
        std::uint32_t word;
        std::memcpy(&word, h.data() + i, 4);
        word |= 0x20202020u;
        for (const HintNeedle& x : list)
            if (word == x.head && !(found & x.bit) && folded_starts_with(h.substr(i), x.text)) found |= x.bit;
    }
    std::uint8_t bits = found & (weak | dateish);
    if ((found & updated) && names_update(lower_ascii(h))) bits |= updated;
    cache.put(h, bits);
    return bits;
}

// The class and id words hint_bits looks for, by first byte.
const std::array<std::vector<Collector::HintNeedle>, 256>& Collector::hint_needles() {
    static const auto table = [] {
        std::array<std::vector<HintNeedle>, 256> t;
        auto put = [&](std::initializer_list<std::string_view> words, std::uint8_t bit) {
            for (std::string_view w : words) {
                std::uint32_t head;
                std::memcpy(&head, w.data(), 4);
                t[static_cast<unsigned char>(w.front())].push_back({w, head, bit});
            }
        };
        put({"comment", "calendar", "archive", "sidebar", "related", "footer", "recommend", "reply"}, weak);
        put({"date", "time", "publi", "posted", "byline", "datum", "fecha", "meta", "stamp", "created"}, dateish);
        put({"updat", "modif"}, updated);
        return t;
    }();
    return table;
}

void Collector::compute_flags() {
    const auto& nodes = dom_.nodes;
    flags_.assign(nodes.size(), 0);
    block_of_.assign(nodes.size(), 0);
    // An element that holds the title is the article's frame, whatever its class says
    // ("sidebar-layout", "widget Blog").
    std::vector<bool> frames(nodes.size(), false);
    // Templates repeat their class names; at most one key per attribute, and past a thousand
    // distinct names a page only pays for reading the rest again.
    StringBitsCache cache(std::min<std::size_t>(dom_.attrs.size(), 1024));
    for (std::uint32_t a = ctx_.headline_node; a != no_node && a < nodes.size(); a = nodes[a].parent) frames[a] = true;
    for (std::uint32_t n = 1; n < nodes.size(); ++n) {
        const DomNode& node = nodes[n];
        const std::uint32_t p = node.parent == no_node ? 0 : node.parent;
        std::uint8_t f = flags_[p];
        block_of_[n] = block_of_[p];
        if (node.type == NodeType::element) {
            if (is_block_element(node.tag) || node.tag == GUMBO_TAG_BR) block_of_[n] = n;
            switch (node.tag) {
                case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SELECT:
                case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TITLE:
                    f |= skip;
                    break;
                case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_NAV:
                    f |= weak;
                    break;
                default:
                    break;
            }
            // The first class and id, as Dom::attr reads them, in one pass with literal names.
            std::string_view names[2];
            bool seen[2] = {false, false};
            for (std::uint32_t i = node.attr_begin, end = node.attr_begin + node.attr_count; i < end; ++i) {
                const DomAttr& a = dom_.attrs[i];
                if (!seen[0] && a.name == "class") names[0] = a.value, seen[0] = true;
                else if (!seen[1] && a.name == "id") names[1] = a.value, seen[1] = true;
            }
            for (const std::string_view h : names) {
                if (h.empty() || h.size() > 200) continue;
                std::uint8_t hints = hint_bits(h, cache);
                if (frames[n] || node.tag == GUMBO_TAG_BODY) hints &= static_cast<std::uint8_t>(~weak);
                f |= hints;
            }
        }
        flags_[n] = f;
    }
}

// nested: inside another item (reviews of a recipe, parts of a list): its dates are not the page's.
void Collector::read_jsonld(const JsonValue& v, int depth, bool nested, std::uint32_t order) {
    if (depth > 8) return;
    if (v.is_array()) {
        for (const auto& x : v.array) read_jsonld(x, depth + 1, nested, order);
        return;
    }
    if (!v.is_object()) return;
    std::string_view type;
    if (const JsonValue* t = v.get("@type")) type = t->is_array() && !t->array.empty() ? t->array[0].text() : t->text();
    // Articles and postings say when they were published; a WebPage or an embedded video, image or
    // comment says less about the article.
    const bool article = any_ci(type, {"article", "posting", "report", "review", "blog"});
    const bool minor = any_ci(type, {"comment", "video", "image", "event", "offer", "product", "person", "rating"});
    const int w = nested || minor ? 3 : article ? 9 : 7;
    for (std::string_view key : {"datePublished", "dateCreated", "uploadDate"})
        if (const JsonValue* d = v.get(key); d && d->is_string())
            add(d->string, Source::json_ld, DateLabel::published, key == "datePublished" ? w : w - 1, order, nested || minor);
    if (const JsonValue* d = v.get("dateModified"); d && d->is_string())
        add(d->string, Source::json_ld, DateLabel::modified, w, order, nested || minor);
    for (const auto& m : v.object)
        if (m.first != "@type" && (m.second.is_object() || m.second.is_array()))
            read_jsonld(m.second, depth + 1, m.first != "@graph" && m.first != "mainEntity" && m.first != "mainEntityOfPage",
                        order);
}

// Meta tags, JSON-LD, microdata, <time>, <abbr> and data attributes.
void Collector::structured_pass() {
    const auto& nodes = dom_.nodes;
    if (ctx_.jsonld)
        for (const auto& [node, value] : *ctx_.jsonld) read_jsonld(value, 0, false, node);
    bool first_time = true;
    for (std::uint32_t n = 1; n < nodes.size(); ++n) {
        const DomNode& node = nodes[n];
        if (node.type != NodeType::element) continue;
        const bool is_weak = flags_[n] & weak;
        if (node.tag == GUMBO_TAG_META) {
            std::string_view k = dom_.attr(n, "property");
            if (k.empty()) k = dom_.attr(n, "name");
            if (k.empty()) k = dom_.attr(n, "itemprop");
            if (k.empty()) k = dom_.attr(n, "http-equiv");
            const std::string_view content = dom_.attr(n, "content");
            if (k.empty() || content.empty() || k.size() > 60) continue;
            const std::string key = lower_ascii(k);
            if (key == "og:image" || key == "twitter:image") image_url(content, n);
            if (const MetaDateName m = meta_date_name(key, n > dom_.body); m.kind != DateLabel::none) {
                add(content, Source::meta, m.kind, m.weight, n);
                if (m.generic && !c_.empty() && c_.back().order == n) c_.back().generic = true;
            }
            continue;
        }
        if (node.tag == GUMBO_TAG_SCRIPT) {
            if (!contains_ci(dom_.attr(n, "type"), "ld+json") || ctx_.jsonld) continue;
            std::string json;
            for (std::uint32_t c = node.first_child; c != no_node; c = nodes[c].next_sibling) json += nodes[c].text;
            bool ok = false;
            const JsonValue v = parse_json(json, ok);
            if (ok) read_jsonld(v, 0, false, n);
            continue;
        }
        if (flags_[n] & skip) continue;
        if (node.tag == GUMBO_TAG_IMG && !is_weak) image_url(dom_.attr(n, "src"), n);
        std::string_view itemprop = dom_.attr(n, "itemprop");
        if (itemprop.empty()) {
            // RDFa: property="schema:datePublished", "dc:date"
            itemprop = dom_.attr(n, "property");
            if (const auto colon = itemprop.find(':'); colon != std::string_view::npos) itemprop.remove_prefix(colon + 1);
        }
        const DateLabel micro = itemprop == "datePublished" || itemprop == "dateCreated" ? DateLabel::published
                                : itemprop == "dateModified"                             ? DateLabel::modified
                                                                                         : DateLabel::none;
        auto value_of = [&](std::uint32_t e) -> std::string {
            for (std::string_view a : {"datetime", "content", "title"})
                if (const std::string_view v = dom_.attr(e, a); !v.empty()) return std::string(v);
            return dom_.text_of(e);
        };
        if (micro != DateLabel::none) {
            add(value_of(n), Source::microdata, micro, is_weak ? 4 : 8, n, is_weak);
            continue;
        }
        if (node.tag == GUMBO_TAG_TIME) {
            // The byline's <time> follows the title; plain <time>s before it date teaser lists.
            const bool before_title = ctx_.headline_node != no_node && n < ctx_.headline_node;
            const std::string_view hints = dom_.attr(n, "class");
            DateLabel kind = DateLabel::none;
            if (dom_.has_attr(n, "pubdate") || any_ci(hints, {"publi", "posted", "created"})) kind = DateLabel::published;
            else if (flags_[n] & updated) kind = DateLabel::modified;
            const std::string v = dom_.has_attr(n, "datetime") ? std::string(dom_.attr(n, "datetime")) : dom_.text_of(n);
            if (kind == DateLabel::none) {
                // The first plain <time> of the page is its byline date more often than not.
                add(v, Source::time_element, DateLabel::none, is_weak ? 2 : first_time && !before_title ? 6 : 4, n, is_weak);
                if (!is_weak && !before_title) first_time = false;
            } else {
                add(v, Source::time_element, kind, is_weak ? 3 : 8, n, is_weak);
            }
            continue;
        }
        if (node.tag == GUMBO_TAG_ABBR && dom_.has_attr(n, "title")) {
            // hAtom: <abbr class="published" title="2019-11-19T10:00:00">; any <abbr> whose title is
            // a date is a date shown short.
            const std::string_view cls = dom_.attr(n, "class");
            if (any_ci(cls, {"published", "updated"}))
                add(dom_.attr(n, "title"), Source::abbr, contains_ci(cls, "updated") ? DateLabel::modified : DateLabel::published,
                    is_weak ? 3 : 8, n, is_weak);
            else
                add(dom_.attr(n, "title"), Source::abbr, DateLabel::none, is_weak ? 1 : 4, n, is_weak);
        }
        for (std::uint32_t a = node.attr_begin; a < node.attr_begin + node.attr_count; ++a) {
            const DomAttr& at = dom_.attrs[a];
            if (!at.name.starts_with("data-") || at.value.size() < 8 || at.value.size() > 40) continue;
            if (!any_ci(at.name, {"date", "publish", "time", "created"})) continue;
            const DateLabel kind = any_ci(at.name, {"updat", "modif"}) ? DateLabel::modified : DateLabel::none;
            add(at.value, Source::data_attribute, kind, is_weak ? 1 : 4, n, is_weak);
        }
    }
}

// Sites file uploads by day ("/files/2016/05/04/lead.jpg"): the day the page's images were
// uploaded is the last resort for its date.
void Collector::image_url(std::string_view src, std::uint32_t order) {
    if (const std::string d = date_in_url(src); !d.empty()) add(d, Source::image, DateLabel::none, 1, order, true);
}

void Collector::url_pass() {
    const std::string d = date_in_url(ctx_.url);
    if (!d.empty()) add(d, Source::url, DateLabel::none, 8, 0);
}

// A run shorter than this is a line (a byline, a dateline, a list item), longer is running text.
constexpr std::size_t kShortRun = 200;

// Dates in running text, one run of text per block element. Near the title (or in an element
// named for dates or bylines) a date is a byline; elsewhere only text.
void Collector::text_pass(bool long_runs) {
    const auto& nodes = dom_.nodes;
    const std::uint32_t start = dom_.body == no_node ? 0 : dom_.body;
    std::string run;
    std::uint32_t run_block = no_node, run_first = 0;
    std::uint8_t run_flags = 0;
    std::size_t text_bytes = 0, title_at = std::string::npos, run_at = 0;
    auto near_title = [&](std::size_t at) {
        if (title_at == std::string::npos) return at < 600;
        return at + 400 >= title_at && at <= title_at + 1500;
    };
    for (std::uint32_t n = start; n < nodes.size(); ++n) {
        if (n == ctx_.headline_node) title_at = text_bytes;
        const DomNode& node = nodes[n];
        if (node.type != NodeType::text || (flags_[n] & skip)) continue;
        if (block_of_[n] != run_block) {
            if (long_runs == (run.size() >= kShortRun)) flush_run(run, run_first, run_flags, near_title(run_at));
            run.clear();
            run_block = block_of_[n];
            run_first = n;
            run_flags = flags_[n];
            run_at = text_bytes;
        }
        run_flags |= flags_[n] & (dateish | updated);
        // The pass over lines need not copy running text past the length of a line.
        if (long_runs || run.size() < kShortRun) {
            run.append(node.text);
            run += ' ';
        }
        text_bytes += node.text.size();
    }
    if (long_runs == (run.size() >= kShortRun)) flush_run(run, run_first, run_flags, near_title(run_at));
}

void Collector::flush_run(std::string& run, std::uint32_t first_node, std::uint8_t run_flags, bool near_title) {
    if (run.empty() || run.size() > 20000) return;
    const auto found = scan_dates(run, month_first_);
    const bool is_weak = run_flags & weak;
    if (found.empty() && !is_weak && run.size() < kShortRun && (near_title || (run_flags & dateish)) && reference_days_)
        if (const int back = relative_days_ago(run); back >= 0 && back <= 366) {
            // "vor 2 Tagen" by the title: a day counted back from the crawl date, weaker than any
            // dateline that names its day.
            const auto day = std::chrono::year_month_day(std::chrono::sys_days(std::chrono::days(reference_days_ - back)));
            const DateLabel kind = label_in(run) == DateLabel::modified ? DateLabel::modified : DateLabel::none;
            add_day(static_cast<int>(day.year()), static_cast<int>(static_cast<unsigned>(day.month())),
                    static_cast<int>(static_cast<unsigned>(day.day())), Source::byline, kind, 4, first_node, false);
        }
    if (found.empty()) return;   // no date to label
    // A short run that is mostly a date is a dateline; a date inside a long paragraph is a
    // date the story talks about.
    const bool short_run = run.size() < kShortRun;
    const std::vector<DateLabel> labels = date_labels(run, found);
    for (std::size_t i = 0; i < found.size(); ++i) {
        const TextDate& d = found[i];
        DateLabel kind = labels[i];
        if (kind == DateLabel::none && (run_flags & updated)) kind = DateLabel::modified;
        const bool byline = !is_weak && short_run && (near_title || (run_flags & dateish));
        // In a weak place, a short run named for dates still beats a date in passing.
        const int w = byline ? (kind == DateLabel::published ? 7 : 5) : is_weak ? (short_run && (run_flags & dateish) ? 1 : 0) : 2;
        add_day(d.year, d.month, d.day, byline ? Source::byline : Source::text, kind, w, first_node, is_weak);
    }
}

// The best candidate of a kind: the highest weight; among equals the first in the page.
const Candidate* Collector::choose(DateLabel kind) const {
    const Candidate* best = nullptr;
    for (const auto& c : c_) {
        if (c.kind != kind) continue;
        if (!best || c.weight > best->weight || (c.weight == best->weight && c.order < best->order)) best = &c;
    }
    return best;
}

DateFinding Collector::run() {
    compute_flags();
    url_pass();
    structured_pass();
    text_pass(false);
    // Dates in passing in running text only count when nothing else dates the page: most pages
    // never need the scan of their whole text.
    if (std::none_of(c_.begin(), c_.end(), [](const Candidate& c) { return c.weight > 2 && c.kind != DateLabel::modified; }))
        text_pass(true);
    demote_lists();
    DateFinding out;
    const Candidate* pub = choose(DateLabel::published);
    // Unlabelled candidates (URL, plain <time>, bylines, text) compete with labelled ones by weight.
    const Candidate* plain = nullptr;
    for (const auto& c : c_)
        if (c.kind == DateLabel::none && c.weight > 0 &&
            (!plain || c.weight > plain->weight || (c.weight == plain->weight && c.order < plain->order)))
            plain = &c;
    if (!pub || (plain && plain->weight > pub->weight)) pub = plain;
    // Nothing better: the first date in a comment list, a sidebar or a footer still dates the page
    // more often than not (a blog's own post list starts with the newest post, the one shown).
    if (!pub)
        for (const auto& c : c_)
            if (c.kind != DateLabel::modified && (!pub || c.weight > pub->weight || (c.weight == pub->weight && c.order < pub->order)))
                pub = &c;
    // A generic meta date ("date", "dc.date") that nothing else on the page repeats, while a
    // source that names the publication (a labelled byline, JSON-LD, microdata) gives another
    // day, is a stamp of the site (its build or crawl), not of the article.
    if (pub && pub->generic) {
        const bool echoed = std::any_of(c_.begin(), c_.end(), [&](const Candidate& c) {
            return c.source != Source::meta && c.day_key == pub->day_key && c.weight > 0;
        });
        const Candidate* named = nullptr;
        for (const auto& c : c_)
            if (c.kind == DateLabel::published && !c.weak && c.source != Source::meta && c.weight >= 7 &&
                (!named || c.weight > named->weight || (c.weight == named->weight && c.order < named->order)))
                named = &c;
        if (!echoed && named) pub = named;
    }
    const Candidate* mod = choose(DateLabel::modified);
    // A date shown as "updated" and nothing else: the page was published then or earlier.
    if (!pub && mod && !structured(mod->source)) pub = mod;
    // The URL's day was written in the publisher's time zone: a structured date a day off is the
    // same moment seen from UTC. A structured date on the URL's day is the one (it has a time).
    for (const auto& u : c_) {
        if (u.source != Source::url || !pub) continue;
        bool same = false;
        for (const auto& s : c_)
            if (s.kind == DateLabel::published && s.day_key == u.day_key && s.weight >= 7 && structured(s.source)) {
                pub = &s;
                same = true;
                break;
            }
        if (!same && structured(pub->source) && std::abs(days_of(pub->day_key) - days_of(u.day_key)) <= 1) pub = &u;
    }
    // A page that shows its reader the modification date by the title, and not the publication
    // date, has been republished: the date it shows is the one it states.
    if (pub && mod && structured(pub->source) && mod->day_key > pub->day_key) {
        auto shown = [&](int key) {
            for (const auto& c : c_)
                if (!c.weak && c.day_key == key && (c.source == Source::byline || c.source == Source::time_element)) return true;
            return false;
        };
        if (shown(mod->day_key) && !shown(pub->day_key)) pub = mod;
    }
    if (pub) {
        out.published = pub->iso;
        out.published_source = source_name(pub->source);
    }
    if (mod && (!pub || mod->day_key >= pub->day_key)) {
        out.modified = mod->iso;
        out.modified_source = source_name(mod->source);
    }
    return out;
}

}  // namespace

DateFinding find_dates(const Dom& dom, const DateContext& context) { return Collector(dom, context).run(); }

}  // namespace winnow::detail
