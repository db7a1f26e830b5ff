// The pipeline: runs the stages in order (docs/architecture.md) and owns nothing mutable,
// so one Cleaner serves many threads.
#include <winnow/winnow.hpp>

#include <algorithm>
#include <optional>

#include "binary_kind.hpp"
#include "blocks.hpp"
#include "c1_controls.hpp"
#include "noncharacters.hpp"
#include "decode.hpp"
#include "dropped_actions.hpp"
#include "extract.hpp"
#include "filters/evidence.hpp"
#include "filters/filters.hpp"
#include "filters/page_script.hpp"
#include "gumbo_hazards.hpp"
#include "limits.hpp"
#include "metadata.hpp"
#include "near_fingerprint.hpp"
#include "nesting_guard.hpp"
#include "parse_html.hpp"
#include "preclean.hpp"
#include "srcdoc.hpp"
#include "prune.hpp"
#include "sniff_input.hpp"
#include "text_structure.hpp"
#include "unicode.hpp"

namespace winnow {

struct Cleaner::Impl {
    Options options;
    std::shared_ptr<const SiteProfile> profile;
};

Cleaner::Cleaner(Options options) : Cleaner(std::move(options), nullptr) {}
Cleaner::Cleaner(Options options, std::shared_ptr<const SiteProfile> profile)
    : impl_(std::make_unique<Impl>(Impl{std::move(options), std::move(profile)})) {}
Cleaner::~Cleaner() = default;
Cleaner::Cleaner(Cleaner&&) noexcept = default;
Cleaner& Cleaner::operator=(Cleaner&&) noexcept = default;
const Options& Cleaner::options() const noexcept { return impl_->options; }

namespace {

// Numbers the blocks in pre-order before any filter runs, so that a removal can name the block
// it was (Removal::block) and an audit view can put it back in place.
void number_blocks(std::vector<Block>& blocks, std::uint32_t& next) {
    for (auto& b : blocks) {
        b.order = ++next;
        number_blocks(b.children, next);
    }
}

void html_to_document(std::string_view utf8, const Options& options, const Hints& hints, Document& doc,
                      const detail::Budget& budget) {
    // Blank script/style/comment/svg bodies first: the same DOM for the stages, far less to tokenize.
    // An embedded frame's document given in its srcdoc attribute, holding prose, is read as markup.
    std::string framed;
    utf8 = detail::inline_srcdoc(utf8, framed);
    std::string precleaned;
    std::vector<detail::StyleSheetText> styles;  // views into the page before preclean blanks them
    const std::string_view page = utf8;
    detail::TextRuns runs;  // long text runs Gumbo sees as one character each (views into page)
    const detail::GuardLimits limits{options.limits.max_dom_depth, options.limits.max_attributes, options.limits.max_nodes};
    // The scanner tells the guard's model each tag it reads: a page within the limits is not read again.
    detail::NestingCheck nesting(page, limits);
    if (options.preclean) {
        detail::preclean_html(page, precleaned, nullptr, &styles, options.text_runs ? &runs : nullptr, &nesting);
        utf8 = precleaned;
    }
    std::string guarded;  // Gumbo must never see deep nesting (it is quadratic in it); the Dom refers into this
    bool flattened = false;
    if (!options.preclean || nesting.guard_needed())
        utf8 = detail::guard_nesting(utf8, {limits.max_depth, limits.max_attributes, limits.max_nodes, utf8.size() + runs.saved_bytes()},
                                     guarded, flattened);
    std::string defused;  // constructs that abort the system Gumbo on an assertion, rewritten
    utf8 = detail::defuse_gumbo_hazards(utf8, defused);
    auto dom = detail::Dom::parse(utf8, options.limits.max_nodes, options.limits.max_dom_depth, &runs.runs(), &runs.values(),
                                  true);
    if (dom->truncated || flattened) doc.warnings.emplace_back("page exceeds the node or depth limit; the rest was flattened or dropped");
    budget.check("parsing");
    const std::string_view reference = !hints.reference_date.empty() ? hints.reference_date
                                                                     : std::string_view(options.reference_date);
    detail::PageFacts facts = detail::read_metadata(*dom, hints.url, reference, budget);
    // What the page's own <style> blocks hide (display:none on a class or an id) is no content.
    const detail::HiddenSelectors sheets = options.preclean ? detail::HiddenSelectors(styles) : detail::HiddenSelectors(*dom);
    detail::prune(*dom, sheets);
    budget.check("metadata");
    // Extraction reads the metadata too (author names mark bylines and author boxes).
    const detail::Extraction region = detail::extract_main_content(*dom, facts, budget);
    doc.meta = std::move(facts.meta);
    budget.check("extraction");
    const std::string base = !doc.meta.url.empty() ? doc.meta.url : doc.meta.canonical_url;
    std::vector<std::uint32_t> starts;  // per top-level block, the DOM node its text starts at
    doc.body = region.use_article_body ? detail::blocks_from_text_body(facts.article_body)
                                       : detail::build_blocks(*dom, region.roots, base, options.keep_links, &starts);
    std::uint32_t numbered = 0;
    number_blocks(doc.body, numbered);
    // Links and buttons dropped as chrome, kept as removals: a promo box's way out, placed after
    // the block before it in document order.
    if (!region.use_article_body) detail::record_dropped_actions(*dom, region.roots, starts, doc);
    if (options.comments && !region.comments.empty()) {
        // The threads were marked removed as chrome of the region; built apart, they are kept.
        for (std::uint32_t c : region.comments) dom->nodes[c].removed = false;
        doc.comments = detail::build_blocks(*dom, region.comments, base, options.keep_links);
    }
}

// Every stage before the site-profile filter. Returns with result.error set on failure. memo:
// the noise filters' word folds, left for the caller (made with fingerprints when it asks).
void clean_to_profile(const Options& options, std::string_view bytes, const Hints& hints,
                      const detail::Budget& budget, Result& result, detail::ViewMemo& memo) {
    Document& doc = result.document;
    if (bytes.size() > options.limits.max_input_bytes) {
        result.error = "input is " + std::to_string(bytes.size()) + " bytes, over the limit of " +
                       std::to_string(options.limits.max_input_bytes) + " (Limits::max_input_bytes)";
        return;
    }
    if (const char* kind = detail::binary_kind(bytes)) {
        result.error = std::string("input is ") + kind + ", not HTML or text";
        return;
    }
    // (A page in UTF-8 or ASCII is read where it stands, not copied: `text` views bytes then.)
    detail::DecodedInput decoded = detail::decode_to_utf8(bytes, hints.charset, true);
    std::string_view text = decoded.view(bytes);
    budget.check("decoding");
    doc.source_charset = decoded.charset;
    if (decoded.had_invalid_bytes) doc.warnings.emplace_back("input had bytes invalid in " + decoded.charset);
    // (before the parser, which makes each one U+FFFD: the mark of unreadable bytes)
    if (detail::drop_noncharacters(text, decoded.text)) {
        decoded.as_given = false;
        text = decoded.text;
    }
    InputKind kind = options.input;
    if (kind == InputKind::automatic)
        kind = detail::looks_like_html(text) ? InputKind::html : InputKind::text;
    doc.input = kind;
    if (kind == InputKind::html) {
        // before the parser, which turns them into U+FFFD: mojibake repair needs them
        if (options.unicode.repair_mojibake && detail::escape_c1_controls(text, decoded.text)) {
            decoded.as_given = false;
            text = decoded.text;
        }
        html_to_document(text, options, hints, doc, budget);
    } else {
        detail::structure_text(text, doc);
        if (!hints.url.empty()) doc.meta.url = std::string(hints.url);
    }
    budget.check("block building");
    if (kind != InputKind::html) {  // (HTML's blocks are numbered as they are built)
        std::uint32_t numbered = 0;
        number_blocks(doc.body, numbered);
    }
    detail::place_unnumbered_removals(doc);
    if (detail::cap_text_runs(doc.body, options.limits.max_text_run) > 0)
        doc.warnings.emplace_back("text runs longer than " + std::to_string(options.limits.max_text_run) +
                                  " bytes were cut (Limits::max_text_run)");
    detail::normalize_document(doc, options.unicode);
    if (!doc.comments.empty()) {
        // Comments get the same Unicode repair as the body (not the noise filters, which
        // are tuned on article text).
        Document thread;
        thread.body = std::move(doc.comments);
        detail::normalize_document(thread, options.unicode);
        detail::remove_empty_blocks(thread);
        doc.comments = std::move(thread.body);
    }
    budget.check("Unicode normalization");

    // Past this point the document is complete: running out of time only skips filters. A
    // filter that runs out inside its loops stops where the document is whole (filters.hpp)
    // and the ones after it are skipped.
    const NoiseOptions& noise = options.noise;
    // memo: the blocks' word hashes, computed once for the filters that view them
    if (memo.makes_fingerprints() && site_host(doc).empty()) memo.stop_fingerprints();
    std::string& skipped = result.skipped_filters_from;
    bool cut_short = false;  // the filter named by `skipped` started and stopped part-way
    auto run = [&](bool enabled, const char* name, auto&& filter) {
        if (!enabled || !skipped.empty()) return;
        if (budget.expired()) {
            skipped = name;
            return;
        }
        try {
            filter();
        } catch (const detail::BudgetExceeded&) {
            skipped = name;
            cut_short = true;
        }
    };
    run(noise.repeated_blocks, "repeated blocks", [&] {
        detail::remove_exact_repeats(doc, noise, &memo, budget);
        detail::remove_restated_leads(doc, &memo);
        detail::remove_repeated_blocks(doc, noise, &memo, budget);
    });
    run(noise.promo, "promo blocks", [&] {
        detail::remove_promo_blocks(doc, noise, &memo, budget);
        detail::remove_foreign_boxes(doc, noise, &memo, budget);
    });
    // (The document's script, counted by the garbage filter, is handed on when it removed nothing.)
    std::optional<int> page_script;
    run(noise.garbage, "garbage", [&] { detail::remove_garbage(doc, noise, budget, &page_script); });
    run(noise.link_residue, "link residue", [&] { detail::remove_link_residue(doc, noise, budget, page_script); });
    // Exact repeats run first, so that the evidence pass weighs the page without the pasted
    // lines, and again last: they judge a copy by its neighbours, and the other filters remove
    // some (a second pass over the text output sees only those left).
    run(noise.repeated_blocks, "exact repeats", [&] { detail::remove_exact_repeats(doc, noise, &memo, budget); });
    // Labels the filters left closing the body (pass one of a batch learns from this body, as
    // a profile learned from whole pages does: finish_document runs it again after the site
    // profile's removals).
    detail::remove_closing_headings(doc);
    if (cut_short)
        doc.warnings.push_back(budget.message("noise filtering") + "; stopped " + skipped +
                               " part-way and skipped the filters after it");
    else if (!skipped.empty())
        doc.warnings.push_back(budget.message("noise filtering") + "; skipped the filters from " + skipped + " on");
}

// The stages from the site-profile filter on. budget: none in a separate second pass;
// known: the page's fingerprints, when pass one made them.
void finish_document(Result& result, const NoiseOptions& noise, const SiteProfile* profile,
                     const detail::Budget* budget, const PageFingerprints* known = nullptr) {
    Document& doc = result.document;
    if (noise.site_boilerplate && profile && result.skipped_filters_from.empty()) {
        if (budget && budget->expired()) {
            result.skipped_filters_from = "site boilerplate";
            doc.warnings.push_back(budget->message("noise filtering") + "; skipped the filters from site boilerplate on");
        } else {
            const std::string host = site_host(doc);
            if (!host.empty()) detail::remove_site_boilerplate(doc, *profile, host, noise, known);
        }
    }
    detail::remove_empty_blocks(doc);
    detail::remove_closing_headings(doc);
    if (doc.body.empty()) doc.warnings.emplace_back("no article content found");
}

// Runs f(result); budget overruns and memory exhaustion become the result's error.
template <class F>
Result guarded(F&& f) {
    Result result;
    try {
        f(result);
    } catch (const detail::BudgetExceeded& e) {
        result = Result{};
        result.error = e.what();
    } catch (const std::bad_alloc&) {
        result = Result{};
        result.error = "out of memory while cleaning this input";
    }
    return result;
}

}  // namespace

Result Cleaner::clean(std::string_view bytes, const Hints& hints) const {
    return guarded([&](Result& result) {
        const detail::Budget budget(impl_->options.limits.max_millis);
        detail::ViewMemo memo;
        clean_to_profile(impl_->options, bytes, hints, budget, result, memo);
        if (result.ok()) finish_document(result, impl_->options.noise, impl_->profile.get(), &budget);
    });
}

Result Cleaner::clean_unprofiled(std::string_view bytes, const Hints& hints) const {
    return guarded([&](Result& result) {
        const detail::Budget budget(impl_->options.limits.max_millis);
        detail::ViewMemo memo;
        clean_to_profile(impl_->options, bytes, hints, budget, result, memo);
    });
}

Result Cleaner::clean_unprofiled(std::string_view bytes, const Hints& hints, PageFingerprints& fingerprints) const {
    fingerprints = {};
    return guarded([&](Result& result) {
        const detail::Budget budget(impl_->options.limits.max_millis);
        // (The filters' fold of each block makes its fingerprint too: the page's blocks are
        // not folded again for them.)
        detail::ViewMemo memo(/*joined=*/true);
        clean_to_profile(impl_->options, bytes, hints, budget, result, memo);
        // A page naming no host is neither learned from nor filtered by a site profile.
        if (result.ok() && !site_host(result.document).empty())
            fingerprints = detail::page_fingerprints(result.document, &memo);
    });
}

Result Cleaner::finish(Result unprofiled) const {
    if (!unprofiled.ok()) return unprofiled;
    Result out = guarded([&](Result& result) {
        result = std::move(unprofiled);
        finish_document(result, impl_->options.noise, impl_->profile.get(), nullptr);
    });
    return out;
}

Result Cleaner::finish(Result unprofiled, const PageFingerprints& fingerprints) const {
    if (!unprofiled.ok()) return unprofiled;
    Result out = guarded([&](Result& result) {
        result = std::move(unprofiled);
        finish_document(result, impl_->options.noise, impl_->profile.get(), nullptr, &fingerprints);
    });
    return out;
}

std::string site_host(const Document& doc) {
    std::string host = detail::url_host(doc.meta.url);
    return host.empty() ? detail::url_host(doc.meta.canonical_url) : host;
}

Result clean(std::string_view bytes, const Options& options, const Hints& hints) {
    return Cleaner(options).clean(bytes, hints);
}

}  // namespace winnow
