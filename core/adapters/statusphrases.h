// SPDX-License-Identifier: MIT
#pragma once

#include "domain/subtag.h"

#include <QString>
#include <QStringView>

#include <optional>
#include <span>

namespace ct {

// A phrase that, found in a status text, means a sub-status.
struct Phrase
{
    const char *text; // lowercase; matched at a word start in the lowercased description
    Subtag subtag;
};

// The sub-status of the first phrase found in `lowercaseText` (phrases in order of
// precedence), or nullopt. Phrases match at the start of a word: "rto" matches
// "rto initiated" but not "porto".
std::optional<Subtag> matchPhrase(std::span<const Phrase> phrases, const QString &lowercaseText);

// Carriers often send one coarse code ("delivery exception", "undelivered") and put the
// reason in the text. This reads the reason from common English phrasings so a coarse
// AttemptFail or Exception gets a precise sub-status (for example "Customer not available"
// -> AttemptFail_002). It only refines: it returns a sub-status of `coarse`'s tag, or of
// Exception when a failed attempt turns out to be a return, loss or damage; otherwise
// nullopt, and the adapter keeps its own mapping.
std::optional<Subtag> refineByDescription(Tag coarse, QStringView description);

// The tag a free-text description implies, for carriers whose codes are missing or unknown
// (a documented second chance before the unmapped-code fallback); nullopt when unclear.
std::optional<Subtag> classifyDescription(QStringView description);

} // namespace ct
