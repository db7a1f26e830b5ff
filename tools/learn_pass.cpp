#include "learn_pass.hpp"

#include <cerrno>
#include <charconv>
#include <cstdio>

namespace winnow::cli {

std::string LearnPass::learn(const Result& r, const PageFingerprints& fingerprints, std::string_view tag) {
    // (Made once, with the cleaning: pass two's site filter reuses them.)
    if (r.ok()) learner_.add(r.document, fingerprints);
    (r.ok() ? c_.ok : c_.failed)++;
    c_.done++;
    if (!keep_) return {};
    return join_fields({tag, PageStore::encode(r, r.ok() ? fingerprints : PageFingerprints{})});
}

void LearnPass::keep(const std::string& learned) {
    if (!keep_ || !keep_error_.empty()) return;
    std::vector<std::string> parts = split_fields(learned);
    if (parts.size() != 2) return;
    if (!kept_.append(std::move(parts[1]), 0, std::move(parts[0]), keep_error_))
        if (const int err = kept_.spill_error(); err == ENOSPC || err == EDQUOT) stop_for_full_disk(err);
}

int LearnPass::finish(const CliOptions& o, Progress& progress, std::shared_ptr<const SiteProfile>& profile) {
    if (const int err = full_disk_error(); err && !stop_signal()) {
        progress.message(spill_full_message(err));
        return 1;
    }
    if (stop_requested()) {
        if (!o.quiet) progress.message("winnow: interrupted while learning the site profile; nothing was written");
        return 128 + stop_signal();
    }
    if (!keep_error_.empty()) {
        std::fprintf(stderr, "winnow: %s\n", keep_error_.c_str());
        return 1;
    }
    profile = learner_.merged();
    std::string error;
    if (!o.save_profile.empty() && !save_profile(o.save_profile, profile.get(), error)) {
        std::fprintf(stderr, "winnow: %s\n", error.c_str());
        return 1;
    }
    return -1;
}

std::string join_fields(std::initializer_list<std::string_view> fields) {
    std::string out;
    for (std::string_view f : fields) {
        out += std::to_string(f.size());
        out += ':';
        out += f;
    }
    return out;
}

std::vector<std::string> split_fields(std::string_view tag) {
    std::vector<std::string> out;
    while (!tag.empty()) {
        std::size_t n = 0;
        const auto [p, ec] = std::from_chars(tag.data(), tag.data() + tag.size(), n);
        if (ec != std::errc() || p == tag.data() + tag.size() || *p != ':') break;
        const std::size_t head = static_cast<std::size_t>(p - tag.data()) + 1;
        if (n > tag.size() - head) break;
        out.emplace_back(tag.substr(head, n));
        tag.remove_prefix(head + n);
    }
    return out;
}

}  // namespace winnow::cli
