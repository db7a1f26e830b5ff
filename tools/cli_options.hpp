// Command-line options of the winnow tool (docs/cli.md is the manual).
#pragma once
#include <string>
#include <vector>

#include <winnow/winnow.hpp>

namespace winnow::cli {

enum class OutputFormat { xml, text, json, markdown, audit };

struct CliOptions {
    OutputFormat format = OutputFormat::xml;
    winnow::Options clean{};
    winnow::EmitOptions emit{};
    std::string url;               // --url: page URL hint
    std::string charset;           // --charset: transport charset hint
    std::vector<std::string> files;

    // Batch mode (docs/cli.md, "Batch cleaning").
    std::string input_dir;         // -i, --input-dir: clean a whole tree
    std::string output;            // -o: output folder (tree mode) or output file (--jsonl)
    bool jsonl = false;            // --jsonl: JSON Lines records in and out
    bool warc = false;             // --warc: WARC files in, JSON Lines (or -o DIR) out
    unsigned jobs = 0;             // -j N: worker threads (0: number of cores)
    bool quiet = false;            // -q: no progress, no summary
    double progress_interval = 0;  // --progress-interval SECONDS (0: 0.25 s bar, 5 s lines)
    std::string error_log;         // --error-log FILE (default OUT_DIR/winnow-errors.log)
    bool force = false;            // --force: redo outputs that are up to date
    bool follow_symlinks = false;  // --follow-symlinks: descend into symlinked folders
    bool site_profile = true;      // --no-site-profile: one pass, no learning
    bool learn_only = false;       // --learn-only: pass 1 only (with --save-profile)
    std::string save_profile;      // --save-profile FILE
    std::string load_profile;      // --load-profile FILE (skips learning)
    std::string merge_profiles;    // --merge-profiles OUT IN...: the inputs are the FILE arguments
    std::size_t keep_memory = 256u << 20;  // --keep-memory BYTES: pass one's pages kept in memory,
                                           // the rest spilled to a temporary file

    bool help = false;
    bool version = false;
};

// Parses argv; returns false with a message in error for unknown or malformed options.
bool parse_options(int argc, char** argv, CliOptions& out, std::string& error);

const char* usage_text();

}  // namespace winnow::cli
