// Batch mode with --format audit: the index page that links every page's audit view and
// counts what was removed from it, by reason.
#pragma once
#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include <winnow/winnow.hpp>

namespace winnow::cli {

struct AuditEntry {
    std::string page;                   // the audit page, relative to the index
    std::string title;
    bool counted = false;               // false: skipped as up to date, not read again
    std::array<std::size_t, 7> removed{};  // by RemovalReason
};

AuditEntry audit_entry(std::string page, const Document& doc);
std::string audit_index_page(std::vector<AuditEntry> entries);

}  // namespace winnow::cli
