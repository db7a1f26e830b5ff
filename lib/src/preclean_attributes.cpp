#include "preclean_attributes.hpp"

namespace winnow::detail {

using attribute_names::lower;

bool attribute_unread(std::string_view name) {
    char buf[32];
    if (name.size() < 3 || name.size() > sizeof buf) return false;
    if (const char c = lower(name[0]); c != 'o' && c != 'd') return false;   // most names: class, href, src
    for (std::size_t i = 0; i < name.size(); ++i) buf[i] = lower(name[i]);
    const std::string_view n(buf, name.size());
    if (n.starts_with("on")) return true;
    if (!n.starts_with("data-")) return false;
    if (n == "data-src" || n == "data-lazy-src" || n == "data-original") return false;
    for (std::string_view dated : {"date", "publish", "time", "created"})
        if (n.find(dated) != std::string_view::npos) return false;
    return true;
}

bool attribute_dropped(std::string_view name) {
    return attribute_names::presentational_name(name) || attribute_names::unread_name(name);
}

}  // namespace winnow::detail
