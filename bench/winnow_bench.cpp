// winnow_bench — throughput and memory of the winnow pipeline on a corpus of pages, side by
// side with Gumbo parsing the same raw pages. See bench/README.md.
//
// Everything is measured in one run, in interleaved rounds (every mode once per round, each on
// a fresh thread, in alternating order), and each ratio is the median of the per-round paired
// ratios, so the ratios printed hold even on a busy machine.
#include <gumbo.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <time.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include <winnow/winnow.hpp>

#include "blocks.hpp"
#include "decode.hpp"
#include "extract.hpp"
#include "filters/evidence.hpp"
#include "filters/filters.hpp"
#include "gumbo_hazards.hpp"
#include "limits.hpp"
#include "metadata.hpp"
#include "nesting_guard.hpp"
#include "parse_html.hpp"
#include "preclean.hpp"
#include "prune.hpp"
#include "unicode.hpp"

namespace fs = std::filesystem;
using namespace winnow;
using Clock = std::chrono::steady_clock;

namespace {

struct Page {
    std::string name;
    std::string bytes;
};

bool gunzip_file(const fs::path& path, std::string& out) {
    gzFile f = gzopen(path.c_str(), "rb");
    if (!f) return false;
    out.clear();
    char buf[1 << 16];
    int n;
    while ((n = gzread(f, buf, sizeof buf)) > 0) out.append(buf, static_cast<std::size_t>(n));
    const bool ok = n == 0;
    gzclose(f);
    return ok;
}

std::vector<fs::path> corpus_files(const fs::path& dir) {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir)) {
        const std::string name = e.path().filename().string();
        if (name.ends_with(".html.gz") || name.ends_with(".html") || name.ends_with(".htm")) files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

bool load_page(const fs::path& p, std::string& out) {
    if (p.extension() == ".gz") return gunzip_file(p, out);
    std::FILE* f = std::fopen(p.c_str(), "rb");
    if (!f) return false;
    out.clear();
    char buf[1 << 16];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
    std::fclose(f);
    return true;
}

double process_cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

double median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const std::size_t m = v.size() / 2;
    return v.size() % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

// Wall and CPU time of one timed section.
struct Timing {
    double wall = 0, cpu = 0;
};

double thread_cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Runs fn on a fresh thread and times it there. Every single-thread section (the Gumbo control
// and the pipeline alike) runs this way, so none inherits the main thread's malloc arena as the
// rounds before it left it, and each is charged only its own CPU time. Pool sections start their
// threads from this fresh thread too; their CPU time is the process's.
template <class Fn>
Timing on_fresh_thread(Fn fn, bool pool = false) {
    Timing t;
    std::thread th([&] {
        const double c0 = pool ? process_cpu_seconds() : thread_cpu_seconds();
        const auto t0 = Clock::now();
        fn();
        t.wall = seconds_since(t0);
        t.cpu = (pool ? process_cpu_seconds() : thread_cpu_seconds()) - c0;
    });
    th.join();
    return t;
}

// ---------------------------------------------------------------- timed modes

void gumbo_only(const std::vector<Page>& pages) {
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;   // as winnow's own parse: the faster Gumbo baseline
    for (const Page& p : pages) {
        GumboOutput* out = gumbo_parse_with_options(&options, p.bytes.data(), p.bytes.size());
        gumbo_destroy_output(&options, out);
    }
}

std::size_t whole(const Cleaner& cleaner, const std::vector<Page>& pages) {
    std::size_t out = 0;
    for (const Page& p : pages) out += to_xml(cleaner.clean(p.bytes).document).size();
    return out;
}

enum Stage { decode, preclean, guard, parse, metadata, prune, extract, blocks, unicode, filters, emit, stage_count };
constexpr const char* stage_names[stage_count] = {"decode", "preclean", "nesting guard + hazards", "parse (Gumbo + Dom)",
                                                  "metadata (+ dates)", "prune", "extract", "blocks", "unicode",
                                                  "filters", "emit (XML)"};

// The pipeline of Cleaner::clean + to_xml for HTML pages, stage by stage, each one timed.
// Keep in step with lib/src/cleaner.cpp (html_to_document and the filter order).
void staged(const std::vector<Page>& pages, const Options& options, double (&t)[stage_count]) {
    std::string buf, guarded, defused;
    const Limits& lim = options.limits;
    for (const Page& p : pages) {
        auto t0 = Clock::now();
        detail::DecodedInput in = detail::decode_to_utf8(p.bytes);
        t[decode] += seconds_since(t0);
        t0 = Clock::now();
        detail::TextRuns runs;   // placeholders for long text runs, put back by Dom::parse
        detail::preclean_html(in.text, buf, nullptr, nullptr, options.text_runs ? &runs : nullptr);
        t[preclean] += seconds_since(t0);
        t0 = Clock::now();
        bool flattened = false;
        std::string_view html = detail::guard_nesting(
            buf, {lim.max_dom_depth, lim.max_attributes, lim.max_nodes, buf.size() + runs.saved_bytes()}, guarded, flattened);
        html = detail::defuse_gumbo_hazards(html, defused);
        t[guard] += seconds_since(t0);
        t0 = Clock::now();
        auto dom = detail::Dom::parse(html, lim.max_nodes, lim.max_dom_depth, &runs.runs());
        t[parse] += seconds_since(t0);
        Document doc;
        t0 = Clock::now();
        detail::PageFacts facts = detail::read_metadata(*dom, {}, options.reference_date);
        t[metadata] += seconds_since(t0);
        t0 = Clock::now();
        detail::prune(*dom);
        t[prune] += seconds_since(t0);
        t0 = Clock::now();
        const detail::Extraction region = detail::extract_main_content(*dom, facts);   // reads facts.meta
        doc.meta = std::move(facts.meta);
        t[extract] += seconds_since(t0);
        t0 = Clock::now();
        const std::string base = !doc.meta.url.empty() ? doc.meta.url : doc.meta.canonical_url;
        doc.body = detail::build_blocks(*dom, region.roots, base, options.keep_links);
        t[blocks] += seconds_since(t0);
        t0 = Clock::now();
        dom.reset();   // Gumbo's tree is freed here in the real pipeline too
        t[parse] += seconds_since(t0);
        t0 = Clock::now();
        (void)detail::cap_text_runs(doc.body, lim.max_text_run);
        detail::normalize_document(doc, options.unicode);
        t[unicode] += seconds_since(t0);
        t0 = Clock::now();
        detail::ViewMemo memo;
        detail::remove_exact_repeats(doc, options.noise, &memo);
        detail::remove_repeated_blocks(doc, options.noise, &memo);
        detail::remove_promo_blocks(doc, options.noise, &memo);
        detail::remove_foreign_boxes(doc, options.noise, &memo);
        detail::remove_garbage(doc, options.noise);
        detail::remove_link_residue(doc, options.noise);
        detail::remove_exact_repeats(doc, options.noise, &memo);
        detail::remove_empty_blocks(doc);
        detail::remove_closing_headings(doc);
        t[filters] += seconds_since(t0);
        t0 = Clock::now();
        const std::string xml = to_xml(doc);
        t[emit] += seconds_since(t0);
    }
}

// The headline pair: Gumbo parse-only and the whole pipeline on the same thread, interleaved a
// few pages at a time in alternating order, so a change in the machine's load during the round
// falls on both sides alike. Wall and thread CPU time are summed per side.
void paired(const Cleaner& cleaner, const std::vector<Page>& pages, Timing& gumbo, Timing& pipeline) {
    constexpr std::size_t chunk = 4;
    const std::vector<Page> none;
    for (std::size_t i = 0, k = 0; i < pages.size(); i += chunk, ++k) {
        const std::vector<Page> part(pages.begin() + static_cast<std::ptrdiff_t>(i),
                                     pages.begin() + static_cast<std::ptrdiff_t>(std::min(pages.size(), i + chunk)));
        auto time = [](Timing& t, auto&& fn) {
            const double c0 = thread_cpu_seconds();
            const auto t0 = Clock::now();
            fn();
            t.wall += seconds_since(t0);
            t.cpu += thread_cpu_seconds() - c0;
        };
        auto g = [&] { time(gumbo, [&] { gumbo_only(part); }); };
        auto w = [&] { time(pipeline, [&] { whole(cleaner, part); }); };
        if (k % 2) g(), w();
        else w(), g();
    }
}

// The machine's own parallel headroom: Gumbo alone, same pages, same thread pool.
void gumbo_threads(const std::vector<Page>& pages, unsigned threads) {
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        GumboOptions options = kGumboDefaultOptions;
        options.max_errors = 0;
        for (std::size_t i; (i = next.fetch_add(1)) < pages.size();)
            gumbo_destroy_output(&options, gumbo_parse_with_options(&options, pages[i].bytes.data(), pages[i].bytes.size()));
    };
    std::vector<std::thread> pool;
    for (unsigned k = 1; k < threads; ++k) pool.emplace_back(work);
    work();
    for (auto& th : pool) th.join();
}


void whole_threads(const Cleaner& cleaner, const std::vector<Page>& pages, unsigned threads) {
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i; (i = next.fetch_add(1)) < pages.size();) {
            const std::string xml = to_xml(cleaner.clean(pages[i].bytes).document);
        }
    };
    std::vector<std::thread> pool;
    for (unsigned k = 1; k < threads; ++k) pool.emplace_back(work);
    work();
    for (auto& th : pool) th.join();
}

