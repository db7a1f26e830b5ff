// A rights sign stands as a mark of its own after any script's punctuation or space, not only
// ASCII's: a Japanese or Chinese footer runs "…。© 2024 …" and many sites put a no-break space
// before it; a sign glued to a letter or a digit is a misread letter, not a notice.
#include <doctest/doctest.h>

#include "extract_lines.hpp"

using winnow::detail::holds_rights_sign;

TEST_CASE("a rights sign after a full stop of any script or a no-break space is a notice's") {
    CHECK(holds_rights_sign("無断転載を禁じます。© 2024 株式会社サンプル"));
    CHECK(holds_rights_sign("版权所有，©2024 示例公司"));
    CHECK(holds_rights_sign("Impressum\xC2\xA0© 2024 Beispiel Verlag GmbH"));
    CHECK(holds_rights_sign("Tous droits réservés «© 2024 Éditions Exemple»"));
    CHECK(holds_rights_sign("© 2024 Example Media"));
    CHECK(holds_rights_sign("Все права защищены (© 2024)"));
}

TEST_CASE("a sign glued to a letter or a digit is no notice") {
    CHECK_FALSE(holds_rights_sign("CafÃ© de Flore"));        // "Café" misread
    CHECK_FALSE(holds_rights_sign("Ã©tÃ© 2024"));
    CHECK_FALSE(holds_rights_sign("Straße©Verlag"));
    CHECK_FALSE(holds_rights_sign("日本©2024"));
    CHECK_FALSE(holds_rights_sign("no sign here"));
}
