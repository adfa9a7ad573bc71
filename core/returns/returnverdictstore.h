// SPDX-License-Identifier: MIT
#pragma once

#include "returnverdict.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace ct {

class Database;
struct ReturnPolicy;

// A return's verdict as the store keeps it (`return_verdicts`), for lists that filter and
// sort by verdict without judging every return again. The trace is not kept: judge the
// one return again (ReturnCaseQuery::some) to show it.
struct StoredReturnVerdict
{
    qint64 returnId = 0;
    int policyVersion = 0;
    QString policyDigest; // ReturnPolicy::digest() of the policy it was judged by
    ReturnEligibility eligibility = ReturnEligibility::Eligible;
    QString rule;
    QString detail;
    bool autoApprove = false;
    ReturnResolution recommended = ReturnResolution::None;
    QString recommendation;
    qint64 eligibleValueCents = 0;
    QStringList categories; // of the return's items, sorted, no repeats
    qint64 judgedAtMs = 0;
};

// Judges returns with a policy and keeps the verdicts beside them: every return (on open,
// when the policy changes), or a few (after ingest, a sync round or an edit touched them).
// Derived data each store computes itself: SQLite stores only, never synced. Use from the
// Database's thread.
class ReturnVerdictStore final
{
public:
    explicit ReturnVerdictStore(const Database &db) : m_db(db) {}

    // Judges every return and replaces every kept verdict, in one transaction.
    // `progress(done, total)` after each batch of writes.
    bool judgeAll(const ReturnPolicy &policy, qint64 nowMs, QString *error,
                  const std::function<void(int, int)> &progress = {}) const;
    // Judges these returns again (an unknown id is skipped; a deleted return's verdict goes
    // with it).
    bool judge(const QList<qint64> &ids, const ReturnPolicy &policy, qint64 nowMs, QString *error) const;

    std::optional<StoredReturnVerdict> verdict(qint64 returnId, QString *error) const;
    // How many returns have no verdict, or one judged by another policy (by its digest:
    // another version, or other rules under the same version number).
    std::optional<qint64> staleCount(const ReturnPolicy &policy, QString *error) const;

private:
    const Database &m_db;
};

} // namespace ct
