// SPDX-License-Identifier: MIT
#include "mappingcheck.h"

#include "adapters/adapterregistry.h"
#include "adapters/parsecontext.h"
#include "geo/timezoneresolver.h"
#include "json/jsonpathoffset.h"
#include "json/parser.h"
#include "mappingadapter.h"
#include "mappingcompiler.h"

#include <QFile>
#include <QHash>

namespace ct {

using mapping::MappingProblem;

namespace {

MappingProblem problemAt(const QByteArray &text, MappingProblem::Severity severity, const QString &field,
                         const QString &message)
{
    MappingProblem p;
    p.severity = severity;
    p.field = field;
    p.message = message;
    if (const auto offset = json::offsetOfPath(text, field))
        json::lineAndColumn(text.constData(), text.size(), *offset, p.line, p.column);
    return p;
}

bool hasError(const QList<MappingProblem> &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [](const MappingProblem &p) { return p.severity == MappingProblem::Severity::Error; });
}

} // namespace

MappingCheck::Result MappingCheck::checkFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        MappingProblem p;
        p.message = QStringLiteral("cannot read the file: %1").arg(file.errorString());
        result.problems.append(p);
        return result;
    }
    return check(file.readAll());
}

MappingCheck::Result MappingCheck::check(const QByteArray &text)
{
    auto compiled = mapping::MappingCompiler::compile(text);
    Result result;
    result.problems = std::move(compiled.problems);
    if (!compiled.mapping)
        return result;
    auto adapter = std::make_unique<MappingAdapter>(std::move(compiled.mapping));
    const mapping::CarrierMapping &m = adapter->mapping();

    if (const TrackingAdapter *builtIn = AdapterRegistry::standard().byFormatId(m.formatId)) {
        result.problems.append(problemAt(text, MappingProblem::Severity::Error, QStringLiteral("format"),
                                         QStringLiteral("\"%1\" is the id of the built-in format %2; choose another")
                                             .arg(m.formatId, builtIn->formatName())));
    }
    if (!m.sample.isEmpty()) {
        json::Parser parser;
        const auto sample = parser.parse(m.sample.constData(), m.sample.size());
        if (!sample || !adapter->accepts(*sample)) {
            result.problems.append(problemAt(text, MappingProblem::Severity::Error, m.sampleField,
                                             QStringLiteral("the sample is not recognised by \"detect\"")));
        } else {
            if (const TrackingAdapter *builtIn = AdapterRegistry::standard().detect(*sample)) {
                result.problems.append(problemAt(
                    text, MappingProblem::Severity::Warning, m.sampleField,
                    QStringLiteral("the built-in format %1 (%2) already reads the sample: it is tried first, so this "
                                   "mapping would never see such documents")
                        .arg(builtIn->formatId(), builtIn->formatName())));
            }
            geo::TimeZoneResolver zones;
            ParseContext context(QStringLiteral("sample"), 1, 1, zones);
            std::vector<bool> hits;
            adapter->parse(*sample, context, &hits);
            context.resolveRawPayloads(QByteArrayView(m.sample));
            result.sampleIssues = context.issues();
            for (const FeedIssue &issue : std::as_const(result.sampleIssues)) {
                if (issue.severity == FeedIssue::Severity::Notice)
                    continue;
                const QString field = issue.field.isEmpty() ? m.sampleField : m.sampleField + QLatin1Char('.') + issue.field;
                result.problems.append(problemAt(text, MappingProblem::Severity::Warning, field,
                                                 QStringLiteral("reading the sample: %1: %2")
                                                     .arg(FeedIssue::severityName(issue.severity), issue.message)));
            }
            result.sampleShipments = context.takeShipments();
            QHash<int, bool> groupHit;
            for (std::size_t i = 0; i < hits.size(); ++i)
                groupHit[m.slotGroups[i]] = groupHit.value(m.slotGroups[i]) || hits[i];
            for (std::size_t i = 0; i < hits.size(); ++i) {
                if (hits[i] || m.slotConditional[i])
                    continue;
                const int slot = static_cast<int>(i);
                const bool alternativeMatched = groupHit.value(m.slotGroups[i]);
                result.problems.append(problemAt(
                    text, alternativeMatched ? MappingProblem::Severity::Warning : MappingProblem::Severity::Error,
                    m.slotFields.at(slot),
                    alternativeMatched
                        ? QStringLiteral("path \"%1\" matches nothing in the sample (another alternative does)")
                              .arg(m.slotPaths.at(slot))
                        : QStringLiteral("path \"%1\" never matches the sample").arg(m.slotPaths.at(slot))));
            }
        }
    }
    if (!hasError(result.problems))
        result.adapter = std::move(adapter);
    return result;
}

} // namespace ct
