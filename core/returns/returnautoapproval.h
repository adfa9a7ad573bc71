// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace ct {

class Database;
struct EditOutcome;
struct ReturnPolicy;

// A requested return the policy approves without an agent, and the note its approval
// carries ("Approved by policy v3 (auto_approve): eligible; worth USD 80.00 (automatic
// below USD 150.00)").
struct ReturnAutoApprovalCandidate
{
    qint64 returnId = 0;
    QString note;
};

// Makes the policy's `auto_approve` verdict real (docs/RETURNS.md, "Automatic approval"):
// the return is approved through the edit path (EditApplier, op `approve`, with authority)
// by the system actor "policy", so it is recorded like any decision (`decided_by`,
// `decision_note`, the server's audit log) and syncs like any edit. Only a return still
// `requested` is approved: an agent's decision is never undone, and nothing here ever
// un-approves. Runs where a team decides once: on a standalone store (the desktop, after
// judging) and on the team server; a replica of a team server receives the server's
// approvals by pull and approves nothing itself. Use from the Database's thread.
class ReturnAutoApproval final
{
public:
    explicit ReturnAutoApproval(const Database &db) : m_db(db) {}

    // The system actor, reserved: no user of a team server may be called so.
    static QString actor();
    // The approval's note: the policy's version, the rule and its figures.
    static QString note(int policyVersion, const QString &detail);

    // False on a replica of a team server (its meta names the server it syncs with).
    bool appliesHere(QString *error) const;

    // The requested returns whose kept verdict (ReturnVerdictStore) was judged by `policy`
    // (its digest: a stale verdict approves nothing) and approves automatically, by id.
    std::optional<QList<ReturnAutoApprovalCandidate>> keptCandidates(const ReturnPolicy &policy, QString *error) const;
    // The requested returns (every one, or those among `ids`) that `policy` approves
    // automatically, judged now (ReturnCaseQuery, ReturnPolicyEngine): for a store that
    // keeps no verdicts, a team server's.
    std::optional<QList<ReturnAutoApprovalCandidate>> judgedCandidates(const ReturnPolicy &policy,
                                                                       const std::optional<QList<qint64>> &ids,
                                                                       QString *error) const;

    // Called inside an approval's transaction once it is applied (the server writes its
    // audit entry there); false, with `error`, rolls that approval back and stops.
    using Applied = std::function<bool(const ReturnAutoApprovalCandidate &, const EditOutcome &, QString *error)>;
    // Approves each candidate in a transaction of its own. One that is no longer requested
    // (an agent decided it since it was judged) is skipped. The number approved; nullopt
    // with `error` when the store fails (the approvals before it stay).
    std::optional<int> approve(const QList<ReturnAutoApprovalCandidate> &candidates, qint64 nowMs, QString *error,
                               const Applied &applied = {}) const;

    // The desktop's, after judging: on a standalone store, approves keptCandidates(policy);
    // on a replica, nothing (0).
    std::optional<int> approveJudged(const ReturnPolicy &policy, qint64 nowMs, QString *error) const;

    // What judgeAndApprove would do now: returns whose kept verdict is stale
    // (ReturnVerdictStore::staleCount), and approvals waiting (keptCandidates; none on a
    // replica). Cheap enough for the GUI thread, so a view starts a job only when there
    // is work.
    struct Work
    {
        qint64 stale = 0;
        qint64 approvals = 0;
        bool isEmpty() const { return stale == 0 && approvals == 0; }
    };
    std::optional<Work> pendingWork(const ReturnPolicy &policy, QString *error) const;
    // The newest return's id (0 for none): one look at the primary key, so a window can
    // tell after any change whether returns arrived since it last judged.
    std::optional<qint64> newestReturnId(QString *error) const;
    // The desktop's judging (on open, after an import, when the policy in force changed):
    // every return judged again by `policy` when some verdict is stale, then
    // approveJudged. The number approved; `progress(done, total)` while judging.
    std::optional<int> judgeAndApprove(const ReturnPolicy &policy, qint64 nowMs, QString *error,
                                       const std::function<void(int, int)> &progress = {}) const;

private:
    const Database &m_db;
};

} // namespace ct
