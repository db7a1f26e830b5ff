// Fault injection for tests/test_batch_disk_full.py, loaded with LD_PRELOAD: write() or pwrite()
// (the spill file's) to a file under $WINNOW_FULL_DISK_DIR fails with ENOSPC once
// $WINNOW_FULL_DISK_BYTES bytes have gone there — a disk that fills mid-batch, on any machine,
// without root or a tmpfs mount.
#include <dlfcn.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

std::atomic<long long> bytes_written{0};

bool under_full_dir(int fd) {
    const char* dir = std::getenv("WINNOW_FULL_DISK_DIR");
    if (dir == nullptr || *dir == '\0') return false;
    char link[64];
    char path[4096];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t n = ::readlink(link, path, sizeof path - 1);
    if (n <= 0) return false;
    path[n] = '\0';
    const std::size_t d = std::strlen(dir);
    return std::strncmp(path, dir, d) == 0 && (path[d] == '/' || path[d] == '\0');
}

// The byte budget of the full folder is spent: this write of count bytes finds no space.
bool no_room(int fd, size_t count) {
    if (!under_full_dir(fd)) return false;
    const char* budget = std::getenv("WINNOW_FULL_DISK_BYTES");
    const long long limit = budget != nullptr ? std::atoll(budget) : 0;
    return bytes_written.fetch_add(static_cast<long long>(count)) + static_cast<long long>(count) > limit;
}

}  // namespace

extern "C" ssize_t pwrite(int fd, const void* buf, size_t count, off_t offset) {
    using PwriteFn = ssize_t (*)(int, const void*, size_t, off_t);
    static const auto real = reinterpret_cast<PwriteFn>(::dlsym(RTLD_NEXT, "pwrite"));
    if (no_room(fd, count)) {
        errno = ENOSPC;
        return -1;
    }
    return real(fd, buf, count, offset);
}

extern "C" ssize_t pwrite64(int fd, const void* buf, size_t count, off_t offset) {
    using PwriteFn = ssize_t (*)(int, const void*, size_t, off_t);
    static const auto real = reinterpret_cast<PwriteFn>(::dlsym(RTLD_NEXT, "pwrite64"));
    if (no_room(fd, count)) {
        errno = ENOSPC;
        return -1;
    }
    return real(fd, buf, count, offset);
}

extern "C" ssize_t write(int fd, const void* buf, size_t count) {
    using WriteFn = ssize_t (*)(int, const void*, size_t);
    static const auto real = reinterpret_cast<WriteFn>(::dlsym(RTLD_NEXT, "write"));
    if (no_room(fd, count)) {
        errno = ENOSPC;
        return -1;
    }
    return real(fd, buf, count);
}
