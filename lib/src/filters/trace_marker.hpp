// The marker of error traces and program messages in a block's tokens (error_traces.cpp runs
// it; its passes are in error_traces.cpp and program_messages.cpp): each pass marks hard the
// tokens of one kind, by its sequence of token shapes (trace_tokens.hpp).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "filters/garbage_tokens.hpp"

namespace winnow::detail::garbage_tokens {

// Marks the tokens of error traces hard, each kind by its sequence of shapes.
class TraceMarker {
public:
    TraceMarker(std::string_view text, std::vector<Tok>& toks) : text_(text), toks_(toks), n_(toks.size()) {}
    void log_lines();
    void calls();
    void frames_and_values();
    void server_messages();
    void crash_lines();
    void numbered_labels();
    void exception_line();

private:
    // (Tokens lie within the text they were read from: no bounds check, asked of every token in every pass.)
    std::string_view tok_text(std::size_t k) const { return {text_.data() + toks_[k].b, toks_[k].e - toks_[k].b}; }
    // Whether token k has a length a nullish() word has (3, 4, 7 or 9 bytes): a bit test before the call.
    bool nullish_length(std::size_t k) const {
        const std::uint32_t n = toks_[k].e - toks_[k].b;
        return n < 32 && ((0x298u >> n) & 1u) != 0;
    }
    void mark_hard(std::size_t from, std::size_t to) {
        for (std::size_t j = from; j <= to; ++j) {
            toks_[j].cls = Cls::hard;
            toks_[j].cut = 0;
        }
    }
    std::size_t stack_frame(std::size_t k);
    void exception_head(std::size_t at);
    void log_head(std::size_t at);
    void exception_tail(std::size_t end);
    void source_line_error(std::size_t k);
    static bool local_word(std::string_view t);
    bool net_file_line(std::size_t end);
    std::size_t level_label_before(std::size_t k, std::uint32_t& cut) const;
    std::size_t coded_message(std::size_t k);
    std::size_t quoted_panic(std::size_t pos);
    void named_error_before(std::size_t pos);
    static std::size_t glued_type(std::string_view t);

    std::string_view text_;
    std::vector<Tok>& toks_;
    std::size_t n_;
};

}  // namespace winnow::detail::garbage_tokens
