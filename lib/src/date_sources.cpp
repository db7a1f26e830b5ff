// Dates stage, the structured sources: the URL, meta tags, JSON-LD, microdata, <time>, <abbr>,
// data attributes and the paths of the page's images, each added as a weighted candidate.
#include <algorithm>
#include <chrono>
#include <cstdlib>

#include "date_collector.hpp"
#include "date_meta_names.hpp"
#include "date_text.hpp"

namespace winnow::detail::date_collect {

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

// JSON-LD the metadata stage read, before the page's elements (structured_node).
void Collector::structured_jsonld() {
    if (ctx_.jsonld)
        for (const auto& [node, value] : *ctx_.jsonld) read_jsonld(value, 0, false, node);
}

// Meta tags, JSON-LD in a script, microdata, <time>, <abbr> and data attributes of element n,
// its flags set: compute_flags calls it element by element in document order, with what its
// one pass over n's attributes read (names).
void Collector::structured_node(std::uint32_t n, const NodeNames& names, bool& first_time) {
    const auto& nodes = dom_.nodes;
    const DomNode& node = nodes[n];
    const bool is_weak = flags_[n] & weak;
    if (node.tag == GUMBO_TAG_META) {
        std::string_view k = dom_.attr(n, "property");
        if (k.empty()) k = dom_.attr(n, "name");
        if (k.empty()) k = dom_.attr(n, "itemprop");
        if (k.empty()) k = dom_.attr(n, "http-equiv");
        const std::string_view content = dom_.attr(n, "content");
        if (k.empty() || content.empty() || k.size() > 60) return;
        const std::string key = lower_ascii(k);
        if (key == "og:image" || key == "twitter:image") image_url(content, n);
        if (const MetaDateName m = meta_date_name(key, n > dom_.body); m.kind != DateLabel::none) {
            add(content, Source::meta, m.kind, m.weight, n);
            if (m.generic && !c_.empty() && c_.back().order == n) c_.back().generic = true;
        }
        return;
    }
    if (node.tag == GUMBO_TAG_SCRIPT) {
        if (!contains_ci(dom_.attr(n, "type"), "ld+json") || ctx_.jsonld) return;
        std::string json;
        for (std::uint32_t c = node.first_child; c != no_node; c = nodes[c].next_sibling) json += nodes[c].text;
        bool ok = false;
        const JsonValue v = parse_json(json, ok);
        if (ok) read_jsonld(v, 0, false, n);
        return;
    }
    if (flags_[n] & skip) return;
    // An element without attributes names no date unless it is a <time> (most of a page's
    // nodes: the reads below would all come back empty).
    if (node.attr_count == 0 && node.tag != GUMBO_TAG_TIME) return;
    if (node.tag == GUMBO_TAG_IMG && !is_weak) image_url(dom_.attr(n, "src"), n);
    std::string_view itemprop = names.itemprop;
    if (itemprop.empty()) {
        // RDFa: property="schema:datePublished", "dc:date"
        itemprop = names.property;
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
        return;
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
        return;
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
    if (!names.data_dates) return;
    for (std::uint32_t a = node.attr_begin; a < node.attr_begin + node.attr_count; ++a) {
        const DomAttr& at = dom_.attrs[a];
        if (!at.name.starts_with("data-") || at.value.size() < 8 || at.value.size() > 40) continue;
        if (!any_ci(at.name, {"date", "publish", "time", "created"})) continue;
        const DateLabel kind = any_ci(at.name, {"updat", "modif"}) ? DateLabel::modified : DateLabel::none;
        add(at.value, Source::data_attribute, kind, is_weak ? 1 : 4, n, is_weak);
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

}  // namespace winnow::detail::date_collect
