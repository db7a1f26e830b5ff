// Sections of the article as the promo filter reads them (see promo_sections.hpp).
#include "filters/promo_sections.hpp"

#include "filters/promo_shapes.hpp"

namespace winnow::detail {

ArticleSections::ArticleSections(const Document& doc, const std::vector<BlockView>& views) : doc_(doc), views_(views) {
    bool first = true;
    for (std::size_t j = 0; j + 1 < views.size(); ++j) {
        if (!views[j].candidate) continue;
        const int f = form(j);
        const bool section = f >= 0 && views[j + 1].candidate && views[j + 1].length >= kSectionWords;
        if (section) ++by_form_[static_cast<std::size_t>(f)];
        if (first && section) opening_ = f;
        first = false;
    }
}

int ArticleSections::form(std::size_t view) const {
    const Block& b = doc_.body[views_[view].index];
    if (b.kind == BlockKind::heading) return b.level >= 1 && b.level <= 6 ? b.level : -1;
    if (b.kind == BlockKind::paragraph && views_[view].title_like && set_off(b)) return 0;
    return -1;
}

bool ArticleSections::step(std::size_t title, std::size_t words) const {
    const int f = form(title);
    if (f < 0 || words < kSectionWords) return false;
    const std::size_t n = by_form_[static_cast<std::size_t>(f)];
    return n >= kSeries || (n >= kOpenedSeries && opening_ == f);
}

}  // namespace winnow::detail
