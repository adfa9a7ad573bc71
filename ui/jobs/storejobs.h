// SPDX-License-Identifier: MIT
#pragma once

#include "rules/rulesconfig.h"
#include "storejobrunner.h"

#include <QDateTime>

namespace ct {

// The long store jobs the desktop runs on its StoreJobRunner, each as of an instant the
// caller takes from its clock.
namespace StoreJobs {

// Fills the store with `shipments` demo shipments generated as of `now` (DemoSeeder), then
// fits the delivery-date model on them so the demo shows predictions (predict::EddRefit).
StoreJobRunner::Job demoData(int shipments, const QDateTime &now);
// Fits the delivery-date model on the store's history as of `nowMs`, stores it and
// re-estimates every shipment on its way (predict::EddRefit); cancellable.
StoreJobRunner::Job eddRefit(qint64 nowMs, RulesConfig rules = {});
// Re-runs the exception rules (`rules`: Preferences' RulesSetting in the app) on every
// unfinished shipment as of `nowMs`.
StoreJobRunner::Job exceptionRefresh(qint64 nowMs, RulesConfig rules = {});

} // namespace StoreJobs

} // namespace ct
