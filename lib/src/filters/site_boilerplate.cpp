// Site boilerplate: blocks a SiteProfile saw on a large share of a host's pages (footers,
// bylines-of-the-house, "More from X" lists) are removed from a page of that host.
#include <algorithm>
#include <functional>

#include "block_edit.hpp"
#include "filters/filters.hpp"

namespace winnow::detail {

void remove_site_boilerplate(Document& doc, const SiteProfile& profile, std::string_view host,
                             const NoiseOptions& options) {
    if (!options.site_boilerplate) return;
    const std::uint32_t pages = profile.pages_of(host);
    if (pages == 0) return;
    const double share_need = options.site_min_share * static_cast<double>(pages);
    const double need = std::max(static_cast<double>(options.site_min_pages), share_need);
    std::function<void(std::vector<Block>&)> walk = [&](std::vector<Block>& blocks) {
        for (std::size_t i = 0; i < blocks.size();) {
            Block& b = blocks[i];
            if (!b.text.empty() && b.kind != BlockKind::code && b.kind != BlockKind::cell && profile_worthy(b.text)) {
                const std::uint32_t seen = profile.pages_with(host, b.text);
                if (static_cast<double>(seen) >= need) {
                    doc.removed.push_back(Removal{RemovalReason::site_boilerplate, false, flat_text(b), b.source_line,
                                                  std::min(1.0, static_cast<double>(seen) / static_cast<double>(pages)), b.order, 0});
                    blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(i));
                    continue;
                }
            }
            walk(b.children);
            ++i;
        }
    };
    walk(doc.body);
}

}  // namespace winnow::detail
