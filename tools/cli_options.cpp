#include "cli_options.hpp"

#include <charconv>
#include <string>
#include <string_view>

namespace winnow::cli {

const char* usage_text() {
    return R"(usage: winnow [OPTIONS] [FILE...]
       winnow [OPTIONS] -i IN_DIR -o OUT_DIR
       winnow [OPTIONS] --jsonl [-o OUT_FILE] [FILE.jsonl[.gz]...]
       winnow --merge-profiles OUT_PROFILE IN_PROFILE...

Cleans scraped web articles (HTML or plain text, any encoding, optionally .gz) into
structured XML: title, byline, dates, headings, paragraphs, lists, tables, quotes and
links, with boilerplate, repeated promo blocks, garbage runs and link residue removed.
With no FILE, or FILE "-", reads standard input. Output goes to standard output.
"--" ends the options (for a FILE whose name starts with "-").

options:
  -f, --format FORMAT    xml (default), text, json, markdown (md), or audit: an HTML page
                         showing what was removed and why (batch: plus index.html)
      --input KIND       auto (default), html or text: how to read the input
      --report           list what was removed and why (xml and json)
      --compact          no indentation in xml/json output
      --front-matter     markdown: metadata as a YAML front-matter block
      --url URL          the page's URL (resolves relative links, names the site)
      --charset NAME     the transport charset (e.g. from HTTP headers)
      --nfkc             compatibility normalization (NFKC) instead of NFC
      --fold-typography  curly quotes, dashes and ellipsis to ASCII
      --no-mojibake-repair
      --keep-repeated    keep blocks repeated within the page
      --keep-promo       keep call-to-action / newsletter blocks
      --keep-garbage     keep garbage runs
      --keep-residue     keep link residue
      --no-links         drop link targets (text only)
      --max-size BYTES   refuse inputs larger than this (default 64 MiB)

batch mode (docs/cli.md, "Batch cleaning"):
  -i, --input-dir DIR    clean every .html .htm .xhtml .txt (and .gz) page under DIR
  -o, --output-dir DIR   ...into DIR, mirroring the tree (.xml/.txt/.json/.md/.audit.html);
                         with --jsonl: the output file (default standard output)
      --jsonl            JSON Lines: one {"url":..., "html"|"text":...} record per line in
                         (FILE arguments or standard input), one result record per line
                         out, in input order
  -j, --jobs N           worker threads (default: number of cores)
      --force            redo outputs that are newer than their input (default: skip them)
      --follow-symlinks  descend into symlinked folders (loops are detected and skipped)
      --error-log FILE   where failures are listed (default OUT_DIR/winnow-errors.log)
  -q, --quiet            no progress and no summary on stderr (errors are still shown)
      --progress-interval SECONDS
                         how often progress is shown (default 0.25 on a terminal, else 5)
      --no-site-profile  do not learn a site profile (one pass instead of two)
      --save-profile FILE
                         save the site profile learned in pass 1
      --load-profile FILE
                         clean with this profile instead of learning one (one pass)
      --learn-only       pass 1 only: learn (and --save-profile) without cleaning
      --keep-memory BYTES
                         memory for the pages pass 1 keeps for pass 2 (default 256 MiB;
                         past it they go to a temporary file beside the output)
      --merge-profiles OUT IN...
                         merge saved profiles (the reduce step) into OUT and exit

  -h, --help             this help
  -V, --version          print the version

exit status: 0 success, 1 some input could not be cleaned, 2 usage error,
130 interrupted (batch mode: SIGINT/SIGTERM stop after the pages in flight).
Input with no article gives a valid empty document and a warning on stderr.
)";
}

namespace {
bool parse_size(std::string_view s, std::size_t& out) {
    const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
    return r.ec == std::errc() && r.ptr == s.data() + s.size() && out > 0;
}
bool parse_unsigned(std::string_view s, unsigned& out) {
    const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
    return r.ec == std::errc() && r.ptr == s.data() + s.size() && out > 0;
}
bool parse_seconds(std::string_view s, double& out) {
    try {
        std::size_t used = 0;
        out = std::stod(std::string(s), &used);
        return used == s.size() && out > 0;
    } catch (...) {
        return false;
    }
}
}  // namespace

