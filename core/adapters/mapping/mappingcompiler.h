// SPDX-License-Identifier: MIT
#pragma once

#include "carriermapping.h"
#include "mappingproblem.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

#include <memory>

namespace ct::mapping {

// Reads a carrier mapping file (JSON; docs/MAPPING-FORMAT.md) into a CarrierMapping,
// reporting every problem it finds located at its field and line: unknown keys, bad
// paths, unknown date directives, unknown sub-status codes, missing required parts. The
// mapping is usable only when no problem is an error.
class MappingCompiler final
{
public:
    struct Result
    {
        std::unique_ptr<CarrierMapping> mapping; // null when there were errors
        QList<MappingProblem> problems;
    };

    static Result compile(const QByteArray &text);

private:
    explicit MappingCompiler(const QByteArray &text) : m_text(text) {}

    void problem(MappingProblem::Severity severity, const QString &field, const QString &message);
    void error(const QString &field, const QString &message) { problem(MappingProblem::Severity::Error, field, message); }
    void checkKeys(const QJsonObject &object, const QString &field, std::initializer_list<const char *> allowed);
    static QString join(const QString &field, const QString &key);
    // Where the value of `field` starts in the text (to read parts in the order written);
    // the end of the text when it is not there.
    qsizetype offsetOf(const QString &field) const;

    void readTop(const QJsonObject &top);
    // A named condition that refers to itself, directly or not, would never end: an error.
    void checkNamedCycles();
    std::optional<MappingPath> path(const QJsonValue &v, const QString &field);
    PathChoice paths(const QJsonValue &v, const QString &field);
    // A new slot for the path at `field`; `group`: the first slot of its list of alternatives.
    int slot(const QString &field, const QString &pathText, int group = -1);
    TextField text(const QJsonValue &v, const QString &field);
    MappingCondition condition(const QJsonValue &v, const QString &field);
    LocationSpec location(const QJsonValue &v, const QString &field);
    TimeSpec time(const QJsonValue &v, const QString &field);
    std::optional<MappingTimeFormat> timeFormat(const QJsonValue &v, const QString &field);
    std::optional<Subtag> subtag(const QJsonValue &v, const QString &field);
    StatusSpec status(const QJsonValue &v, const QString &field);
    void shipmentsEntry(const QJsonValue &v, const QString &field);
    void shipment(const QJsonValue &v, const QString &field);
    void events(const QJsonValue &v, const QString &field);
    void summary(const QJsonValue &v, const QString &field);
    OutcomeRule outcome(const QJsonValue &v, const QString &field);

    const QByteArray &m_text;
    std::unique_ptr<CarrierMapping> m_mapping = std::make_unique<CarrierMapping>();
    QList<MappingProblem> m_problems;
    // > 0 while compiling parts read only in some documents (slotConditional).
    int m_conditional = 0;
    struct ConditionalScope
    {
        explicit ConditionalScope(int &depth) : m_depth(depth) { ++m_depth; }
        ~ConditionalScope() { --m_depth; }
        int &m_depth;
    };
};

} // namespace ct::mapping
