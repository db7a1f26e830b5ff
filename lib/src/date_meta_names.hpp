// Meta tag names that date a page: the families that say "published" or "modified", the generic
// names ("date", "dc.date") that only say "a date", and unknown names that still say what they date
// ("cms:publishdate"). Part of the dates stage (dates.cpp).
#pragma once
#include <string_view>

#include "date_words.hpp"

namespace winnow::detail {

struct MetaDateName {
    DateLabel kind = DateLabel::none;   // none: the name dates nothing of the page
    int weight = 0;                     // the source weight of its date
    bool generic = false;               // "date", "created", "dc.date": a date, not said of what
};

// What a meta name (lower case) dates, and how much its date weighs; in_body: the tag sits in the
// body, where meta tags belong to embedded items more often than to the page.
MetaDateName meta_date_name(std::string_view lower_key, bool in_body);

}  // namespace winnow::detail
