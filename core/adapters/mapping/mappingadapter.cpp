// SPDX-License-Identifier: MIT
#include "mappingadapter.h"

#include "adapters/parsecontext.h"
#include "domain/carriers.h"

namespace ct {

using namespace ct::mapping;

namespace {

// One run of a mapping over one document.
class MappingRun final
{
public:
    MappingRun(const CarrierMapping &mapping, ParseContext &context, std::vector<bool> *hits)
        : m_map(mapping), m_ctx(context), m_hits(hits)
    {
    }

    void document(const json::Value &doc);

private:
    void hit(int slot, const json::Value &v)
    {
        if (m_hits && slot >= 0 && !v.isMissing())
            (*m_hits)[static_cast<std::size_t>(slot)] = true;
    }
    // The first of the paths whose value is present (not missing, not null); else the
    // last one's (missing) value, which still names where it was looked for.
    json::Value firstPresent(const PathChoice &choice, const json::Value &base);
    // The first non-empty text (json::Value::text()) of the paths, or the constant.
    QString text(const TextField &field, const json::Value &base);
    // A status code as written: strings trimmed, numbers as their text.
    static QString code(const json::Value &v);
    bool holds(const MappingCondition &c, const json::Value &base) const { return c.holds(base, m_map.named); }

    // An error body; true when it stands beside tracking data, which the next entries read.
    bool report(const ShipmentsEntry &entry, const json::Value &doc);
    // The first path that gives a country (ParseContext::country); empty when none does.
    QString country(const PathChoice &choice, const json::Value &base);
    void shipment(const json::Value &object);
    bool location(const LocationSpec &spec, const json::Value &base, Address &address);
    DeliveryEstimate estimate(const json::Value &object, const Address &destination);
    bool applyZone(const TimeSpec &spec, const json::Value &base, DateTimeText &text, bool reportBad);
    // The date (and time) a time spec reads; nullopt when reported or when the value is a
    // placeholder date.
    std::optional<DateTimeText> readTime(const TimeSpec &spec, const json::Value &base, json::Value *at);
    bool event(const json::Value &entry, const ShipmentRecord &shipment, const QString &signedBy, TrackingEvent &event);
    static QString fallbackCountry(const TimeSpec &spec, const ShipmentRecord &shipment);
    std::optional<Subtag> mapStatus(const std::vector<PathChoice> &parts, const json::Value &base,
                                    const QString &description, const QString &signedBy, QString *rawCode);

