// winnow — command-line front end: one page in (file or stdin), one document out; batch
// modes (trees, JSON Lines streams) are in batch.cpp.
#include <cstdio>
#include <iostream>
#include <string>

#include <winnow/winnow.hpp>

#include "batch.hpp"
#include "cli_options.hpp"
#include "input_files.hpp"

namespace {

std::string render(const winnow::Document& doc, const winnow::cli::CliOptions& o) {
    switch (o.format) {
        case winnow::cli::OutputFormat::text: return winnow::to_text(doc);
        case winnow::cli::OutputFormat::json: return winnow::to_json(doc, o.emit);
        case winnow::cli::OutputFormat::markdown: return winnow::to_markdown(doc, o.emit);
        case winnow::cli::OutputFormat::audit: return winnow::to_audit_html(doc);
        default: return winnow::to_xml(doc, o.emit);
    }
}

}  // namespace

int main(int argc, char** argv) {
    using namespace winnow::cli;
    CliOptions options;
    std::string error;
    if (!parse_options(argc, argv, options, error)) {
        std::cerr << "winnow: " << error << '\n';
        return 2;
    }
    if (options.help) {
        std::cout << usage_text();
        return 0;
    }
    if (options.version) {
        std::cout << "winnow " << winnow::version_string << '\n';
        return 0;
    }
    if (!options.merge_profiles.empty()) return run_merge_profiles(options);
    if (!options.input_dir.empty()) {
        if (options.jsonl) {
            std::cerr << "winnow: -i IN_DIR and --jsonl do not go together\n";
            return 2;
        }
        return run_tree(options);
    }
    if (options.jsonl) return run_jsonl(options);
    if (!options.output.empty()) {
        std::cerr << "winnow: -o is for batch mode (-i IN_DIR or --jsonl)\n";
        return 2;
    }
    if (options.files.empty()) options.files.emplace_back("-");

    const winnow::Cleaner cleaner(options.clean);
    int status = 0;
    for (const auto& path : options.files) {
        std::string bytes;
        const std::size_t limit = options.clean.limits.max_input_bytes;
        const bool ok = path == "-" ? read_stdin(limit, bytes, error) : read_file(path, limit, bytes, error);
        if (!ok) {
            std::cerr << "winnow: " << error << '\n';
            status = 1;
            continue;
        }
        winnow::Hints hints;
        hints.url = options.url;
        hints.charset = options.charset;
        const winnow::Result result = cleaner.clean(bytes, hints);
        const std::string name = path == "-" ? "standard input" : path;
        if (!result.ok()) {
            std::cerr << "winnow: " << name << ": " << result.error << '\n';
            status = 1;
            continue;
        }
        for (const auto& w : result.document.warnings) std::cerr << "winnow: " << name << ": warning: " << w << '\n';
        const std::string out = render(result.document, options);
        std::fwrite(out.data(), 1, out.size(), stdout);
    }
    if (std::fflush(stdout) != 0) {
        std::cerr << "winnow: cannot write output\n";
        return 1;
    }
    return status;
}
