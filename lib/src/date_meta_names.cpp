#include "date_meta_names.hpp"

#include <algorithm>
#include <initializer_list>
#include <iterator>

namespace winnow::detail {

namespace {

// Meta names of the publication date and of the last change (Open Graph / article, Dublin Core,
// schema.org itemprop, Parse.ly, Sailthru, citation and CMS names). Lower case.
constexpr std::string_view kMetaPublished[] = {
    "article:published_time", "article:published", "og:published_time", "og:article:published_time",
    "datepublished", "datecreated", "pubdate", "publishdate", "publish_date", "publish-date", "published_time",
    "published-date", "published_date", "publication_date", "publication-date", "dc.date.issued", "dc.date.created",
    "dcterms.issued", "dcterms.created", "dcterms.date", "dc.date", "dc:date", "date", "parsely-pub-date",
    "sailthru.date", "citation_publication_date", "citation_online_date", "citation_date", "article.published",
    "article_date_original", "original-publish-date", "originalpublicationdate", "cxenseparse:recs:publishtime",
    "release_date", "created", "creation_date", "displaydate", "article:post_date", "og:pubdate", "pubdate_date",
    "rnews:datepublished", "vr:published_time", "bt:pubdate", "prism.publicationdate", "datecreated"};
constexpr std::string_view kMetaModified[] = {
    "article:modified_time", "article:modified", "og:updated_time", "og:modified_time", "datemodified",
    "dc.date.modified", "dcterms.modified", "last-modified", "lastmod", "modified", "updated", "revised",
    "article.updated", "parsely-updated", "sailthru.lastmodified", "last_updated", "date_modified",
    "article:updated_time"};

// Generic names ("date", "created") are weaker than names that say "published"; meta tags in the
// body belong to embedded items more often than to the page.
bool generic_meta(std::string_view key) {
    return key == "date" || key == "created" || key == "dc.date" || key == "dc:date" || key == "dcterms.date";
}
int meta_weight(std::string_view key, bool in_body) { return (generic_meta(key) ? 9 : 10) - (in_body ? 2 : 0); }

// A meta name of no known family that still says what it dates ("cms:publishdate",
// "photo:uploaded", "x.articledate", "lastpublisheddate"); none for names of people, publishers,
// expiry or render times.
DateLabel meta_name_kind(std::string_view key) {
    auto any_in = [&](std::initializer_list<std::string_view> stems) {
        for (std::string_view stem : stems)
            if (key.find(stem) != std::string_view::npos) return true;
        return false;
    };
    if (any_in({"publisher", "creator", "expir", "render", "gentime", "birth", "start", "end", "valid"})) return DateLabel::none;
    if (any_in({"modif", "updat", "revis", "last"})) return DateLabel::modified;
    if (any_in({"publish", "pubdate", "upload", "created", "release", "date"})) return DateLabel::published;
    return DateLabel::none;
}

}  // namespace

MetaDateName meta_date_name(std::string_view key, bool in_body) {
    if (std::find(std::begin(kMetaPublished), std::end(kMetaPublished), key) != std::end(kMetaPublished))
        return {DateLabel::published, meta_weight(key, in_body), generic_meta(key)};
    if (std::find(std::begin(kMetaModified), std::end(kMetaModified), key) != std::end(kMetaModified))
        return {DateLabel::modified, 9, false};
    const DateLabel kind = meta_name_kind(key);
    return {kind, kind == DateLabel::published ? 6 : kind == DateLabel::modified ? 8 : 0, false};
}

}  // namespace winnow::detail