bool parse_options(int argc, char** argv, CliOptions& out, std::string& error) {
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        if (arg == "--") {  // end of options: the rest are files, even "-x.html"
            for (++i; i < argc; ++i) out.files.emplace_back(argv[i]);
            break;
        }
        std::string_view value;
        bool has_inline_value = false;
        if (arg.starts_with("--")) {
            if (const auto eq = arg.find('='); eq != std::string_view::npos) {
                value = arg.substr(eq + 1);
                arg = arg.substr(0, eq);
                has_inline_value = true;
            }
        }
        auto take_value = [&](std::string_view& v) {
            if (has_inline_value) {
                v = value;
                return true;
            }
            if (i + 1 >= argc) {
                error = "option " + std::string(arg) + " needs a value";
                return false;
            }
            v = argv[++i];
            return true;
        };
        std::string_view v;
        if (arg == "-h" || arg == "--help") {
            out.help = true;
        } else if (arg == "-V" || arg == "--version") {
            out.version = true;
        } else if (arg == "-f" || arg == "--format") {
            if (!take_value(v)) return false;
            if (v == "xml") out.format = OutputFormat::xml;
            else if (v == "text" || v == "txt") out.format = OutputFormat::text;
            else if (v == "json") out.format = OutputFormat::json;
            else if (v == "markdown" || v == "md") out.format = OutputFormat::markdown;
            else if (v == "audit") out.format = OutputFormat::audit;
            else {
                error = "unknown format '" + std::string(v) + "' (use xml, text, json, markdown or audit)";
                return false;
            }
        } else if (arg == "--input") {
            if (!take_value(v)) return false;
            if (v == "auto") out.clean.input = InputKind::automatic;
            else if (v == "html") out.clean.input = InputKind::html;
            else if (v == "text") out.clean.input = InputKind::text;
            else {
                error = "unknown input kind '" + std::string(v) + "' (use auto, html or text)";
                return false;
            }
        } else if (arg == "--report") {
            out.emit.report = true;
        } else if (arg == "--compact") {
            out.emit.pretty = false;
        } else if (arg == "--front-matter") {
            out.emit.front_matter = true;
        } else if (arg == "--url") {
            if (!take_value(v)) return false;
            out.url = v;
        } else if (arg == "--charset") {
            if (!take_value(v)) return false;
            out.charset = v;
        } else if (arg == "--nfkc") {
            out.clean.unicode.nfkc = true;
        } else if (arg == "--fold-typography") {
            out.clean.unicode.fold_typography = true;
        } else if (arg == "--no-mojibake-repair") {
            out.clean.unicode.repair_mojibake = false;
        } else if (arg == "--keep-repeated") {
            out.clean.noise.repeated_blocks = false;
        } else if (arg == "--keep-promo") {
            out.clean.noise.promo = false;
        } else if (arg == "--keep-garbage") {
            out.clean.noise.garbage = false;
        } else if (arg == "--keep-residue") {
            out.clean.noise.link_residue = false;
        } else if (arg == "--no-links") {
            out.clean.keep_links = false;
        } else if (arg == "--max-size") {
            if (!take_value(v)) return false;
            if (!parse_size(v, out.clean.limits.max_input_bytes)) {
                error = "--max-size needs a positive number of bytes, not '" + std::string(v) + "'";
                return false;
            }
        } else if (arg == "-i" || arg == "--input-dir") {
            if (!take_value(v)) return false;
            out.input_dir = v;
        } else if (arg == "-o" || arg == "--output-dir" || arg == "--output") {
            if (!take_value(v)) return false;
            out.output = v;
        } else if (arg == "--jsonl") {
            out.jsonl = true;
        } else if (arg == "-j" || arg == "--jobs" || (arg.starts_with("-j") && arg.size() > 2 && !arg.starts_with("--"))) {
            if (arg.size() > 2 && !arg.starts_with("--")) v = arg.substr(2);
            else if (!take_value(v)) return false;
            if (!parse_unsigned(v, out.jobs)) {
                error = "-j needs a positive number of threads, not '" + std::string(v) + "'";
                return false;
            }
        } else if (arg == "-q" || arg == "--quiet") {
            out.quiet = true;
        } else if (arg == "--progress-interval") {
            if (!take_value(v)) return false;
            if (!parse_seconds(v, out.progress_interval)) {
                error = "--progress-interval needs a positive number of seconds, not '" + std::string(v) + "'";
                return false;
            }
        } else if (arg == "--error-log") {
            if (!take_value(v)) return false;
            out.error_log = v;
        } else if (arg == "--force") {
            out.force = true;
        } else if (arg == "--follow-symlinks") {
            out.follow_symlinks = true;
        } else if (arg == "--no-site-profile") {
            out.site_profile = false;
        } else if (arg == "--learn-only") {
            out.learn_only = true;
        } else if (arg == "--keep-memory") {
            if (!take_value(v)) return false;
            const auto r = std::from_chars(v.data(), v.data() + v.size(), out.keep_memory);
            if (r.ec != std::errc() || r.ptr != v.data() + v.size()) {
                error = "--keep-memory needs a number of bytes (0: keep nothing in memory), not '" + std::string(v) + "'";
                return false;
            }
        } else if (arg == "--save-profile") {
            if (!take_value(v)) return false;
            out.save_profile = v;
        } else if (arg == "--load-profile") {
            if (!take_value(v)) return false;
            out.load_profile = v;
        } else if (arg == "--merge-profiles") {
            if (!take_value(v)) return false;
            out.merge_profiles = v;
        } else if (arg == "-" || !arg.starts_with("-")) {
            out.files.emplace_back(arg);
        } else {
            error = "unknown option '" + std::string(argv[i]) + "' (see winnow --help)";
            return false;
        }
    }
    return true;
}

}  // namespace winnow::cli
