// The metadata stage's parts, shared by its files: the field setters and tag list
// (metadata_fields.cpp), JSON-LD (metadata_jsonld.cpp), the title choice (metadata_title.cpp) and
// the lines under the headline (metadata_headline.cpp); metadata.cpp walks the page and calls them.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>

#include "json_value.hpp"
#include "limits.hpp"
#include "metadata.hpp"

namespace winnow::detail::meta {

// Whitespace trimmed at both ends, each inner run of it one space.
std::string trim(std::string_view s);

void set_if_empty(std::string& field, std::string_view value);

// Adds a named author once (compared without case), with a role when a later source gives one.
void add_author(Metadata& meta, std::string_view name, std::string_view role);

// The tags already in Metadata::tags, for a lookup per tag: searching the list for each new tag
// made a page of tens of thousands of keywords (meta tags, one long keywords list, JSON-LD)
// quadratic; 64,000 article:tag metas took 6.7 s and failed on the time budget.
// The reading carries the stage's budget ticker: a page of hundreds of thousands of keywords,
// authors or JSON-LD values stops near Limits::max_millis, as the other stages do.
struct TagsSeen {
    std::unordered_set<std::string> seen;
    BudgetTicker& ticker;
};

void add_tag(Metadata& meta, TagsSeen& tags, std::string_view tag);
void add_tags_csv(Metadata& meta, TagsSeen& seen, std::string_view list);

// Title, description, authors, site, language, keywords and article body of a JSON-LD value.
void read_jsonld(PageFacts& facts, TagsSeen& tags, const JsonValue& v, int depth);

struct TitleEvidence {
    std::string_view title_tag, og_title, h1;
    bool h1_is_permalink;  // the <h1> links to a page of its own: a headline, never the site's name
    bool h1_is_masthead;   // the <h1> links to the site's home page
    std::string_view part_heading;  // a heading saying another part of the <title> than the <h1> (title_part_heading)
    bool part_boxed = false;        // a box's heading says the rest of the <title>: it is the site's
};

// The page's own headline beats the <title>, which often carries the site name.
std::string choose_title(const TitleEvidence& e, std::string title, std::string_view site);

// The dek under the headline (PageFacts::subtitle_node, Metadata::subtitle).
void read_dek(const Dom& dom, PageFacts& facts);

// The author a byline under the headline names, when no tag does.
void read_visible_byline(const Dom& dom, std::uint32_t headline, Metadata& m);

}  // namespace winnow::detail::meta
