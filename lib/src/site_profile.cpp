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
#include <set>
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

// Calls f with the text of every counted body block (pre-order) and every learned promo box
// that is near_sized: the blocks whose near-duplicate bands a page's fingerprints carry.
template <class F>
void for_each_near_sized_block(const std::vector<Block>& blocks, F& f) {
    for (const auto& b : blocks) {
        if (!b.text.empty() && b.kind != BlockKind::code && detail::profile_worthy(b.text) && detail::near_sized(b.text)) f(b.text);
        for_each_near_sized_block(b.children, f);
    }
}

template <class F>
void for_each_near_sized(const Document& page, F&& f) {
    for_each_near_sized_block(page.body, f);
    for (const Removal& rm : page.removed)
        if (detail::learned_promo(rm) && detail::near_sized(rm.text)) f(std::string_view(rm.text));
}

void collect(const std::vector<Block>& blocks, PageFingerprints& out) {
    for (const auto& b : blocks) {
        const bool counted = !b.text.empty() && b.kind != BlockKind::code && detail::profile_worthy(b.text);
        out.block.push_back(counted ? detail::block_fingerprint(b.text) : 0);
        out.counted.push_back(counted);
        collect(b.children, out);
    }
}
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

PageFingerprints SiteProfile::fingerprints(const Document& page) {
    PageFingerprints out;
    collect(page.body, out);
    // The blocks the page's own filters took as promo boxes were on it too: a box they take on
    // some pages of a site and leave on others (in words foreign to one article and not to the
    // next) is learned from all of them. (After the body's blocks, which keep their indices.)
    for (const Removal& rm : page.removed)
        if (detail::learned_promo(rm)) {
            out.block.push_back(detail::block_fingerprint(rm.text));
            out.counted.push_back(true);
        }
    // Then the near-duplicate bands of the box-sized ones of both (near_fingerprint.hpp): a box
    // whose wording varies from page to page is learned by what its copies share.
    for_each_near_sized(page, [&](std::string_view text) {
        for (std::uint64_t band : detail::near_bands(text)) {
            out.block.push_back(band);
            out.counted.push_back(true);
        }
    });
    return out;
}

void SiteProfile::add_page(std::string_view host, const Document& page) {
    add_page(host, fingerprints(page));
}

void SiteProfile::add_page(std::string_view host, const PageFingerprints& page) {
    if (!impl_) impl_ = std::make_unique<Impl>();
    std::set<std::uint64_t> fps;  // each fingerprint once per page
    for (std::size_t i = 0; i < page.block.size() && i < page.counted.size(); ++i)
        if (page.counted[i]) fps.insert(page.block[i]);
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

bool profile_worthy(std::string_view text) {
    return word_count(text) >= 3 || text_length(text) >= 15;
}

bool learned_promo(const Removal& rm) { return !rm.span && rm.reason == RemovalReason::promo && profile_worthy(rm.text); }

FingerprintLayout fingerprint_layout(const Document& page) {
    FingerprintLayout out;
    // The same tests as collect() and for_each_near_sized(), in the same order.
    const auto walk = [&](const auto& self, const std::vector<Block>& blocks) -> void {
        for (const auto& b : blocks) {
            if (!b.text.empty() && b.kind != BlockKind::code && profile_worthy(b.text) && near_sized(b.text))
                out.banded.push_back(out.body_blocks);
            ++out.body_blocks;
            self(self, b.children);
        }
    };
    walk(walk, page.body);
    for (const Removal& rm : page.removed)
        if (learned_promo(rm)) {
            ++out.learned_promos;
            out.banded_promos += near_sized(rm.text);
        }
    return out;
}

std::size_t near_band_count(const Document& page) { return fingerprint_layout(page).bands(); }

}  // namespace winnow::detail
