#include "limits.hpp"

#include <algorithm>

namespace winnow::detail {

const Budget& Budget::none() {
    static const Budget unlimited(0);
    return unlimited;
}

std::string Budget::message(const char* stage) const {
    return "time budget of " + std::to_string(max_millis_) + " ms exceeded during " + stage +
           " (Limits::max_millis)";
}

void Budget::check(const char* stage) const {
    if (expired()) throw BudgetExceeded(message(stage));
}

namespace {

// Largest cut <= max_bytes that does not split a UTF-8 sequence.
std::size_t utf8_cut(const std::string& s, std::size_t max_bytes) {
    std::size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    return cut;
}

}  // namespace

bool cap_text_run(std::string& text, std::size_t max_bytes) {
    if (max_bytes == 0 || text.size() <= max_bytes) return false;
    text.resize(utf8_cut(text, max_bytes));
    return true;
}

std::size_t cap_text_runs(std::vector<Block>& blocks, std::size_t max_bytes) {
    std::size_t cut = 0;
    // Iterative walk: block nesting is bounded by the DOM depth cap, but the cap is an option.
    std::vector<std::vector<Block>*> todo{&blocks};
    while (!todo.empty()) {
        std::vector<Block>* list = todo.back();
        todo.pop_back();
        for (Block& b : *list) {
            if (cap_text_run(b.text, max_bytes)) {
                ++cut;
                const auto end = static_cast<std::uint32_t>(b.text.size());
                std::erase_if(b.spans, [end](const Span& s) { return s.begin >= end; });
                for (Span& s : b.spans) s.end = std::min(s.end, end);
            }
            if (!b.children.empty()) todo.push_back(&b.children);
        }
    }
    return cut;
}

}  // namespace winnow::detail
