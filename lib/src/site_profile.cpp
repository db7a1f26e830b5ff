// SiteProfile: per host, how many pages were seen and on how many of them each block
// fingerprint occurred. Learning is a pure count, so the result never depends on page order,
// and profiles built on separate threads merge by adding counts.
//
// Thread-safety: a SiteProfile is a plain value. Build one per thread (add_page is not
// synchronized) and merge() them, or guard a shared one with a mutex. Const members are
// safe to call concurrently (Cleaner shares a const profile between threads).
#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <map>
#include <sstream>
#include <unordered_map>

#include "block_edit.hpp"
#include "fingerprint.hpp"
#include "near_fingerprint.hpp"
#include "filters/evidence.hpp"
#include "filters/filters.hpp"
#include "text_length.hpp"

namespace winnow {

struct SiteProfile::Impl {
    struct Host {
        std::uint32_t pages = 0;
        std::unordered_map<std::uint64_t, std::uint32_t> seen;  // fingerprint -> pages
    };
    std::map<std::string, Host, std::less<>> hosts;
};

namespace {
constexpr std::string_view kMagic = "winnow-site-profile 1";

// Host names compare case-insensitively and without a leading "www.".
std::string host_key(std::string_view host) {
    std::string h(host);
    std::transform(h.begin(), h.end(), h.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (h.starts_with("www.")) h.erase(0, 4);
    return h;
}

// The profile's entry for host, or null. A host already in key form (the usual case: the
// site filter asks once per block) is looked up without building a key: no "www.", and only
// bytes tolower leaves as they are in any locale (no capitals, nothing past ASCII).
const SiteProfile::Impl::Host* find_host(const SiteProfile::Impl& impl, std::string_view host) {
    const bool is_key = !host.starts_with("www.") && std::none_of(host.begin(), host.end(), [](char c) {
                            return (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
                        });
    const auto it = is_key ? impl.hosts.find(host) : impl.hosts.find(host_key(host));
    return it == impl.hosts.end() ? nullptr : &it->second;
}

// What a block is to a profile, from one count of its words: counted (profile_worthy, not
// code), and banded (counted and near_sized: its near-duplicate bands follow the blocks').
bool profile_worthy_words(std::string_view text, std::size_t words) { return words >= 3 || detail::text_length(text) >= 15; }

struct BlockRole {
    bool counted = false;
    bool banded = false;
};
// The text's words, counted no further than 41: past 40 a block is counted (3 or more) and not
// banded (over near_sized's 40) whatever its length, so a long paragraph is not read to its end
// for a number no role needs.
std::size_t role_words(std::string_view text) { return detail::word_count(text, 41); }
BlockRole role_of(std::string_view text, bool code) {
    if (text.empty() || code) return {};
    const std::size_t words = role_words(text);
    const bool counted = profile_worthy_words(text, words);
    return {counted, counted && detail::near_sized_words(words, text)};
}

// block_fingerprint(text), taken from the memo when its fold read the text.
std::uint64_t fingerprint_of(const std::string& text, const detail::ViewMemo* memo) {
    const std::uint64_t* known = memo ? memo->fingerprint(text) : nullptr;
    return known ? *known : detail::block_fingerprint(text);
}

// near_bands(text), from the memo's word hashes when its fold read the text.
std::array<std::uint64_t, detail::kNearBands> bands_of(const std::string& text, const detail::ViewMemo* memo) {
    const detail::ViewWords* known = memo ? memo->known(text) : nullptr;
    return detail::near_bands(text, known ? &known->words : nullptr);
}

// The body's blocks in pre-order: each one's fingerprint where counted, and the banded ones' texts.
void collect(const std::vector<Block>& blocks, const detail::ViewMemo* memo, PageFingerprints& out,
             std::vector<const std::string*>& banded) {
    for (const auto& b : blocks) {
        const BlockRole role = role_of(b.text, b.kind == BlockKind::code);
        out.block.push_back(role.counted ? fingerprint_of(b.text, memo) : 0);
        out.counted.push_back(role.counted);
        if (role.banded) banded.push_back(&b.text);
        collect(b.children, memo, out, banded);
    }
}

bool promo_box(const Removal& rm) { return !rm.span && rm.reason == RemovalReason::promo; }
}  // namespace

SiteProfile::SiteProfile() : impl_(std::make_unique<Impl>()) {}
SiteProfile::~SiteProfile() = default;
SiteProfile::SiteProfile(SiteProfile&&) noexcept = default;
SiteProfile& SiteProfile::operator=(SiteProfile&&) noexcept = default;
SiteProfile::SiteProfile(const SiteProfile& o) : impl_(std::make_unique<Impl>(*o.impl_)) {}
SiteProfile& SiteProfile::operator=(const SiteProfile& o) {
    if (this != &o) impl_ = std::make_unique<Impl>(*o.impl_);
    return *this;
}

PageFingerprints SiteProfile::fingerprints(const Document& page) { return detail::page_fingerprints(page, nullptr); }

PageFingerprints detail::page_fingerprints(const Document& page, const ViewMemo* memo) {
    PageFingerprints out;
    std::vector<const std::string*> banded;
    collect(page.body, memo, out, banded);
    // The blocks the page's own filters took as promo boxes were on it too: a box they take on
    // some pages of a site and leave on others (in words foreign to one article and not to the
    // next) is learned from all of them. (After the body's blocks, which keep their indices.)
    for (const Removal& rm : page.removed) {
        if (!promo_box(rm)) continue;
        const BlockRole role = role_of(rm.text, false);   // counted: learned_promo(rm)
        if (!role.counted) continue;
        out.block.push_back(fingerprint_of(rm.text, memo));
        out.counted.push_back(true);
        if (role.banded) banded.push_back(&rm.text);
    }
    // Then the near-duplicate bands of the box-sized ones of both (near_fingerprint.hpp): a box
    // whose wording varies from page to page is learned by what its copies share.
    out.block.reserve(out.block.size() + detail::kNearBands * banded.size());
    for (const std::string* text : banded)
        for (std::uint64_t band : bands_of(*text, memo)) out.block.push_back(band);
    out.counted.resize(out.block.size(), true);
    return out;
}

void SiteProfile::add_page(std::string_view host, const Document& page) {
    add_page(host, fingerprints(page));
}

void SiteProfile::add_page(std::string_view host, const PageFingerprints& page) {
    if (!impl_) impl_ = std::make_unique<Impl>();
    std::vector<std::uint64_t> fps;  // each fingerprint once per page (sorted: no tree of nodes)
    const std::size_t n = std::min(page.block.size(), page.counted.size());
    fps.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        if (page.counted[i]) fps.push_back(page.block[i]);
    std::sort(fps.begin(), fps.end());
    fps.erase(std::unique(fps.begin(), fps.end()), fps.end());
    auto& h = impl_->hosts[host_key(host)];
    ++h.pages;
    for (auto fp : fps) ++h.seen[fp];
}

void SiteProfile::merge(const SiteProfile& other) {
    if (!other.impl_) return;
    if (!impl_) impl_ = std::make_unique<Impl>();
    for (const auto& [name, oh] : other.impl_->hosts) {
        auto& h = impl_->hosts[name];
        h.pages += oh.pages;
        for (const auto& [fp, n] : oh.seen) h.seen[fp] += n;
    }
}

std::uint32_t SiteProfile::pages_of(std::string_view host) const {
    const Impl::Host* h = impl_ ? find_host(*impl_, host) : nullptr;
    return h ? h->pages : 0;
}

std::uint32_t SiteProfile::pages_with(std::string_view host, std::string_view block_text) const {
    const Impl::Host* h = impl_ ? find_host(*impl_, host) : nullptr;
    if (!h) return 0;   // no fingerprint needed
    auto f = h->seen.find(detail::block_fingerprint(block_text));
    return f == h->seen.end() ? 0 : f->second;
}

std::uint32_t SiteProfile::pages_with_fingerprint(std::string_view host, std::uint64_t fingerprint) const {
    const Impl::Host* h = impl_ ? find_host(*impl_, host) : nullptr;
    if (!h) return 0;
    auto f = h->seen.find(fingerprint);
    return f == h->seen.end() ? 0 : f->second;
}

// Format (deterministic: hosts and fingerprints sorted):
//   winnow-site-profile 1
//   host <name> <pages>
//   <fingerprint hex16> <pages hex>
// Every count is saved, so profiles saved by separate runs still merge exactly.
std::string SiteProfile::save() const {
    std::ostringstream out;
    out << kMagic << '\n';
    if (!impl_) return out.str();
    for (const auto& [name, h] : impl_->hosts) {
        out << "host " << name << ' ' << h.pages << '\n';
        std::vector<std::pair<std::uint64_t, std::uint32_t>> rows(h.seen.begin(), h.seen.end());
        std::sort(rows.begin(), rows.end());
        char buf[40];
        for (const auto& [fp, n] : rows) {
            std::snprintf(buf, sizeof buf, "%016llx %x\n", static_cast<unsigned long long>(fp), n);
            out << buf;
        }
    }
    return out.str();
}

bool SiteProfile::load(std::string_view data, SiteProfile& out, std::string& error) {
    auto fresh = std::make_unique<Impl>();
    std::size_t line_no = 0;
    Impl::Host* host = nullptr;
    auto fail = [&](std::string why) {
        error = "site profile line " + std::to_string(line_no) + ": " + why;
        return false;
    };
    std::size_t p = 0;
    while (p < data.size()) {
        std::size_t e = data.find('\n', p);
        if (e == std::string_view::npos) e = data.size();
        std::string_view line = data.substr(p, e - p);
        p = e + 1;
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line_no == 1) {
            if (line != kMagic) return fail("not a winnow site profile (expected \"" + std::string(kMagic) + "\")");
            continue;
        }
        if (line.empty()) continue;
        if (line.starts_with("host ")) {
            const auto sp = line.rfind(' ');
            const std::string_view name = line.substr(5, sp > 5 ? sp - 5 : 0);
            const std::string_view count = line.substr(sp + 1);
            std::uint32_t pages = 0;
            auto [ptr, ec] = std::from_chars(count.data(), count.data() + count.size(), pages);
            if (name.empty() || ec != std::errc{} || ptr != count.data() + count.size())
                return fail("bad host line");
            host = &fresh->hosts[host_key(name)];
            host->pages += pages;
            continue;
        }
        if (!host) return fail("fingerprint before any host line");
        const auto sp = line.find(' ');
        if (sp != 16) return fail("bad fingerprint line");
        std::uint64_t fp = 0;
        std::uint32_t n = 0;
        auto r1 = std::from_chars(line.data(), line.data() + 16, fp, 16);
        auto r2 = std::from_chars(line.data() + 17, line.data() + line.size(), n, 16);
        if (r1.ec != std::errc{} || r1.ptr != line.data() + 16 || r2.ec != std::errc{} ||
            r2.ptr != line.data() + line.size() || n == 0)
            return fail("bad fingerprint line");
        if (n > host->pages) return fail("fingerprint seen on more pages than its host has");
        host->seen[fp] += n;
    }
    if (line_no == 0) return fail("empty input");
    out.impl_ = std::move(fresh);
    error.clear();
    return true;
}

}  // namespace winnow

namespace winnow::detail {

bool profile_worthy(std::string_view text) { return profile_worthy_words(text, word_count(text)); }

bool learned_promo(const Removal& rm) { return promo_box(rm) && profile_worthy(rm.text); }

FingerprintLayout fingerprint_layout(const Document& page) {
    FingerprintLayout out;
    // The same roles as SiteProfile::fingerprints gives, in the same order.
    const auto walk = [&](const auto& self, const std::vector<Block>& blocks) -> void {
        for (const auto& b : blocks) {
            if (role_of(b.text, b.kind == BlockKind::code).banded) out.banded.push_back(out.body_blocks);
            ++out.body_blocks;
            self(self, b.children);
        }
    };
    walk(walk, page.body);
    for (const Removal& rm : page.removed) {
        if (!promo_box(rm)) continue;
        const BlockRole role = role_of(rm.text, false);
        out.learned_promos += role.counted;
        out.banded_promos += role.banded;
    }
    return out;
}

std::size_t near_band_count(const Document& page) { return fingerprint_layout(page).bands(); }

}  // namespace winnow::detail
