// Stage — Unicode: canonical, clean text (utf8proc). Runs over every text run of the block model.
#pragma once
#include <string>
#include <string_view>

#include <winnow/winnow.hpp>

namespace winnow::detail {

// Normalizes one run of valid UTF-8 text: mojibake repair (when enabled), entity residue,
// escape residue (escape_residue.hpp), NFC/NFKC, Latin ligatures to their letters, removal of
// controls, private-use and invisible characters (keeping ZWJ/ZWNJ where a script or emoji
// sequence needs them), odd spaces to U+0020 with runs collapsed. U+FFFD is kept:
// the garbage filter decides about it. Idempotent: normalize_text(normalize_text(x)) == normalize_text(x).
std::string normalize_text(std::string_view text, const UnicodeOptions& options);

// Same rules for text kept verbatim (code blocks): line breaks and indentation survive.
std::string normalize_preformatted(std::string_view text, const UnicodeOptions& options);

// Applies the stage to a whole document (metadata and every block), keeping inline span
// offsets consistent by normalizing each span-delimited segment on its own.
void normalize_document(Document& doc, const UnicodeOptions& options);

// normalize_text and normalize_document without their shortcuts for text with nothing to do
// (the ASCII and already-clean screens, the NFC quick check, the lazy mojibake evidence, the
// segments left in place): every text takes every step and utf8proc. The plain reading the
// shortcuts are held to (tests/test_unicode_screens.cpp).
std::string normalize_text_plain(std::string_view text, const UnicodeOptions& options);
void normalize_document_plain(Document& doc, const UnicodeOptions& options);

}  // namespace winnow::detail
