// Full-width ASCII (U+FF01-FF5E) inside text that is not CJK.
#pragma once
#include <string>
#include <string_view>

namespace winnow::detail {

// CJK text sets Latin letters and digits full-width ("ＡＢＣ社", "３月"); in Latin, Cyrillic or
// Greek text the same forms are input-method debris or a "styled" word, and "ＦＲＥＥ" must match
// "FREE". A run of full-width forms folds to ASCII when the nearest letter or digit on each side
// that has one is not CJK (Han, kana, Hangul; other full-width forms are looked past, so runs
// parted by spaces or marks are judged as one), and one side at least has one. Writes the result to out; false (out untouched) when nothing folds.
bool fold_fullwidth_outside_cjk(std::string_view text, std::string& out);

}  // namespace winnow::detail