// ---------------------------------------------------------------- memory (child processes)

// Runs fn in a forked child and returns the child's peak RSS in KiB (or -1).
template <class Fn>
long child_peak_rss_kib(Fn fn) {
    std::fflush(stdout);
    const pid_t pid = fork();
    if (pid < 0) return -1;
    if (pid == 0) {
        fn();
        std::_Exit(0);
    }
    int status = 0;
    struct rusage ru {};
    if (wait4(pid, &status, 0, &ru) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) return -1;
    return ru.ru_maxrss;
}

void print_row(const char* name, double secs, std::size_t pages, std::size_t bytes, double gumbo_secs) {
    if (secs <= 0) {
        std::printf("  %-34s %10s\n", name, "-");
        return;
    }
    std::printf("  %-34s %9.1f ms %9.1f pages/s %8.1f MB/s %7.2fx\n", name, secs * 1e3,
                static_cast<double>(pages) / secs, static_cast<double>(bytes) / 1e6 / secs, gumbo_secs / secs);
}

fs::path default_corpus() {
    for (const char* c : {"../shared/corpus/shb-dev/html", "../../shared/corpus/shb-dev/html",
                          WINNOW_SOURCE_DIR "/../shared/corpus/shb-dev/html",
                          WINNOW_SOURCE_DIR "/../../shared/corpus/shb-dev/html"})
        if (fs::is_directory(c)) return c;
    return "../shared/corpus/shb-dev/html";
}

