// The folded-word readers the filters and the fingerprints call (word_fold.hpp: the fold).
#include <string>
#include <vector>

#include "filters/evidence.hpp"
#include "filters/word_fold.hpp"
#include "fingerprint.hpp"

namespace winnow::detail {

using fold::ByteSink;
using fold::fold_bytes;
using fold::for_each_folded_word;
using fold::kFnvBasis;
using fold::kFnvPrime;
using fold::WordHashSink;

std::vector<std::string> fold_words(std::string_view text) {
    std::vector<std::string> out;
    for_each_folded_word(text, [&](std::string_view w, bool) { out.emplace_back(w); });
    return out;
}

std::vector<std::pair<std::string, bool>> fold_words_opening(std::string_view text, bool opens, bool& ends_open) {
    std::vector<std::pair<std::string, bool>> out;
    ends_open = for_each_folded_word(text, [&](std::string_view w, bool o) { out.emplace_back(std::string(w), o); }, opens);
    return out;
}

void append_folded_words(std::string_view text, std::string& out) {
    struct Join : ByteSink {
        std::string& out;
        bool first = true, open = false;
        explicit Join(std::string& o) : out(o) {}
        void open_word() {
            if (!open && !first) out += ' ';
            open = true;
            first = false;
        }
        void letters(const char* p, std::size_t k) {
            open_word();
            for (std::size_t i = 0; i < k; ++i) out += static_cast<char>(p[i] | 0x20);
        }
        void byte(char c) {
            open_word();
            out += c;
        }
        void end() { open = false; }
    } sink(out);
    fold_bytes(text, sink);
}


void append_folded_word_hashes(std::string_view text, std::vector<std::uint64_t>& out) {
    WordHashSink sink(out);
    fold_bytes(text, sink);
}

std::uint64_t folded_words_hash(std::string_view text) {
    struct Joined : ByteSink {
        std::uint64_t h = kFnvBasis;
        bool first = true, open = false;
        void open_word() {
            if (!open && !first) h = (h ^ static_cast<unsigned char>(' ')) * kFnvPrime;
            open = true;
            first = false;
        }
        void letters(const char* p, std::size_t k) {
            open_word();
            std::uint64_t x = h;
            for (std::size_t i = 0; i < k; ++i) x = (x ^ static_cast<unsigned char>(p[i] | 0x20)) * kFnvPrime;
            h = x;
        }
        void byte(char c) {
            open_word();
            h = (h ^ static_cast<unsigned char>(c)) * kFnvPrime;
        }
        void end() { open = false; }
    } sink;
    fold_bytes(text, sink);
    return sink.h;
}

}  // namespace winnow::detail
