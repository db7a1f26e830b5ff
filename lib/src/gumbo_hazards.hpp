// Stage — Gumbo hazards (between the nesting guard and parse): the system libgumbo is built
// with its assertions on, and some inputs abort the whole process inside gumbo_parse. The
// known trigger (found by fuzz_clean) is a CDATA section in MathML or SVG content inside a
// table: "<table><math><mi><![CDATA[>]]>x" fails
//   handle_in_table: Assertion `state->_text_node._buffer.length == 0'.
// This pass rewrites such constructs into ones every HTML parser treats the same way, so the
// DOM the later stages see does not change for any page Gumbo could parse: "<![CDATA[" becomes
// "<![CDATA ", a bogus comment that ends at the next '>'. In HTML content that is exactly what
// "<![CDATA[" already was; only inside SVG/MathML, whose bodies are never article text, does the
// section stop being a text node.
#pragma once
#include <string>
#include <string_view>

namespace winnow::detail {

// The input itself when it holds no hazard, else a view of the rewritten copy in storage.
// The rewrite never changes the length of the input (line numbers stay right).
std::string_view defuse_gumbo_hazards(std::string_view html, std::string& storage);

}  // namespace winnow::detail
