// Example: clean one page with the public API only and print its title and text.
//   winnow_example_clean_page page.html
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include <winnow/winnow.hpp>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: " << argv[0] << " PAGE\n";
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
        std::cerr << "cannot open " << argv[1] << '\n';
        return 1;
    }
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());

    const winnow::Cleaner cleaner;  // build once; clean() is const and thread-safe
    const winnow::Result result = cleaner.clean(bytes);
    if (!result.ok()) {
        std::cerr << "error: " << result.error << '\n';
        return 1;
    }
    std::cout << "title: " << result.document.meta.title << "\n\n" << winnow::to_text(result.document);
    return 0;
}
