// Cleans the page named on the command line from 4 threads with one shared Cleaner and
// prints the title, the number of body blocks and the first line of the text.
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include <winnow/winnow.hpp>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: winnow_consumer PAGE\n";
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    const std::string page((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const winnow::Cleaner cleaner;
    std::vector<std::string> texts(4);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < texts.size(); ++i)
        threads.emplace_back([&, i] { texts[i] = winnow::to_text(cleaner.clean(page).document); });
    for (auto& t : threads) t.join();
    for (const auto& t : texts)
        if (t != texts[0]) {
            std::cerr << "threads disagree\n";
            return 1;
        }
    const winnow::Result r = cleaner.clean(page);
    if (!r.ok()) {
        std::cerr << r.error << '\n';
        return 1;
    }
    std::cout << "winnow " << winnow::version_string << "\ntitle: " << r.document.meta.title
              << "\nblocks: " << r.document.body.size() << "\nfirst: " << texts[0].substr(0, texts[0].find('\n')) << '\n';
    return r.document.body.empty() ? 1 : 0;
}
