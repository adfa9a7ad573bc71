// SPDX-License-Identifier: MIT
// Runs the adapter suites: `tst_adapters` runs all, `tst_adapters ups` one of them.
#include <QCoreApplication>

namespace ct::test {
int runSuites(int argc, char **argv);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return ct::test::runSuites(argc, argv);
}