int usage() {
    std::fprintf(stderr,
                 "usage: winnow_bench [CORPUS_DIR] [--rounds N] [--threads N] [--no-memory]\n"
                 "  CORPUS_DIR  folder of *.html.gz / *.html pages (default ../shared/corpus/shb-dev/html)\n"
                 "  --rounds N  timing rounds, medians reported (default 7)\n"
                 "  --threads N threads for the -j row (default: hardware threads, at least 2)\n"
                 "  --no-memory skip the peak-RSS child processes\n");
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    fs::path dir;
    int rounds = 7;
    unsigned threads = std::max(2u, std::thread::hardware_concurrency());
    bool memory = true;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--rounds" && i + 1 < argc) rounds = std::max(1, std::atoi(argv[++i]));
        else if (a == "--threads" && i + 1 < argc) threads = static_cast<unsigned>(std::max(1, std::atoi(argv[++i])));
        else if (a == "--no-memory") memory = false;
        else if (a == "-h" || a == "--help") return usage();
        else if (!a.starts_with("-")) dir = a;
        else return usage();
    }
    if (dir.empty()) dir = default_corpus();
    if (!fs::is_directory(dir)) {
        std::fprintf(stderr, "winnow_bench: no corpus folder %s\n", dir.c_str());
        return usage();
    }
    const std::vector<fs::path> files = corpus_files(dir);
    if (files.empty()) {
        std::fprintf(stderr, "winnow_bench: no pages in %s\n", dir.c_str());
        return 1;
    }
    std::printf("winnow_bench %s  corpus %s  (%zu pages)\n", WINNOW_VERSION_STRING, dir.c_str(), files.size());

    // Memory first, in children forked before the corpus is loaded, so the figures are
    // what cleaning costs: one child streams the whole corpus from disk (load, clean, emit,
    // drop, next page); one child per page gives the per-page peak.
    if (memory) {
        const long base = child_peak_rss_kib([] {
            const Cleaner cleaner;
            (void)to_xml(cleaner.clean("<p>warm up</p>").document);
        });
        const long all = child_peak_rss_kib([&] {
            const Cleaner cleaner;
            std::string bytes;
            for (const auto& f : files)
                if (load_page(f, bytes)) (void)to_xml(cleaner.clean(bytes).document);
        });
        std::vector<double> per_size;
        long worst = 0;
        std::size_t worst_size = 0;
        for (const auto& f : files) {
            std::string bytes;
            if (!load_page(f, bytes)) continue;
            const long kib = child_peak_rss_kib([&] {
                const Cleaner cleaner;
                (void)to_xml(cleaner.clean(bytes).document);
            });
            if (kib < 0) continue;
            // The child inherits the page already loaded: count what cleaning added on top.
            const double extra = static_cast<double>(std::max(0L, kib - base)) * 1024.0;
            per_size.push_back(extra / static_cast<double>(bytes.size()));
            if (kib > worst) worst = kib, worst_size = bytes.size();
        }
        std::sort(per_size.begin(), per_size.end());
        std::printf("\nMemory (peak RSS, getrusage of child processes)\n");
        std::printf("  process baseline (cleaner on a tiny page)   %7.1f MB\n", static_cast<double>(base) / 1024);
        std::printf("  whole corpus in one process, streamed       %7.1f MB\n", static_cast<double>(all) / 1024);
        if (!per_size.empty())
            std::printf("  one page per process, above baseline: median %.1fx page size, p90 %.1fx, max %.1fx\n"
                        "  largest single-page peak %.1f MB (page of %.0f KB)\n",
                        per_size[per_size.size() / 2], per_size[per_size.size() * 9 / 10], per_size.back(),
                        static_cast<double>(worst) / 1024, static_cast<double>(worst_size) / 1024);
    }

    std::vector<Page> pages;
    std::size_t bytes = 0;
    for (const auto& f : files) {
        Page p{f.filename().string(), {}};
        if (!load_page(f, p.bytes)) {
            std::fprintf(stderr, "winnow_bench: cannot read %s\n", f.c_str());
            continue;
        }
        bytes += p.bytes.size();
        pages.push_back(std::move(p));
    }
    detail::PrecleanStats pst;
    for (const Page& p : pages) (void)detail::preclean_html(detail::decode_to_utf8(p.bytes).text, &pst);
    std::printf("\nCorpus: %zu pages, %.2f MB raw HTML (%.0f KB/page); preclean blanks %.0f%% of the bytes%s\n",
                pages.size(), static_cast<double>(bytes) / 1e6, static_cast<double>(bytes) / 1024 / pages.size(),
                100.0 * static_cast<double>(pst.blanked_bytes) / static_cast<double>(bytes),
                pst.bailed ? " (some pages copied partly verbatim)" : "");

    const Cleaner cleaner;
    const Options& options = cleaner.options();
    Options no_preclean_options;
    no_preclean_options.preclean = false;
    const Cleaner cleaner_without_preclean(no_preclean_options);
    // Every mode runs once per round on a fresh thread (on_fresh_thread); the order of the modes
    // alternates from one round to the next, so neither the control nor the pipeline always runs
    // right after the other. The ratios are the medians of the per-round paired ratios.
    std::vector<double> t_gumbo, t_gumbo_jn, t_whole, t_noprec, t_j1, t_jn, t_stage[stage_count];
    std::vector<double> r_wall, r_cpu, r_apart, r_prec, r_jn, r_gumbo_jn;   // per-round paired ratios
    std::vector<double> cpu_j1, cpu_jn, cpu_gumbo_jn;              // CPU seconds / wall seconds of the pool rows
    std::printf("\nRounds (one warm-up round first, not counted)\n");
    for (int r = -1; r < rounds; ++r) {   // round -1 warms up (caches, page faults) and is not counted
        Timing gumbo, whole1, pair_gumbo, pair_whole, noprec, j1, jn, gumbo_jn;
        double st[stage_count] = {};
        std::vector<std::function<void()>> modes = {
            [&] { gumbo = on_fresh_thread([&] { gumbo_only(pages); }); },
            [&] { whole1 = on_fresh_thread([&] { whole(cleaner, pages); }); },
            [&] { on_fresh_thread([&] { paired(cleaner, pages, pair_gumbo, pair_whole); }); },
            [&] { on_fresh_thread([&] { staged(pages, options, st); }); },
            [&] { noprec = on_fresh_thread([&] { whole(cleaner_without_preclean, pages); }); },
            [&] { j1 = on_fresh_thread([&] { whole_threads(cleaner, pages, 1); }, true); },
            [&] { jn = on_fresh_thread([&] { whole_threads(cleaner, pages, threads); }, true); },
            [&] { gumbo_jn = on_fresh_thread([&] { gumbo_threads(pages, threads); }, true); },
        };
        if (r % 2) std::reverse(modes.begin(), modes.end());
        for (auto& m : modes) m();
        if (r < 0) continue;
        t_gumbo.push_back(gumbo.wall);
        t_whole.push_back(whole1.wall);
        t_noprec.push_back(noprec.wall);
        t_j1.push_back(j1.wall);
        t_jn.push_back(jn.wall);
        t_gumbo_jn.push_back(gumbo_jn.wall);
        for (int s = 0; s < stage_count; ++s) t_stage[s].push_back(st[s]);
        r_wall.push_back(pair_gumbo.wall / pair_whole.wall);
        r_cpu.push_back(pair_gumbo.cpu / pair_whole.cpu);
        r_apart.push_back(gumbo.wall / whole1.wall);
        r_prec.push_back(noprec.wall / whole1.wall);
        r_jn.push_back(j1.wall / jn.wall);
        r_gumbo_jn.push_back(gumbo.wall / gumbo_jn.wall);
        cpu_j1.push_back(j1.cpu / j1.wall);
        cpu_jn.push_back(jn.cpu / jn.wall);
        cpu_gumbo_jn.push_back(gumbo_jn.cpu / gumbo_jn.wall);
        std::printf("  round %d: pipeline / Gumbo parse-only %.2fx wall, %.2fx CPU\n", r + 1, r_wall.back(), r_cpu.back());
    }

    const double g = median(t_gumbo);
    std::printf("\nThroughput (median of %d rounds; MB = 10^6 bytes of raw page HTML; last column = speed vs Gumbo parse-only)\n",
                rounds);
    print_row("Gumbo parse-only (raw pages)", g, pages.size(), bytes, g);
    std::printf("  stages, each alone (inside one pipeline run):\n");
    double sum = 0;
    for (int s = 0; s < stage_count; ++s) {
        const double m = median(t_stage[s]);
        sum += m;
        print_row((std::string("  ") + stage_names[s]).c_str(), m, pages.size(), bytes, g);
    }
    print_row("  sum of stages", sum, pages.size(), bytes, g);
    const double w = median(t_whole), np = median(t_noprec), j1 = median(t_j1), jn = median(t_jn);
    print_row("whole pipeline (clean + to_xml)", w, pages.size(), bytes, g);
    print_row("whole pipeline, preclean off", np, pages.size(), bytes, g);
    print_row("whole pipeline -j1 (thread pool)", j1, pages.size(), bytes, g);
    const std::string jname = "whole pipeline -j" + std::to_string(threads);
    print_row(jname.c_str(), jn, pages.size(), bytes, g);
    const std::string gname = "Gumbo parse-only -j" + std::to_string(threads) + " (control)";
    print_row(gname.c_str(), median(t_gumbo_jn), pages.size(), bytes, g);

    auto spread = [](const std::vector<double>& v) {
        return v.empty() ? 0.0 : 100.0 * (*std::max_element(v.begin(), v.end()) / *std::min_element(v.begin(), v.end()) - 1);
    };
    std::printf("\nRatios (median of the %d per-round paired ratios; spread = max / min - 1 over the rounds)\n", rounds);
    std::printf("  whole pipeline / Gumbo parse-only throughput   %.2fx  (target >= 1.8x; spread %.0f%%)\n", median(r_wall),
                spread(r_wall));
    std::printf("  same, by CPU time instead of wall time         %.2fx  (spread %.0f%%; less sensitive to a busy machine)\n",
                median(r_cpu), spread(r_cpu));
    std::printf("  same, timed apart (whole corpus each, fresh threads) %.2fx  (spread %.0f%%)\n", median(r_apart),
                spread(r_apart));
    std::printf("  preclean on / off                              %.2fx\n", median(r_prec));
    std::printf("  -j%u / -j1 pages/s                              %.2fx  (on %u hardware threads)\n", threads,
                median(r_jn), std::thread::hardware_concurrency());
    std::printf("  control: Gumbo parse-only -j%u / -j1            %.2fx  (what the machine gives right now)\n",
                threads, median(r_gumbo_jn));
    std::printf("  cores actually used (CPU time / wall time): pipeline -j1 %.2f, -j%u %.2f; Gumbo -j%u %.2f\n",
                median(cpu_j1), threads, median(cpu_jn), threads, median(cpu_gumbo_jn));
    {
        double load[3] = {};
        if (getloadavg(load, 3) == 3) std::printf("  load average at the end: %.2f %.2f %.2f\n", load[0], load[1], load[2]);
    }

    struct rusage ru {};
    getrusage(RUSAGE_SELF, &ru);
    std::printf("\nThis process's peak RSS (corpus held in memory, %d threads): %.1f MB\n", threads,
                static_cast<double>(ru.ru_maxrss) / 1024);
    return 0;
}
