// winnow.SiteProfile: the library's SiteProfile, learned page by page from Python.
#pragma once
#include <winnow/winnow.hpp>

namespace winnow::py {

struct PySiteProfile {
    SiteProfile profile;
    std::uint64_t without_host = 0;  // pages learn() could not give to a site
};

}  // namespace winnow::py
