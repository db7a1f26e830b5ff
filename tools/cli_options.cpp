#include "cli_options.hpp"

#include "calendar_day.hpp"

#include <charconv>
#include <string>
#include <string_view>

namespace winnow::cli {

const char* usage_text() {
    return R"(usage: winnow [OPTIONS] [FILE...]
       winnow [OPTIONS] -i IN_DIR -o OUT_DIR
       winnow [OPTIONS] --jsonl [-o OUT_FILE] [FILE.jsonl[.gz]...]
       winnow [OPTIONS] --warc [-o OUT_DIR] FILE.warc[.gz]...
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
      --reference-date YYYY-MM-DD
                         the crawl date: later dates are not taken as publication
                         dates (default: today)
      --nfkc             compatibility normalization (NFKC) instead of NFC
      --fold-typography  curly quotes, dashes and ellipsis to ASCII
      --no-mojibake-repair
      --keep-repeated    keep blocks repeated within the page
      --keep-promo       keep call-to-action / newsletter blocks
      --keep-garbage     keep garbage runs
      --keep-residue     keep link residue
      --no-links         drop link targets (text only)
      --comments         keep reader comments apart, in <comments> (xml) / "comments" (json)
      --max-size BYTES   refuse inputs larger than this (default 64 MiB)

batch mode (docs/cli.md, "Batch cleaning"):
  -i, --input-dir DIR    clean every .html .htm .xhtml .txt (and .gz) page under DIR
  -o, --output-dir DIR   ...into DIR, mirroring the tree (.xml/.txt/.json/.md/.audit.html);
                         with --jsonl: the output file (default standard output)
      --jsonl            JSON Lines: one {"url":..., "html"|"text":...} record per line in
                         (FILE arguments or standard input), one result record per line
                         out, in input order
      --warc             web archives: clean the HTML and text pages of WARC files (FILE
                         arguments or "-"; plain or gzip) into JSON Lines on standard
                         output, or with -o into OUT_DIR, one file per record id
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
// Options without a value: their names and what each sets.
struct FlagOption {
    std::string_view names[2];
    void (*set)(CliOptions&);
};
constexpr FlagOption kFlags[] = {
    {{"-h", "--help"}, [](CliOptions& o) { o.help = true; }},
    {{"-V", "--version"}, [](CliOptions& o) { o.version = true; }},
    {{"--report"}, [](CliOptions& o) { o.emit.report = true; }},
    {{"--compact"}, [](CliOptions& o) { o.emit.pretty = false; }},
    {{"--front-matter"}, [](CliOptions& o) { o.emit.front_matter = true; }},
    {{"--nfkc"}, [](CliOptions& o) { o.clean.unicode.nfkc = true; }},
    {{"--fold-typography"}, [](CliOptions& o) { o.clean.unicode.fold_typography = true; }},
    {{"--no-mojibake-repair"}, [](CliOptions& o) { o.clean.unicode.repair_mojibake = false; }},
    {{"--keep-repeated"}, [](CliOptions& o) { o.clean.noise.repeated_blocks = false; }},
    {{"--keep-promo"}, [](CliOptions& o) { o.clean.noise.promo = false; }},
    {{"--keep-garbage"}, [](CliOptions& o) { o.clean.noise.garbage = false; }},
    {{"--keep-residue"}, [](CliOptions& o) { o.clean.noise.link_residue = false; }},
    {{"--no-links"}, [](CliOptions& o) { o.clean.keep_links = false; }},
    {{"--comments"}, [](CliOptions& o) { o.clean.comments = true; }},
    {{"--jsonl"}, [](CliOptions& o) { o.jsonl = true; }},
    {{"--warc"}, [](CliOptions& o) { o.warc = true; }},
    {{"-q", "--quiet"}, [](CliOptions& o) { o.quiet = true; }},
    {{"--force"}, [](CliOptions& o) { o.force = true; }},
    {{"--follow-symlinks"}, [](CliOptions& o) { o.follow_symlinks = true; }},
    {{"--no-site-profile"}, [](CliOptions& o) { o.site_profile = false; }},
    {{"--learn-only"}, [](CliOptions& o) { o.learn_only = true; }},
};

// Options with a value: their names and how each reads it (false, with error set, when the
// value is not one the option takes).
struct ValueOption {
    std::string_view names[3];
    bool (*set)(CliOptions&, std::string_view value, std::string& error);
};
constexpr ValueOption kValueOptions[] = {
    {{"-f", "--format"},
     [](CliOptions& o, std::string_view v, std::string& error) {
         if (v == "xml") o.format = OutputFormat::xml;
         else if (v == "text" || v == "txt") o.format = OutputFormat::text;
         else if (v == "json") o.format = OutputFormat::json;
         else if (v == "markdown" || v == "md") o.format = OutputFormat::markdown;
         else if (v == "audit") o.format = OutputFormat::audit;
         else error = "unknown format '" + std::string(v) + "' (use xml, text, json, markdown or audit)";
         return error.empty();
     }},
    {{"--input"},
     [](CliOptions& o, std::string_view v, std::string& error) {
         if (v == "auto") o.clean.input = InputKind::automatic;
         else if (v == "html") o.clean.input = InputKind::html;
         else if (v == "text") o.clean.input = InputKind::text;
         else error = "unknown input kind '" + std::string(v) + "' (use auto, html or text)";
         return error.empty();
     }},
    {{"--url"}, [](CliOptions& o, std::string_view v, std::string&) { o.url = v; return true; }},
    {{"--charset"}, [](CliOptions& o, std::string_view v, std::string&) { o.charset = v; return true; }},
    {{"--reference-date"},
     [](CliOptions& o, std::string_view v, std::string& error) {
         if (!is_calendar_day(v)) error = "--reference-date needs a calendar day as YYYY-MM-DD, not '" + std::string(v) + "'";
         else o.clean.reference_date = v;
         return error.empty();
     }},
    {{"--max-size"},
     [](CliOptions& o, std::string_view v, std::string& error) {
         if (!parse_size(v, o.clean.limits.max_input_bytes))
             error = "--max-size needs a positive number of bytes, not '" + std::string(v) + "'";
         return error.empty();
     }},
    {{"-i", "--input-dir"}, [](CliOptions& o, std::string_view v, std::string&) { o.input_dir = v; return true; }},
    {{"-o", "--output-dir", "--output"}, [](CliOptions& o, std::string_view v, std::string&) { o.output = v; return true; }},
    {{"-j", "--jobs"},
     [](CliOptions& o, std::string_view v, std::string& error) {
         if (!parse_unsigned(v, o.jobs)) error = "-j needs a positive number of threads, not '" + std::string(v) + "'";
         return error.empty();
     }},
    {{"--progress-interval"},
     [](CliOptions& o, std::string_view v, std::string& error) {
         if (!parse_seconds(v, o.progress_interval))
             error = "--progress-interval needs a positive number of seconds, not '" + std::string(v) + "'";
         return error.empty();
     }},
    {{"--error-log"}, [](CliOptions& o, std::string_view v, std::string&) { o.error_log = v; return true; }},
    {{"--keep-memory"},
     [](CliOptions& o, std::string_view v, std::string& error) {
         const auto r = std::from_chars(v.data(), v.data() + v.size(), o.keep_memory);
         if (r.ec != std::errc() || r.ptr != v.data() + v.size())
             error = "--keep-memory needs a number of bytes (0: keep nothing in memory), not '" + std::string(v) + "'";
         return error.empty();
     }},
    {{"--save-profile"}, [](CliOptions& o, std::string_view v, std::string&) { o.save_profile = v; return true; }},
    {{"--load-profile"}, [](CliOptions& o, std::string_view v, std::string&) { o.load_profile = v; return true; }},
    {{"--merge-profiles"}, [](CliOptions& o, std::string_view v, std::string&) { o.merge_profiles = v; return true; }},
};

template <class Option>
const Option* find_option(const auto& table, std::string_view arg) {
    for (const Option& option : table)
        for (std::string_view name : option.names)
            if (!name.empty() && name == arg) return &option;
    return nullptr;
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
        bool has_value = false;
        if (arg.starts_with("--")) {
            if (const auto eq = arg.find('='); eq != std::string_view::npos) {
                value = arg.substr(eq + 1);
                arg = arg.substr(0, eq);
                has_value = true;
            }
        } else if (arg.starts_with("-j") && arg.size() > 2) {   // -j4
            value = arg.substr(2);
            arg = "-j";
            has_value = true;
        }
        if (const FlagOption* flag = find_option<FlagOption>(kFlags, arg)) {
            flag->set(out);
        } else if (const ValueOption* option = find_option<ValueOption>(kValueOptions, arg)) {
            if (!has_value) {
                if (i + 1 >= argc) {
                    error = "option " + std::string(arg) + " needs a value";
                    return false;
                }
                value = argv[++i];
            }
            error.clear();
            if (!option->set(out, value, error)) return false;
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
