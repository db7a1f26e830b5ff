// Detectors of encoded data inside one whitespace token, for the garbage token classes
// (filters/debris_tokens.cpp). Each returns where its match starts in t, or npos.
#pragma once
#include <cstddef>
#include <string_view>

#include "filters/garbage_tokens.hpp"

namespace winnow::detail::garbage_tokens {

// A data URI, or base64 (with its glued-to word left out); code_start: where code glued
// behind a word starts (0 when none).
std::size_t base64_at(std::string_view t, std::size_t code_start, const KnownWord& known_word);
// Three dot-joined parts of base64url, as a JWT.
std::size_t web_token_at(std::string_view t);
// A dotted message key ("nav.menu.toggle_label") glued behind a sentence's stop.
std::size_t glued_message_key_at(std::string_view t);
// 0x addresses, long hex digests with their label, UUIDs glued behind a word.
std::size_t hex_at(std::string_view t);
// %XX runs outside a URL, character references, \u and \n escapes left literal.
std::size_t literal_escapes_at(std::string_view t);

}  // namespace winnow::detail::garbage_tokens
