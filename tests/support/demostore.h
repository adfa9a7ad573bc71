// SPDX-License-Identifier: MIT
// Demo data for tests that need a real store full of exceptions: parcels ordered over the
// two weeks before the suite's now (testclock.h), many still moving, so many exceptions are
// open. The same count gives the same store on every run.
#pragma once

#include "demo/demoseeder.h"
#include "store/database.h"
#include "support/testclock.h"

namespace ct::test {

inline bool seedDemoStore(const Database &db, int shipments, QString *error)
{
    DemoOptions options;
    options.now = fixedNow();
    options.historyDays = 14;
    DemoSeeder::Result seeded;
    return DemoSeeder::seed(db, options, shipments, {}, &seeded, error);
}

} // namespace ct::test
