#include "dates.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "date_collector.hpp"

namespace winnow::detail {

namespace date_collect {

namespace {

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

}  // namespace

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

int days_of(int key) {
    using namespace std::chrono;
    return static_cast<int>(sys_days(year_month_day(year(key / 10000), month(static_cast<unsigned>(key / 100 % 100)),
                                                    day(static_cast<unsigned>(key % 100))))
                                .time_since_epoch()
                                .count());
}

// Dates marked up alike with three or more different days are a list of other pages (teasers,
// an archive, a feed), not this page's date: they keep the weight of a plain date only.
void Collector::demote_lists() {
    for (Source src : {Source::time_element, Source::abbr, Source::microdata}) {
        std::vector<int> days;
        // (Three differing days decide: the search stops there, linear on a page of thousands.)
        for (const auto& c : c_) {
            ticker_.tick();
            if (c.source == src && c.kind == DateLabel::published && std::find(days.begin(), days.end(), c.day_key) == days.end())
                days.push_back(c.day_key);
            if (days.size() >= 3) break;
        }
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

// The best candidate of a kind: the highest weight; among equals the first in the page.
const Candidate* Collector::choose(DateLabel kind) const {
    const Candidate* best = nullptr;
    for (const auto& c : c_) {
        if (c.kind != kind) continue;
        if (!best || c.weight > best->weight || (c.weight == best->weight && c.order < best->order)) best = &c;
    }
    return best;
}

namespace {

// The first node after n's subtree (the DOM is in pre-order: a subtree is a contiguous range).
std::uint32_t subtree_end(const Dom& dom, std::uint32_t n) {
    const std::uint32_t e = dom.next_in(n, 0, true);
    return e == no_node ? static_cast<std::uint32_t>(dom.nodes.size()) : e;
}

constexpr std::size_t kThreadEntries = 3;   // sibling boxes, each with a date of its own
constexpr std::size_t kProseBefore = 150;   // characters of text between the headline and them
constexpr int kEntryDepth = 6;              // how far above its date an entry's box may stand

}  // namespace

// What parent's children of one tag are: dated entries when three or more of them hold a date of
// their own, a thread after the article when 150 characters of text stand between the headline
// and the first, a listing when not. Asked once per (parent, tag): a page of thousands of dated
// entries asks it for each date.
Collector::Entries Collector::entries_of(std::uint32_t parent, GumboTag tag) {
    const std::uint64_t key = (static_cast<std::uint64_t>(parent) << 16) | static_cast<std::uint64_t>(tag);
    if (const auto it = entries_memo_.find(key); it != entries_memo_.end()) return it->second;
    std::size_t dated = 0;
    std::uint32_t first = no_node;
    for (std::uint32_t s = dom_.nodes[parent].first_child; s != no_node && dated < kThreadEntries;
         s = dom_.nodes[s].next_sibling) {
        if (dom_.nodes[s].type != NodeType::element || dom_.nodes[s].tag != tag) continue;
        const auto at = std::lower_bound(dated_nodes_.begin(), dated_nodes_.end(), s);
        if (at == dated_nodes_.end() || *at >= subtree_end(dom_, s)) continue;
        if (first == no_node) first = s;
        ++dated;
    }
    Entries entries = Entries::none;
    if (dated >= kThreadEntries) {
        std::size_t prose = 0;
        for (std::uint32_t n = ctx_.headline_node + 1; n < first && prose < kProseBefore; ++n)
            if (dom_.nodes[n].type == NodeType::text) prose += dom_.nodes[n].text.size();
        entries = prose >= kProseBefore ? Entries::thread : Entries::listing;
    }
    entries_memo_.emplace(key, entries);
    return entries;
}

// A date inside one of three or more sibling boxes of one tag that each hold a date of their own,
// after the article's prose under the headline: a thread's entries (replies, reviews, a guest
// book), whose days are the readers'. A list of dated entries right under the headline (an
// archive, a blog's front page) has no prose before it and is not one.
bool Collector::in_thread_entry(const Candidate& c) {
    const std::uint32_t head = ctx_.headline_node;
    if (head == no_node || c.order <= head || c.order >= dom_.nodes.size() || c.source == Source::url) return false;
    if (dated_nodes_.empty()) {
        for (const auto& o : c_)
            if (o.source != Source::url) dated_nodes_.push_back(o.order);
        std::sort(dated_nodes_.begin(), dated_nodes_.end());
    }
    std::uint32_t box = c.order;
    for (int depth = 0; depth < kEntryDepth && box != no_node; ++depth, box = dom_.nodes[box].parent) {
        const std::uint32_t parent = dom_.nodes[box].parent;
        if (parent == no_node || dom_.nodes[box].type != NodeType::element) continue;
        if (head >= parent && head < subtree_end(dom_, parent)) return false;  // the headline's own box
        // The nearest level of dated entries decides.
        if (const Entries e = entries_of(parent, dom_.nodes[box].tag); e != Entries::none) return e == Entries::thread;
    }
    return false;
}

// The best publication candidate: labelled or not, by weight; a thread's entries never, a weak
// place's first date when nothing better; a generic meta date that a named source contradicts
// gives way.
const Candidate* Collector::choose_published() {
    const Candidate* pub = choose(DateLabel::published);
    // Unlabelled candidates (URL, plain <time>, bylines, text) compete with labelled ones by weight;
    // not those of a thread's entries after the article (in_thread_entry).
    const Candidate* plain = nullptr;
    for (const auto& c : c_) {
        ticker_.tick();
        if (c.kind == DateLabel::none && c.weight > 0 && !in_thread_entry(c) &&
            (!plain || c.weight > plain->weight || (c.weight == plain->weight && c.order < plain->order)))
            plain = &c;
    }
    if (!pub || (plain && plain->weight > pub->weight)) pub = plain;
    // Nothing better: the first date in a comment list, a sidebar or a footer still dates the page
    // more often than not (a blog's own post list starts with the newest post, the one shown);
    // a date in a thread's entries after the article's prose does not (the first reader's day).
    if (!pub)
        for (const auto& c : c_) {
            ticker_.tick();
            if (c.kind != DateLabel::modified && !in_thread_entry(c) && (!pub || c.weight > pub->weight || (c.weight == pub->weight && c.order < pub->order)))
                pub = &c;
        }
    // A generic meta date ("date", "dc.date") that nothing else on the page repeats, while a
    // source that names the publication (a labelled byline, JSON-LD, microdata) gives another
    // day, is a stamp of the site (its build or crawl), not of the article; so is one that the page
    // repeats only in weak places while its bylines show one other day.
    if (pub && pub->generic) {
        auto echoed = [&](bool weak_too) {
            return std::any_of(c_.begin(), c_.end(), [&](const Candidate& c) {
                return c.source != Source::meta && c.day_key == pub->day_key && c.weight > 0 && (weak_too || !c.weak);
            });
        };
        const Candidate* named = nullptr;
        for (const auto& c : c_)
            if (c.kind == DateLabel::published && !c.weak && c.source != Source::meta && c.weight >= 7 &&
                (!named || c.weight > named->weight || (c.weight == named->weight && c.order < named->order)))
                named = &c;
        if (!echoed(true) && named) pub = named;
        else if (const Candidate* b = shown_byline(); b && b->day_key != pub->day_key && !echoed(false)) pub = b;
    }
    return pub;
}

// The one day the page shows by its title: the day of its bylines (datelines near the title or in
// elements named for dates) that no label calls modified, outside weak places and thread entries;
// null when they give no day or two.
const Candidate* Collector::shown_byline() {
    const Candidate* best = nullptr;
    for (const auto& c : c_) {
        if (c.source != Source::byline || c.weak || c.kind == DateLabel::modified || c.weight < 5 || in_thread_entry(c)) continue;
        if (best && best->day_key != c.day_key) return nullptr;
        if (!best || c.weight > best->weight) best = &c;
    }
    return best;
}

// Whether a byline or a <time> outside weak places gives the day.
bool Collector::shown_day(int key) const {
    return std::any_of(c_.begin(), c_.end(), [&](const Candidate& c) {
        return !c.weak && c.day_key == key && (c.source == Source::byline || c.source == Source::time_element);
    });
}

// Whether a date could be the same moment as a day elsewhere on Earth (UTC-12 to UTC+14): a day
// alone could; a time with its zone (Z, ±hh:mm) when that day is within reach; a time without a
// zone is the publisher's own and could not.
bool same_moment(const Candidate& c, int other_key) {
    const std::string_view iso = c.iso;
    if (iso.size() < 16 || iso[10] != 'T') return true;
    const std::string_view zone = iso.size() > 19 ? iso.substr(19) : std::string_view{};
    if (zone.empty()) return false;
    auto two = [&](std::size_t at) { return (iso[at] - '0') * 10 + (iso[at + 1] - '0'); };
    int offset = 0;   // minutes east of UTC
    if (zone != "Z") {
        if (zone.size() != 6) return false;
        offset = (two(20) * 60 + two(23)) * (zone[0] == '-' ? -1 : 1);
    }
    const long utc = static_cast<long>(days_of(c.day_key)) * 1440 + two(11) * 60 + two(14) - offset;
    const long day_start = static_cast<long>(days_of(other_key)) * 1440;
    return utc - 12 * 60 < day_start + 1440 && utc + 14 * 60 >= day_start;
}

// The chosen publication date against the page's other evidence of its day: the URL's day, the
// day its byline shows, a modification date shown in its place.
const Candidate* Collector::settle(const Candidate* pub, const Candidate* mod) {
    // A date shown as "updated" and nothing else: the page was published then or earlier.
    if (!pub && mod && !structured(mod->source)) pub = mod;
    // The URL's day was written in the publisher's time zone: a structured date a day off is the
    // same moment seen from UTC. A structured date on the URL's day is the one (it has a time).
    bool has_url_day = false;
    for (const auto& u : c_) {
        if (u.source != Source::url || !pub) continue;
        has_url_day = true;
        bool same = false;
        for (const auto& s : c_)
            if (s.kind == DateLabel::published && s.day_key == u.day_key && s.weight >= 7 && structured(s.source)) {
                pub = &s;
                same = true;
                break;
            }
        if (!same && structured(pub->source) && std::abs(days_of(pub->day_key) - days_of(u.day_key)) <= 1) pub = &u;
    }
    // The byline by the title shows the publisher's day too: a structured date a day off it (a
    // UTC timestamp, a generic meta date of the server's day) is the same moment seen from
    // elsewhere, when nothing the page shows gives the structured date's day.
    if (pub && structured(pub->source) && !has_url_day)
        if (const Candidate* b = shown_byline();
            b && std::abs(days_of(b->day_key) - days_of(pub->day_key)) == 1 && !shown_day(pub->day_key) && same_moment(*pub, b->day_key))
            pub = b;
    // A date the text shows without a label, after the one day the page says it was last changed
    // (teasers' "updated" lines give several), is a day the text talks about (an event to come),
    // not its publication: the page was published on its last change or before.
    if (pub && mod && (pub->source == Source::text || pub->source == Source::byline) && pub->kind == DateLabel::none &&
        !structured(mod->source) && mod->day_key < pub->day_key &&
        std::none_of(c_.begin(), c_.end(), [&](const Candidate& c) {
            return c.kind == DateLabel::modified && !structured(c.source) && c.day_key != mod->day_key;
        }))
        pub = mod;
    // A page that shows its reader the modification date by the title, and not the publication
    // date, has been republished: the date it shows is the one it states.
    if (pub && mod && structured(pub->source) && mod->day_key > pub->day_key && shown_day(mod->day_key) &&
        !shown_day(pub->day_key))
        pub = mod;
    return pub;
}

DateFinding Collector::run() {
    // (The URL and the JSON-LD read no flag: they come first, and compute_flags reads the
    // elements' structured sources as it sets their flags, in the order of the passes before.)
    url_pass();
    structured_jsonld();
    compute_flags();
    text_pass(false);
    split_line_pass();
    // Dates in passing in running text only count when nothing else dates the page: most pages
    // never need the scan of their whole text.
    if (std::none_of(c_.begin(), c_.end(), [](const Candidate& c) { return c.weight > 2 && c.kind != DateLabel::modified; }))
        text_pass(true);
    demote_lists();
    DateFinding out;
    const Candidate* mod = choose(DateLabel::modified);
    const Candidate* pub = settle(choose_published(), mod);
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

}  // namespace date_collect

DateFinding find_dates(const Dom& dom, const DateContext& context, const Budget& budget) {
    return date_collect::Collector(dom, context, budget).run();
}

}  // namespace winnow::detail
