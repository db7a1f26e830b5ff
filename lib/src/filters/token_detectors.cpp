// The token detectors of the garbage runs, in the order they mark a block's tokens hard: each
// finds one kind of machine text by its tokens' shapes (its own file says which), and a later
// one sees what an earlier one marked. garbage_runs.cpp grows runs from what they marked.
#include "filters/garbage_tokens.hpp"

namespace winnow::detail::garbage_tokens {

void mark_token_detectors(std::string_view text, std::vector<Tok>& toks, const TokenCensus* census) {
    mark_error_traces(text, toks, TraceScreens::on, census);
    if (!census || census->digit >= 2) mark_patch_hunks(text, toks);  // a hunk's two ranges
    if (!census || census->digit >= 1) mark_hex_dumps(text, toks);    // a group that opens on a digit
    if (!census || census->separator >= 2) mark_field_rows(text, toks);  // two rows
    mark_terminal_codes(text, toks);
    mark_cron_lines(text, toks);
    mark_command_lines(text, toks, census);  // two technical arguments
    mark_config_assignments(text, toks);
    mark_front_matter(text, toks);
    mark_markdown_residue(text, toks);
    mark_control_words(text, toks);
    mark_pragma_comments(text, toks);
    if (!census || census->digit >= 4) mark_byte_literals(text, toks);  // four literals
    mark_change_stats(text, toks);
    mark_session_prompts(text, toks);
    if (!census || census->colon >= 1) mark_field_records(text, toks);  // a name with its colon
    mark_listing_rows(text, toks);
    if (!census || census->digit >= 3) mark_versioned_names(text, toks);  // three versions
    mark_path_data(text, toks);
}

}  // namespace winnow::detail::garbage_tokens
