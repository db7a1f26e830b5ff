// Command-line options of the winnow tool (docs/cli.md is the manual).
#pragma once
#include <string>
#include <vector>

#include <winnow/winnow.hpp>

namespace winnow::cli {

enum class OutputFormat { xml, text, json };

struct CliOptions {
    OutputFormat format = OutputFormat::xml;
    winnow::Options clean{};
    winnow::EmitOptions emit{};
    std::string url;               // --url: page URL hint
    std::string charset;           // --charset: transport charset hint
    std::vector<std::string> files;
    bool help = false;
    bool version = false;
};

// Parses argv; returns false with a message in error for unknown or malformed options.
bool parse_options(int argc, char** argv, CliOptions& out, std::string& error);

const char* usage_text();

}  // namespace winnow::cli
