// A Latin code page guessed for a short page whose letters windows-1252 reads as well (see
// charset_evidence.hpp).
#include "charset_evidence.hpp"

#include <array>
#include <string>

namespace winnow::detail {
namespace {

using uchar = unsigned char;

// The Latin code pages a detector confuses with windows-1252 on a few hundred bytes: they share
// ASCII and most accented vowels, and differ in a handful of letters each.
bool latin_neighbour(std::string_view c) {
    static constexpr std::array<std::string_view, 12> kNames = {
        "iso-8859-2",  "iso-8859-3",  "iso-8859-4",   "iso-8859-9",   "iso-8859-10",  "iso-8859-13",
        "iso-8859-14", "iso-8859-15", "iso-8859-16",  "windows-1250", "windows-1254", "windows-1257"};
    for (const std::string_view n : kNames)
        if (c == n) return true;
    return false;
}

bool upper_letter(uchar c) { return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7); }

// How windows-1252 reads a high byte of Western text. 1: a letter of the languages written in it
// (French, German, Spanish, Portuguese, Italian, Dutch, Nordic...), or typography and signs their
// texts hold; 0: a byte those texts do not hold, but the neighbour's letters sit on: ð ý þ (ğ ı ş
// in Turkish), ± ³ ¶ ¹ ¼ ½ ¾ (ą ł ś š ź ž), ¤ ¦ ¨ ´ ¸ (€ Š š Ž ž in ISO-8859-15), C1 controls.
bool western_byte(uchar c, uchar prev, uchar next) {
    if (c >= 0xC0) return c != 0xD0 && c != 0xDD && c != 0xDE && c != 0xF0 && c != 0xFD && c != 0xFE;
    switch (c) {
    // Typography of a word processor, and the letters Œ œ Š š Ž ž.
    case 0x80: case 0x82: case 0x84: case 0x85: case 0x86: case 0x87: case 0x8A: case 0x8B: case 0x8C:
    case 0x8E: case 0x91: case 0x92: case 0x93: case 0x94: case 0x95: case 0x96: case 0x97: case 0x99:
    case 0x9A: case 0x9B: case 0x9C: case 0x9E:
    // No-break space, £ § © « soft hyphen ® ° · » (the neighbours' letters there need other letters too).
    case 0xA0: case 0xA3: case 0xA7: case 0xA9: case 0xAB: case 0xAD: case 0xAE: case 0xB0: case 0xB7: case 0xBB:
        return true;
    case 0xA1: case 0xBF:  // ¡ ¿ open a Spanish sentence: a capital follows (ż and Ż are a letter's)
        return upper_letter(next);
    case 0xAA: case 0xBA:  // ª º after a number or n/N (1º, nº); elsewhere ş, ŗ, ș
        return (prev >= '0' && prev <= '9') || prev == 'n' || prev == 'N';
    default:
        return false;
    }
}

// ð Ð þ Þ ý Ý: Icelandic and Faroese letters in windows-1252, Turkish ğ Ş ş ı İ (windows-1254) or
// Baltic š Š ž Ž ż Ż (ISO-8859-13) in the neighbours.
bool nordic_byte(uchar c) { return c == 0xD0 || c == 0xDD || c == 0xDE || c == 0xF0 || c == 0xFD || c == 0xFE; }

// The other letters Icelandic and Faroese write: acute vowels, æ, ö, ø (either case). Turkish writes
// none of the acute vowels; in ISO-8859-13 they are į ó ś ķ, which no Baltic text holds alone.
bool nordic_companion(uchar c) {
    switch (c | 0x20) {
    case 0xE1: case 0xE9: case 0xED: case 0xF3: case 0xFA: case 0xE6: case 0xF6: case 0xF8: return true;
    default: return false;
    }
}

bool acute_vowel(uchar c) {
    const uchar l = c | 0x20;
    return l == 0xE1 || l == 0xED || l == 0xF3 || l == 0xFA;
}

}  // namespace

// Detectors see a few high bytes on a short page and may name a Latin neighbour of windows-1252
// (ISO-8859-3, windows-1254, ISO-8859-15, ISO-8859-2...). Each of those has letters windows-1252
// lacks, on bytes that windows-1252 reads as signs or as letters Western texts do not use: the
// neighbour is believed when one of those bytes is there (a Turkish ı, a Maltese ħ, an Estonian
// š), and windows-1252 is read when every high byte is a Western letter or sign. õ and û are
// Hungarian ő and ű in ISO-8859-2: õ without the ã Portuguese writes beside it, or û more often
// than French has it (one high byte in sixteen), and the text is not Western. Accented letters stay a minority of a
// Western text's letters (Cyrillic read as windows-1252 is nearly all high bytes). ð þ ý are
// believed as Icelandic or Faroese when every high letter is one of those languages' (acute vowels,
// æ ö ø) and an acute vowel is among them: the Turkish and Baltic letters sharing those bytes
// come with ç ü ą ė ū... and never with á í ó ú.
bool western_text_in_latin_guess(std::string_view s, std::string_view guess) {
    if (!latin_neighbour(guess)) return false;
    std::size_t high = 0, ascii = 0, tilde_o = 0, hat_u = 0, tilde_a = 0, nordic = 0, acute = 0;
    bool nordic_letters_only = true;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<uchar>(s[i]);
        if (c < 0x80) {
            ascii += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            continue;
        }
        const uchar prev = i > 0 ? static_cast<uchar>(s[i - 1]) : ' ';
        const uchar next = i + 1 < s.size() ? static_cast<uchar>(s[i + 1]) : ' ';
        const bool western = western_byte(c, prev, next);
        if (nordic_byte(c)) ++nordic;
        else if (!western) return false;
        else if (c >= 0xC0 && !nordic_companion(c)) nordic_letters_only = false;
        acute += acute_vowel(c);
        ++high;
        tilde_o += c == 0xF5 || c == 0xD5;
        hat_u += c == 0xFB || c == 0xDB;
        tilde_a += c == 0xE3 || c == 0xC3;
    }
    if (high == 0 || high * 2 > ascii) return false;
    if (nordic > 0 && (!nordic_letters_only || acute == 0)) return false;
    return (tilde_o == 0 || tilde_a > 0) && hat_u * 16 <= high;
}

// The reverse case: ISO-8859-15 read as windows-1252 by a detector (they share all but eight
// bytes). Š š ž Œ œ Ÿ of ISO-8859-15 are ¦ ¨ ¸ ¼ ½ ¾ in windows-1252, signs no text puts before a
// letter at the start or inside of a word; windows-1252's typography (0x80-0x9F) would be C1
// controls in ISO-8859-15.
bool latin9_letters_in_western_guess(std::string_view s, std::string_view guess) {
    if (guess != "windows-1252") return false;
    auto letter = [](uchar c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c != 0xD7 && c != 0xF7); };
    std::size_t inside = 0;
    for (std::size_t i = 1; i + 1 < s.size(); ++i) {
        const auto c = static_cast<uchar>(s[i]);
        if (c >= 0x80 && c < 0xA0) return false;
        const bool latin9 = c == 0xA6 || c == 0xA8 || c == 0xB8 || c == 0xBC || c == 0xBD || c == 0xBE;
        const auto prev = static_cast<uchar>(s[i - 1]);
        inside += latin9 && (letter(prev) || prev == ' ') && letter(static_cast<uchar>(s[i + 1]));
    }
    return inside > 0;
}

}  // namespace winnow::detail