    const CarrierMapping &m_map;
    ParseContext &m_ctx;
    std::vector<bool> *m_hits;
};

json::Value MappingRun::firstPresent(const PathChoice &choice, const json::Value &base)
{
    json::Value last;
    json::Value found;
    bool have = false;
    for (const PathChoice::Entry &e : choice.entries) {
        last = e.path.resolve(base);
        hit(e.slot, last);
        if (!have && !last.isAbsent()) {
            found = last;
            have = true;
            if (!m_hits)
                break;
        }
    }
    return have ? found : last;
}

QString MappingRun::text(const TextField &field, const json::Value &base)
{
    if (!field.constant.isEmpty())
        return field.constant;
    QString found;
    for (const PathChoice::Entry &e : field.paths.entries) {
        const json::Value v = e.path.resolve(base);
        hit(e.slot, v);
        if (!found.isEmpty())
            continue; // only a check looks further
        found = v.text();
        if (!found.isEmpty() && !m_hits)
            break;
    }
    return found;
}

QString MappingRun::country(const PathChoice &choice, const json::Value &base)
{
    json::Value last;
    for (const PathChoice::Entry &e : choice.entries) {
        last = e.path.resolve(base);
        hit(e.slot, last);
        if (last.isAbsent())
            continue;
        if (QString alpha2 = m_ctx.country(last); !alpha2.isEmpty())
            return alpha2;
    }
    return {};
}

QString MappingRun::code(const json::Value &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isNumber())
        return v.toString();
    return {};
}

void MappingRun::document(const json::Value &doc)
{
    for (const ShipmentsEntry &entry : m_map.shipments) {
        if (entry.hasWhen && !holds(entry.when, doc))
            continue;
        switch (entry.kind) {
        case ShipmentsEntry::Kind::One: {
            const json::Value v = entry.path.resolve(doc);
            hit(entry.slot, v);
            shipment(v);
            return;
        }
        case ShipmentsEntry::Kind::Each: {
            const json::Value list = entry.path.resolve(doc);
            hit(entry.slot, list);
            if (!list.isArray()) {
                m_ctx.error(list, QStringLiteral("expected an array of shipments, found %1").arg(list.typeName()));
                return;
            }
            for (const json::Value &v : list.elements())
                shipment(v);
            return;
        }
        case ShipmentsEntry::Kind::Report:
            if (report(entry, doc))
                continue; // an error beside tracking data: the data is read
            return;
        }
    }
    m_ctx.error(doc, QStringLiteral("no \"shipments\" entry of the %1 mapping applies to this document").arg(m_map.name));
}

bool MappingRun::report(const ShipmentsEntry &entry, const json::Value &doc)
{
    const json::Value at = entry.path.resolve(doc);
    const QString message = text(entry.message, doc);
    if (!entry.dataBeside.empty()) {
        std::vector<json::Value> data;
        for (const MappingPath &path : entry.dataBeside)
            data.push_back(path.resolve(doc));
        if (m_ctx.errorBesideData(at, message, data))
            return true;
    }
    const QString code = text(entry.code, doc);
    if (entry.hasNotFoundWhen && holds(entry.notFoundWhen, doc)) {
        m_ctx.notFound(at, text(entry.trackingNumber, doc), message);
        return false;
    }
    QString t = entry.errorText;
    t.replace(QLatin1String("{code}"), code).replace(QLatin1String("{message}"), message);
    m_ctx.error(at, t);
    return false;
}

bool MappingRun::location(const LocationSpec &spec, const json::Value &base, Address &address)
{
    json::Value at = base;
    if (spec.hasObject) {
        at = spec.object.resolve(base);
        hit(spec.objectSlot, at);
        if (at.isAbsent())
            return true;
        if (!at.isObject()) {
            m_ctx.error(at, QStringLiteral("expected a location object, found %1").arg(at.typeName()));
            return false;
        }
    }
    for (const int part : spec.order) {
        switch (part) {
        case 0:
            if (spec.city.isSet())
                address.city = text(spec.city, at);
            break;
        case 1:
            if (spec.state.isSet())
                address.state = text(spec.state, at);
            break;
        case 2:
            if (spec.postalCode.isSet())
                address.postalCode = text(spec.postalCode, at);
            break;
        default:
            if (!spec.country.isEmpty())
                address.country = country(spec.country, at);
            break;
        }
    }
    return true;
}

bool MappingRun::applyZone(const TimeSpec &spec, const json::Value &base, DateTimeText &t, bool reportBad)
{
    switch (spec.zone) {
    case TimeSpec::Zone::Place:
        return true;
    case TimeSpec::Zone::Utc:
        if (!t.hasOffset) {
            t.hasOffset = true;
            t.offsetMinutes = 0;
        }
        return true;
    case TimeSpec::Zone::Fixed:
        if (!t.hasOffset) {
            t.hasOffset = true;
            t.offsetMinutes = spec.fixedOffsetMinutes;
        }
        return true;
    case TimeSpec::Zone::OffsetField: {
        if (t.hasOffset)
            return true;
        const json::Value v = firstPresent(spec.offsetPaths, base);
        const QString text = v.text();
        if (text.isEmpty())
            return true; // no offset: the place's zone
        const auto offset = parseUtcOffset(text);
        if (!offset) {
            if (reportBad)
                m_ctx.error(v, QStringLiteral("invalid UTC offset \"%1\"").arg(text));
            return false;
        }
        t.hasOffset = true;
        t.offsetMinutes = *offset;
        return true;
    }
    }
    return true;
}

std::optional<DateTimeText> MappingRun::readTime(const TimeSpec &spec, const json::Value &base, json::Value *at)
{
    const json::Value v = firstPresent(spec.paths, base);
    *at = v;
    if (v.isAbsent()) {
        m_ctx.error(v, QStringLiteral("required timestamp is missing"));
        return std::nullopt;
    }
    if (m_ctx.placeholderDate(v))
        return std::nullopt;
    if (!v.isString()) {
        m_ctx.error(v, QStringLiteral("expected a date and time as text (%1), found %2").arg(spec.format.text(), v.typeName()));
        return std::nullopt;
    }
    auto t = spec.format.read(v.stringView());
    if (t && !spec.timePaths.isEmpty() && !t->hasTime) {
        const json::Value tv = firstPresent(spec.timePaths, base);
        const auto time = tv.isString() ? spec.timeFormat.read(tv.stringView()) : std::nullopt;
        if (!time || !time->hasTime) {
            m_ctx.error(tv, QStringLiteral("invalid time \"%1\" (expected %2)").arg(tv.toString(), spec.timeFormat.text()));
            return std::nullopt;
        }
        t->msOfDay = time->msOfDay;
        t->hasTime = true;
        if (time->hasOffset) {
            t->hasOffset = true;
            t->offsetMinutes = time->offsetMinutes;
        }
    }
    if (!t || !t->hasTime || !t->date.isValid()) {
        m_ctx.error(v, QStringLiteral("invalid timestamp \"%1\" (expected %2 date and time)")
                         .arg(v.toString(), spec.format.kind() == MappingTimeFormat::Kind::Pattern
                                                ? QLatin1Char('"') + spec.format.text() + QLatin1Char('"')
                                                : QStringLiteral("ISO 8601")));
        return std::nullopt;
    }
    if (!applyZone(spec, base, *t, true))
        return std::nullopt;
    return t;
}

DeliveryEstimate MappingRun::estimate(const json::Value &object, const Address &destination)
{
    for (const TimeSpec &spec : m_map.shipment.estimate) {
        const json::Value v = firstPresent(spec.paths, object);
        if (!spec.timePaths.isEmpty()) {
            // A date and a separate local time (EasyPost's carrier_detail).
            if (v.text().isEmpty())
                continue;
            const auto date = v.isString() ? spec.format.read(v.stringView()) : std::nullopt;
            if (!date || !date->date.isValid()) {
                m_ctx.warning(v, QStringLiteral("unreadable delivery estimate \"%1\" ignored").arg(v.toString()));
                continue;
            }
            DeliveryEstimate e;
            e.date = date->date;
            const json::Value tv = firstPresent(spec.timePaths, object);
            if (!tv.text().isEmpty()) {
                const auto time = tv.isString() ? spec.timeFormat.read(tv.stringView()) : std::nullopt;
                if (time && time->hasTime) {
                    DateTimeText t;
                    t.date = e.date;
                    t.msOfDay = time->msOfDay;
                    t.hasTime = true;
                    applyZone(spec, object, t, false);
                    const auto at = m_ctx.eventTime(t, destination.country, destination.state);
                    e.hasTime = true;
                    e.at = at.at;
                    e.date = at.at.localDate();
                } else {
                    m_ctx.warning(tv, QStringLiteral("unreadable delivery time \"%1\" ignored").arg(tv.toString()));
                }
            }
            return e;
        }
        if (v.isAbsent())
            continue;
        if (spec.midnightUtcIsDate && v.isString()) {
            const auto t = parseIsoDateTime(v.stringView());
            if (t && t->hasTime && t->hasOffset && t->offsetMinutes == 0 && t->msOfDay == 0) {
                DeliveryEstimate e;
                e.date = t->date;
                return e;
            }
        }
        if (spec.format.kind() == MappingTimeFormat::Kind::Iso8601 && spec.zone == TimeSpec::Zone::Place)
            return m_ctx.deliveryEstimate(v, destination.country, destination.state);
        const QString raw = v.text();
        if (raw.isEmpty() || m_ctx.placeholderDate(v))
            return {};
        auto t = v.isString() ? spec.format.read(v.stringView()) : std::nullopt;
        if (!t || !t->date.isValid()) {
            m_ctx.warning(v, QStringLiteral("unreadable delivery estimate \"%1\" ignored").arg(raw));
            return {};
        }
        DeliveryEstimate e;
        e.date = t->date;
        if (t->hasTime && applyZone(spec, object, *t, false)) {
            const auto at = m_ctx.eventTime(*t, destination.country, destination.state);
            e.hasTime = true;
            e.at = at.at;
            e.date = at.at.localDate();
        }
        return e;
    }
    return {};
}

std::optional<Subtag> MappingRun::mapStatus(const std::vector<PathChoice> &parts, const json::Value &base,
                                            const QString &description, const QString &signedBy, QString *rawCode)
{
    const StatusSpec &spec = m_map.shipment.events.status;
    QString values[8];
    const std::size_t n = std::min<std::size_t>(parts.size(), 8);
    for (std::size_t i = 0; i < n; ++i) {
        const json::Value v = firstPresent(parts[i], base);
        values[i] = spec.readAsText ? v.text() : code(v);
    }
    if (rawCode && spec.raw.isSet())
        *rawCode = text(spec.raw, base);
    else if (rawCode) {
        qsizetype last = static_cast<qsizetype>(spec.rawCodeParts.size());
        while (last > 1 && values[spec.rawCodeParts[static_cast<std::size_t>(last - 1)]].isEmpty())
            --last;
        QString raw;
        for (qsizetype i = 0; i < last; ++i) {
            if (i > 0)
                raw += QLatin1Char('/');
            raw += values[spec.rawCodeParts[static_cast<std::size_t>(i)]];
        }
        *rawCode = raw;
    }
    std::optional<Subtag> mapped;
    QString lower;
    bool lowered = false;
    for (const StatusRule &rule : spec.rules) {
        if (rule.tablePart >= 0) {
            const auto it = rule.table.constFind(values[rule.tablePart]);
            if (it != rule.table.constEnd()) {
                mapped = *it;
                break;
            }
            continue;
        }
        bool ok = true;
        for (const StatusRule::PartTest &test : rule.when) {
            const QString &value = values[test.part];
            const bool prefixed = std::any_of(test.prefixes.cbegin(), test.prefixes.cend(),
                                              [&](const QString &prefix) { return value.startsWith(prefix); });
            if (!prefixed && !test.values.contains(value)) {
                ok = false;
                break;
            }
        }
        if (ok && (!rule.descriptionAny.isEmpty() || !rule.descriptionNone.isEmpty())) {
            if (!lowered) {
                lower = description.toLower();
                lowered = true;
            }
            for (const QString &phrase : rule.descriptionNone)
                ok = ok && !lower.contains(phrase);
            if (ok && !rule.descriptionAny.isEmpty()) {
                ok = std::any_of(rule.descriptionAny.cbegin(), rule.descriptionAny.cend(),
                                 [&](const QString &phrase) { return lower.contains(phrase); });
            }
        }
        if (ok) {
            mapped = rule.then;
            break;
        }
    }
    if (mapped == Subtag::Delivered && !signedBy.isEmpty())
        mapped = Subtag::DeliveredSigned;
    return mapped;
}

QString MappingRun::fallbackCountry(const TimeSpec &spec, const ShipmentRecord &shipment)
{
    QString fallback = shipment.destination.country;
    if (spec.fallback == TimeSpec::Fallback::Destination)
        return fallback;
    if (fallback.isEmpty())
        fallback = shipment.origin.country;
    if (fallback.isEmpty())
        fallback = carrierHomeCountry(shipment.carrier);
    return fallback;
}

bool MappingRun::event(const json::Value &entry, const ShipmentRecord &shipment, const QString &signedBy,
                       TrackingEvent &event)
{
    const EventsSpec &spec = m_map.shipment.events;
    if (!entry.isObject()) {
        m_ctx.error(entry, QStringLiteral("expected a %1 object, found %2").arg(spec.objectName, entry.typeName()));
        return false;
    }
    for (const TypeCheck &check : spec.expect) {
        const json::Value v = check.path.resolve(entry);
        hit(check.slot, v);
        if (v.isAbsent() || (check.typeMask & (1u << static_cast<unsigned>(v.type()))) != 0 || m_ctx.absent(v))
            continue;
        m_ctx.error(v, QStringLiteral("expected a %1, found %2").arg(check.what, v.typeName()));
        return false;
    }
    if (spec.descriptionFirst)
        event.description = text(spec.description, entry);
    Address place;
    if (!location(spec.location, entry, place))
        return false;
    event.city = place.city;
    event.state = place.state;
    event.postalCode = place.postalCode;
    event.country = place.country;
    if (!spec.descriptionFirst)
        event.description = text(spec.description, entry);

    const TimeSpec &time = spec.time;
    if (time.format.kind() == MappingTimeFormat::Kind::Iso8601 && time.timePaths.isEmpty()
        && time.zone == TimeSpec::Zone::Place) {
        const json::Value field = firstPresent(time.paths, entry);
        const auto when = time.fallback == TimeSpec::Fallback::Shipment
                              ? m_ctx.eventTime(field, event, shipment)
                              : m_ctx.eventTime(field, event.country, event.state, shipment.destination.country);
        if (!when)
            return false;
        event.occurredAt = when->at;
        event.timeAssumed = when->assumed;
    } else {
        json::Value at;
        const auto t = readTime(time, entry, &at);
        if (!t)
            return false;
        const auto when = m_ctx.eventTime(*t, event.country, event.state, fallbackCountry(time, shipment));
        event.occurredAt = when.at;
        event.timeAssumed = when.assumed;
    }
    const auto mapped = mapStatus(spec.status.parts, entry, event.description, signedBy, &event.rawCode);
    m_ctx.setStatus(event, mapped, firstPresent(spec.status.at, entry));
    return true;
}

void MappingRun::shipment(const json::Value &object)
{
    const ShipmentSpec &spec = m_map.shipment;
    if (!object.isObject()) {
        m_ctx.error(object, QStringLiteral("expected a %1 object, found %2").arg(spec.objectName, object.typeName()));
        return;
    }
    const auto trackingNumber = m_ctx.requiredValue(firstPresent(spec.trackingNumber, object));
    if (!trackingNumber)
        return;
    for (const OutcomeRule &outcome : spec.outcomes) {
        if (!holds(outcome.when, object))
            continue;
        const json::Value at = outcome.at.isEmpty() ? object : firstPresent(outcome.at, object);
        const QString message = text(outcome.message, object);
        if (outcome.isError) {
            QString t = outcome.errorText;
            t.replace(QLatin1String("{trackingNumber}"), *trackingNumber).replace(QLatin1String("{message}"), message);
            m_ctx.error(at, t);
        } else {
            m_ctx.notFound(at, *trackingNumber, message);
        }
        return;
    }

    ShipmentRecord shipment;
    shipment.trackingNumber = *trackingNumber;
    shipment.carrier = canonicalCarrierCode(text(spec.carrier, object));
    shipment.carrierReference = text(spec.carrierReference, object);
    shipment.service = text(spec.service, object);
    shipment.masterTrackingNumber = text(spec.masterTrackingNumber, object);
    if (!spec.pieceCount.isEmpty())
        shipment.pieceCount = static_cast<int>(firstPresent(spec.pieceCount, object).toInt().value_or(1));
    location(spec.origin, object, shipment.origin);
    location(spec.destination, object, shipment.destination);
    shipment.estimatedDelivery = estimate(object, shipment.destination);
    const QString signedBy = text(spec.signedBy, object);
    shipment.order.orderId = text(spec.order.orderId, object);
    shipment.order.customerName = text(spec.order.customerName, object);
    shipment.order.customerEmail = text(spec.order.customerEmail, object);
    shipment.order.customerPhone = text(spec.order.customerPhone, object);
    if (!spec.order.promisedDate.isEmpty())
        shipment.order.promisedDate = m_ctx.deliveryEstimate(firstPresent(spec.order.promisedDate, object)).date;

    const EventsSpec &events = spec.events;
    const json::Value list = firstPresent(events.list, object);
    const bool none = list.isAbsent() || (list.isArray() && list.size() == 0);
    if (!list.isArray() && !m_ctx.absent(list))
        m_ctx.error(list, QStringLiteral("expected an array of %1, found %2").arg(events.listName, list.typeName()));
    for (const json::Value &entry : list.elements()) {
        TrackingEvent e;
        if (event(entry, shipment, signedBy, e))
            shipment.events.append(std::move(e));
    }
    if (none && events.hasSingle) {
        const json::Value single = events.single.resolve(object);
        hit(events.singleSlot, single);
        TrackingEvent e;
        if (single.isObject() && event(single, shipment, signedBy, e))
            shipment.events.append(std::move(e));
    }

    m_ctx.setRawPayload(shipment, object);
    const SummarySpec &summary = spec.summary;
    std::optional<Subtag> reported;
    json::Value reportedField = object;
    if (summary.isSet) {
        if (!summary.hasObject || summary.object.resolve(object).isObject())
            reported = mapStatus(summary.parts, object, text(summary.description, object), signedBy, nullptr);
        if (!summary.at.isEmpty())
            reportedField = firstPresent(summary.at, object);
    }
    m_ctx.addShipment(std::move(shipment), reported, reportedField);
}

} // namespace

MappingAdapter::MappingAdapter(std::unique_ptr<CarrierMapping> mapping) : m_mapping(std::move(mapping)) {}

MappingAdapter::~MappingAdapter() = default;

QString MappingAdapter::formatId() const
{
    return m_mapping->formatId;
}

QString MappingAdapter::formatName() const
{
    return m_mapping->name;
}

bool MappingAdapter::accepts(const json::Value &document) const
{
    return m_mapping->detect.holds(document, m_mapping->named);
}

void MappingAdapter::parse(const json::Value &document, ParseContext &context) const
{
    parse(document, context, nullptr);
}

void MappingAdapter::parse(const json::Value &document, ParseContext &context, std::vector<bool> *hits) const
{
    if (hits)
        hits->assign(static_cast<std::size_t>(m_mapping->slotFields.size()), false);
    MappingRun(*m_mapping, context, hits).document(document);
}

} // namespace ct
