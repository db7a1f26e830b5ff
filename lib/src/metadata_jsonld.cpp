// Metadata from JSON-LD: the article's headline, description, authors, publisher, language,
// keywords and body, through @graph and mainEntity (metadata_parts.hpp).
#include "metadata_parts.hpp"

namespace winnow::detail::meta {
namespace {

bool has_type(const JsonValue& v, std::string_view suffix) {
    const JsonValue* t = v.get("@type");
    if (!t) return false;
    auto matches = [&](const JsonValue& x) {
        return x.is_string() && x.string.size() >= suffix.size() &&
               x.string.compare(x.string.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    if (matches(*t)) return true;
    if (t->is_array())
        for (const auto& x : t->array)
            if (matches(x)) return true;
    return false;
}

bool is_article_type(const JsonValue& v) {
    return has_type(v, "Article") || has_type(v, "BlogPosting") || has_type(v, "Report") ||
           has_type(v, "WebPage") || has_type(v, "LiveBlogPosting") || has_type(v, "Review");
}

void read_jsonld_authors(Metadata& meta, const JsonValue& author, BudgetTicker& ticker) {
    ticker.tick();
    if (author.is_array()) {
        for (const auto& a : author.array) read_jsonld_authors(meta, a, ticker);
        return;
    }
    if (author.is_string()) {
        add_author(meta, author.string, {});
        return;
    }
    if (author.is_object()) {
        std::string_view role;
        if (const JsonValue* jt = author.get("jobTitle")) role = jt->text();
        add_author(meta, author.text(), role);
    }
}

void read_jsonld_article(PageFacts& facts, TagsSeen& tags, const JsonValue& v, bool primary) {
    Metadata& m = facts.meta;
    if (const JsonValue* h = v.get("headline"); h && primary) set_if_empty(m.title, h->text());
    if (const JsonValue* d = v.get("description")) set_if_empty(m.description, d->text());
    if (const JsonValue* a = v.get("author")) read_jsonld_authors(m, *a, tags.ticker);
    if (const JsonValue* p = v.get("publisher"); p && p->is_object()) set_if_empty(m.site, p->text());
    if (const JsonValue* l = v.get("inLanguage")) set_if_empty(m.language, l->text());
    if (const JsonValue* k = v.get("keywords")) {
        if (k->is_string()) add_tags_csv(m, tags, k->string);
        else if (k->is_array())
            for (const auto& x : k->array) add_tag(m, tags, x.text());
    }
    if (const JsonValue* b = v.get("articleBody"); b && b->is_string() && b->string.size() > facts.article_body.size())
        facts.article_body = b->string;
}

}  // namespace

void read_jsonld(PageFacts& facts, TagsSeen& tags, const JsonValue& v, int depth) {
    tags.ticker.tick();
    if (depth > 6) return;
    if (v.is_array()) {
        for (const auto& x : v.array) read_jsonld(facts, tags, x, depth + 1);
        return;
    }
    if (!v.is_object()) return;
    if (const JsonValue* graph = v.get("@graph")) read_jsonld(facts, tags, *graph, depth + 1);
    if (has_type(v, "Article") || has_type(v, "BlogPosting") || has_type(v, "LiveBlogPosting") ||
        has_type(v, "Report") || has_type(v, "Review"))
        read_jsonld_article(facts, tags, v, true);
    else if (is_article_type(v))
        read_jsonld_article(facts, tags, v, false);
    if (const JsonValue* main = v.get("mainEntity")) read_jsonld(facts, tags, *main, depth + 1);
    if (has_type(v, "WebSite") || has_type(v, "Organization") || has_type(v, "NewsMediaOrganization"))
        if (facts.meta.site.empty()) set_if_empty(facts.meta.site, v.text());
}

}  // namespace winnow::detail::meta
