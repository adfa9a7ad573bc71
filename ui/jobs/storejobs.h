// SPDX-License-Identifier: MIT
#pragma once

#include "rules/rulesconfig.h"
#include "storejobrunner.h"

#include <QDateTime>

namespace ct {

// The long store jobs the desktop runs on its StoreJobRunner, each as of an instant the
// caller takes from its clock.
namespace StoreJobs {

// Fills the store with `shipments` demo shipments generated as of `now` (DemoSeeder).
StoreJobRunner::Job demoData(int shipments, const QDateTime &now);
// Re-runs the exception rules (`rules`: Preferences' RulesSetting in the app) on every
// unfinished shipment as of `nowMs`.
StoreJobRunner::Job exceptionRefresh(qint64 nowMs, RulesConfig rules = {});

} // namespace StoreJobs

} // namespace ct
