// SPDX-License-Identifier: MIT
// A deliberate defect per argument, so that CTest proves the sanitizer build catches what
// it is meant to, with the test presets' options (tests/sanitizers/CMakeLists.txt): a
// build or an option that silently stopped instrumenting would let the probe pass.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>

namespace {

// Not inlined and read through volatile, so the compiler cannot see the defect and
// remove it.
[[gnu::noinline]] int readPast(const int *values, int index)
{
    return values[index];
}

[[gnu::noinline]] int shiftLeft(int value, int by)
{
    return value << by;
}

int heapOverflow()
{
    volatile int index = 4;
    int *values = new int[4]{1, 2, 3, 4};
    const int value = readPast(values, index);
    delete[] values;
    return value;
}

// Frees behind the compiler's back (GCC's -Wuse-after-free would see a plain delete[]).
[[gnu::noinline]] int *freed(int *values)
{
    delete[] values;
    return values;
}

int useAfterFree()
{
    volatile int index = 0;
    return readPast(freed(new int[4]{1, 2, 3, 4}), index);
}

int leak()
{
    // The only pointer to the block is dropped: a leak LeakSanitizer reports at exit.
    void *volatile block = std::malloc(4096);
    std::memset(block, 1, 4096);
    block = nullptr;
    return 0;
}

int undefinedShift()
{
    volatile int by = 40;
    return shiftLeft(1, by);
}

int race()
{
    static int counter = 0;
    std::thread other([] { ++counter; });
    ++counter;
    other.join();
    return counter == 2 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    const char *what = argc > 1 ? argv[1] : "";
    volatile int sink = 0; // what a defect read is kept, so it is not optimised away
    if (std::strcmp(what, "heap-overflow") == 0)
        sink = heapOverflow();
    else if (std::strcmp(what, "use-after-free") == 0)
        sink = useAfterFree();
    else if (std::strcmp(what, "leak") == 0)
        sink = leak();
    else if (std::strcmp(what, "shift") == 0)
        sink = undefinedShift();
    else if (std::strcmp(what, "race") == 0)
        sink = race();
    else {
        std::fprintf(stderr, "usage: %s heap-overflow|use-after-free|leak|shift|race\n", argv[0]);
        return 2;
    }
    std::printf("no sanitizer stopped the %s probe (%d)\n", what, static_cast<int>(sink));
    return 0;
}
