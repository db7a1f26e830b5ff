// The document's script (dominant_script) handed from the garbage filter to the link-residue
// filter, which run one after the other: counted once for both when the garbage filter left the
// document as it found it. (Apart from filters.hpp: only the two filters and the cleaner ask.)
#pragma once
#include <optional>

#include "filters/filters.hpp"

namespace winnow::detail {

// remove_garbage, and page_script set to the document's script when the filter removed nothing
// (every change it makes is recorded as a removal); else left alone.
void remove_garbage(Document& doc, const NoiseOptions& options, const Budget& budget, std::optional<int>* page_script);
// remove_link_residue, with the document's script as it stands when known; else counted.
void remove_link_residue(Document& doc, const NoiseOptions& options, const Budget& budget, std::optional<int> page_script);

}  // namespace winnow::detail
