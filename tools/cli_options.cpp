#include "cli_options.hpp"

#include <charconv>
#include <string_view>

namespace winnow::cli {

const char* usage_text() {
    return R"(usage: winnow [OPTIONS] [FILE...]

Cleans scraped web articles (HTML or plain text, any encoding, optionally .gz) into
structured XML: title, byline, dates, headings, paragraphs, lists, tables, quotes and
links, with boilerplate, repeated promo blocks, garbage runs and link residue removed.
With no FILE, or FILE "-", reads standard input. Output goes to standard output.

options:
  -f, --format FORMAT    xml (default), text or json
      --input KIND       auto (default), html or text: how to read the input
      --report           list what was removed and why (xml and json)
      --compact          no indentation in xml/json output
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
  -h, --help             this help
  -V, --version          print the version

exit status: 0 success, 1 input could not be cleaned, 2 usage error.
Input with no article gives a valid empty document and a warning on stderr.
)";
}

namespace {
bool parse_size(std::string_view s, std::size_t& out) {
    const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
    return r.ec == std::errc() && r.ptr == s.data() + s.size() && out > 0;
}
}  // namespace

bool parse_options(int argc, char** argv, CliOptions& out, std::string& error) {
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
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
            else {
                error = "unknown format '" + std::string(v) + "' (use xml, text or json)";
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
