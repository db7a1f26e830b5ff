// Batch cleaning for the CLI: whole trees (-i IN_DIR -o OUT_DIR), JSON Lines streams
// (--jsonl) and the profile reduce step (--merge-profiles). docs/cli.md is the manual.
#pragma once
#include "cli_options.hpp"

namespace winnow::cli {

// Each returns the process exit status: 0 all good, 1 some pages failed, 2 usage error,
// 130 interrupted (SIGINT/SIGTERM; the pages in flight were finished first).
int run_tree(const CliOptions& options);
int run_jsonl(const CliOptions& options);
int run_merge_profiles(const CliOptions& options);
// WARC files in (tools/warc_mode.cpp).
int run_warc(const CliOptions& options);


}  // namespace winnow::cli
