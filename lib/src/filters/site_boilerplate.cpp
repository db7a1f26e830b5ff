// Site boilerplate: blocks a SiteProfile saw on a large share of a host's pages (footers,
// bylines-of-the-house, "More from X" lists) are removed from a page of that host; so is a
// box-sized block whose near-duplicate bands were (the site's box, its wording varied), and a
// title too short for the profile to count right over either (the box's title).
#include <algorithm>
#include <functional>
#include <span>

#include "block_edit.hpp"
#include "filters/evidence.hpp"
#include "filters/filters.hpp"
#include "near_fingerprint.hpp"

namespace winnow::detail {

namespace {
std::size_t blocks_in(const std::vector<Block>& blocks) {
    std::size_t n = blocks.size();
    for (const auto& b : blocks) n += blocks_in(b.children);
    return n;
}

// A box's title too short for the profile to count ("Newsletter", "Kabar Lereng"): a heading, or
// a line of at most kTitleWords words set off in bold or italic or ending no sentence, with no
// link and nothing under it. Right over a block the profile removes, it is that block's title:
// the profile cannot tell it from the page's own words, its place does.
constexpr std::size_t kTitleWords = 3;
bool uncounted_title(const Block& b) {
    if (!b.children.empty() || b.text.empty() || profile_worthy(b.text)) return false;
    for (const Span& sp : b.spans)
        if (sp.kind == Span::Kind::link) return false;
    if (b.kind == BlockKind::heading) return true;
    if (b.kind != BlockKind::paragraph || word_count(b.text) > kTitleWords) return false;
    std::string_view t = b.text;
    while (!t.empty() && (t.back() == ' ' || t.back() == '\n')) t.remove_suffix(1);
    for (std::string_view end : {".", "!", "?", "\u2026", "\u3002", "\uFF01", "\uFF1F", "\u0964", "\u061F", "\u06D4"})
        if (t.ends_with(end)) return false;
    return true;
}
}  // namespace

void remove_site_boilerplate(Document& doc, const SiteProfile& profile, std::string_view host,
                             const NoiseOptions& options, const PageFingerprints* known) {
    if (!options.site_boilerplate) return;
    const std::uint32_t pages = profile.pages_of(host);
    if (pages == 0) return;
    const double share_need = options.site_min_share * static_cast<double>(pages);
    const double need = std::max(static_cast<double>(options.site_min_pages), share_need);
    // A profile counts a fingerprint once per page, so none of a host with fewer pages than a
    // match needs can match: nothing to look up (most hosts of a varied batch).
    if (static_cast<double>(pages) < need) return;
    // Fingerprints made for another document (another block count) are not used. (Past the
    // body's blocks they hold the page's removed promo boxes, which only count for learning,
    // and the near-duplicate bands, which near_copy_seen takes instead of hashing again.)
    FingerprintLayout layout;
    if (known) {
        layout = fingerprint_layout(doc);
        if (known->block.size() != known->counted.size() || known->block.size() != layout.size()) known = nullptr;
    }
    const auto bands_match = [&](std::span<const std::uint64_t> bands) {
        std::size_t bands_seen = 0;
        for (std::uint64_t band : bands)
            bands_seen += static_cast<double>(profile.pages_with_fingerprint(host, band)) >= need;
        return bands_seen >= kNearBandsToMatch;
    };
    std::size_t banded_next = 0;   // into layout.banded: the first body block at or past the one looked at
    // A box-sized block (pre-order index at) most of whose word triples the site printed on
    // enough pages.
    const auto near_copy_seen = [&](std::string_view text, std::size_t at) {
        if (!known) {
            if (!near_sized(text)) return false;
            const auto bands = near_bands(text);
            return bands_match(bands);
        }
        while (banded_next < layout.banded.size() && layout.banded[banded_next] < at) ++banded_next;
        if (banded_next == layout.banded.size() || layout.banded[banded_next] != at) return false;  // not box-sized
        return bands_match(std::span<const std::uint64_t>(known->block).subspan(layout.bands_of(banded_next), kNearBands));
    };
    std::size_t next = 0;   // pre-order index of the block looked at, into *known
    std::function<void(std::vector<Block>&)> walk = [&](std::vector<Block>& blocks) {
        for (std::size_t i = 0; i < blocks.size();) {
            Block& b = blocks[i];
            const std::size_t at = next++;
            // known->counted[at] is this same test, made when the fingerprints were
            if (b.kind != BlockKind::cell &&
                (known ? static_cast<bool>(known->counted[at])
                       : !b.text.empty() && b.kind != BlockKind::code && profile_worthy(b.text))) {
                const std::uint32_t seen = known ? profile.pages_with_fingerprint(host, known->block[at])
                                                 : profile.pages_with(host, b.text);
                if (static_cast<double>(seen) >= need || near_copy_seen(b.text, at)) {
                    doc.removed.push_back(Removal{RemovalReason::site_boilerplate, false, flat_text(b), b.source_line,
                                                  std::min(1.0, static_cast<double>(seen) / static_cast<double>(pages)), b.order, 0});
                    next += blocks_in(b.children);   // their fingerprints go with them
                    blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(i));
                    if (i > 0 && uncounted_title(blocks[i - 1])) {
                        const Block& title = blocks[i - 1];
                        doc.removed.push_back(Removal{RemovalReason::site_boilerplate, false, flat_text(title),
                                                      title.source_line, doc.removed.back().score, title.order, 0});
                        blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(i - 1));
                        --i;
                    }
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
