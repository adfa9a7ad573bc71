// SPDX-License-Identifier: MIT
#include "ratecard.h"

#include "csv/csvrecords.h"
#include "orders/minorunits.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace ct {

namespace {

constexpr int MaxErrors = 50;

enum Column : int {
    Kind, Carrier, Service, OriginCountry, OriginPrefix, DestinationCountry, DestinationPrefix, Zone, UpToKg, StepKg,
    Price, Fixed, Percent, Currency, ColumnCount
};

const QRegularExpression &codePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,31}$"));
    return pattern;
}

struct RateRows
{
    QList<RateZone> zones;
    QList<RateSlab> slabs;
    QList<RateIncrement> increments;
    QList<RateCodFee> codFees;
};

// Reads the records into the card, every error with its line and column.
class RateCardReader final
{
public:
    RateCardReader(const QString &source, QStringList *errors) : m_source(source), m_errors(errors) {}

    void fail(int line, int column, const QString &why)
    {
        if (m_errors->size() < MaxErrors)
            *m_errors << QStringLiteral("%1:%2:%3: %4").arg(m_source).arg(line).arg(RateCard::columns().at(column), why);
        else if (m_errors->size() == MaxErrors)
            *m_errors << QStringLiteral("%1: more errors not listed").arg(m_source);
    }

    bool header(const CsvRecord &record)
    {
        m_at.fill(-1, ColumnCount);
        m_headerSize = record.fields.size();
        for (qsizetype i = 0; i < record.fields.size(); ++i) {
            const QString name = record.fields.at(i).trimmed();
            const qsizetype column = RateCard::columns().indexOf(name);
            if (column < 0) {
                *m_errors << QStringLiteral("%1:%2: column %3 \"%4\" is not a rate card column (the columns are %5)")
                                 .arg(m_source).arg(record.line).arg(i + 1)
                                 .arg(name, RateCard::columns().join(QStringLiteral(", ")));
            } else if (m_at[column] >= 0) {
                *m_errors << QStringLiteral("%1:%2: column \"%3\" appears twice").arg(m_source).arg(record.line).arg(name);
            } else {
                m_at[column] = int(i);
            }
        }
        for (Column required : {Kind, Carrier})
            if (m_at[required] < 0)
                *m_errors << QStringLiteral("%1:%2: the header has no \"%3\" column")
                                 .arg(m_source).arg(record.line).arg(RateCard::columns().at(required));
        return m_errors->isEmpty();
    }

    void row(const CsvRecord &record, RateRows &out);

private:
    QString field(const CsvRecord &record, int column) const
    {
        const int at = m_at[column];
        return at < 0 || at >= record.fields.size() ? QString() : record.fields.at(at).trimmed();
    }

    QString required(const CsvRecord &record, int column, const QString &kind)
    {
        const QString value = field(record, column);
        if (value.isEmpty())
            fail(record.line, column, QStringLiteral("is required in a %1 row").arg(kind));
        return value;
    }

    void unused(const CsvRecord &record, std::initializer_list<int> columns, const QString &kind)
    {
        for (int column : columns)
            if (!field(record, column).isEmpty())
                fail(record.line, column, QStringLiteral("is not used by a %1 row and must be empty").arg(kind));
    }

    QString carrier(const CsvRecord &record, const QString &kind)
    {
        const QString value = required(record, Carrier, kind);
        if (!value.isEmpty() && !codePattern().match(value).hasMatch())
            fail(record.line, Carrier, QStringLiteral("\"%1\" is not a carrier code (lower-case letters, digits, '_' "
                                                      "or '-', as the store names carriers: \"ups\", \"delhivery\")")
                                           .arg(value));
        return value;
    }

    QString service(const CsvRecord &record, const QString &kind)
    {
        const QString value = required(record, Service, kind);
        if (value.size() > 64)
            fail(record.line, Service, QStringLiteral("is longer than 64 characters"));
        return value;
    }

    PostalPattern place(const CsvRecord &record, int countryColumn, int prefixColumn)
    {
        PostalPattern p;
        p.country = required(record, countryColumn, QStringLiteral("zone"));
        if (!p.country.isEmpty() && !isCountryCode(p.country))
            fail(record.line, countryColumn,
                 QStringLiteral("\"%1\" is not a country code (two capital letters, ISO 3166-1: \"IN\")").arg(p.country));
        const QString prefix = field(record, prefixColumn);
        p.prefix = compactPostalCode(prefix);
        static const QRegularExpression prefixPattern(QStringLiteral("^[A-Z0-9]{1,12}$"));
        if (!prefix.isEmpty() && !prefixPattern.match(p.prefix).hasMatch())
            fail(record.line, prefixColumn, QStringLiteral("\"%1\" is not a postal-code prefix (1 to 12 letters and "
                                                           "digits; empty for the whole country)").arg(prefix));
        return p;
    }

    std::optional<qint64> grams(const CsvRecord &record, int column, const QString &kind)
    {
        const QString text = required(record, column, kind);
        if (text.isEmpty())
            return std::nullopt;
        const std::optional<qint64> g = gramsFromKilograms(text);
        if (!g)
            fail(record.line, column, QStringLiteral("\"%1\" is not a weight in kilograms (a number above 0 with at "
                                                     "most 3 decimals: \"0.5\", \"10\")").arg(text));
        return g;
    }

    std::optional<int> exponent(const CsvRecord &record, const QString &kind, QString *currency)
    {
        *currency = required(record, Currency, kind);
        if (currency->isEmpty())
            return std::nullopt;
        const std::optional<int> e = currencyExponent(*currency);
        if (!e)
            fail(record.line, Currency,
                 QStringLiteral("\"%1\" is not a currency code (three capital letters, ISO 4217: \"INR\")").arg(*currency));
        return e;
    }

    std::optional<qint64> amount(const CsvRecord &record, int column, std::optional<int> exponent, bool needed,
                                 const QString &kind)
    {
        const QString text = needed ? required(record, column, kind) : field(record, column);
        if (text.isEmpty() || !exponent)
            return std::nullopt;
        const std::optional<qint64> minor = parseMinorUnits(text, *exponent);
        if (!minor)
            fail(record.line, column, QStringLiteral("\"%1\" is not an amount (digits with at most %2 decimals, no sign, "
                                                     "no thousands separator)").arg(text).arg(*exponent));
        return minor;
    }

    // Every amount of one carrier is in one currency.
    void sameCurrency(const CsvRecord &record, const QString &carrier, const QString &currency)
    {
        if (carrier.isEmpty() || currency.isEmpty())
            return;
        const auto it = m_currencies.constFind(carrier);
        if (it == m_currencies.constEnd())
            m_currencies.insert(carrier, {currency, record.line});
        else if (it->first != currency)
            fail(record.line, Currency, QStringLiteral("is %1, but line %2 prices %3 in %4: one carrier's rates are in "
                                                       "one currency").arg(currency).arg(it->second).arg(carrier, it->first));
    }

    void duplicate(const CsvRecord &record, int column, const QString &key, const QString &what)
    {
        const auto it = m_keys.constFind(key);
        if (it != m_keys.constEnd())
            fail(record.line, column, QStringLiteral("repeats line %1 (%2)").arg(*it).arg(what));
        else
            m_keys.insert(key, record.line);
    }

    // A slab or an increment: a carrier's service, a zone, a weight (in `weightColumn`) and a price.
    template <typename Row>
    Row weightPrice(const CsvRecord &record, const QString &kind, int weightColumn, int otherWeightColumn,
                    qint64 Row::*weightGrams)
    {
        unused(record, {OriginCountry, OriginPrefix, DestinationCountry, DestinationPrefix, otherWeightColumn, Fixed, Percent},
               kind);
        Row row;
        row.carrier = carrier(record, kind);
        row.service = service(record, kind);
        row.zone = required(record, Zone, kind);
        row.*weightGrams = grams(record, weightColumn, kind).value_or(0);
        const std::optional<int> e = exponent(record, kind, &row.price.currency);
        row.price.minor = amount(record, Price, e, true, kind).value_or(0);
        row.line = record.line;
        sameCurrency(record, row.carrier, row.price.currency);
        return row;
    }

    QString m_source;
    QStringList *m_errors;
    QList<int> m_at;
    qsizetype m_headerSize = 0;
    QHash<QString, QPair<QString, int>> m_currencies;
    QHash<QString, int> m_keys; // what a row defines, for duplicates
};

void RateCardReader::row(const CsvRecord &record, RateRows &out)
{
    if (record.fields.size() > m_headerSize)
        *m_errors << QStringLiteral("%1:%2: %3 fields, but the header has %4 columns")
                         .arg(m_source).arg(record.line).arg(record.fields.size()).arg(m_headerSize);
    const QString kind = field(record, Kind);
    const QString zoneKind = QStringLiteral("zone");
    if (kind == zoneKind) {
        unused(record, {Service, UpToKg, StepKg, Price, Fixed, Percent, Currency}, kind);
        RateZone z;
        z.carrier = carrier(record, kind);
        z.origin = place(record, OriginCountry, OriginPrefix);
        z.destination = place(record, DestinationCountry, DestinationPrefix);
        z.zone = required(record, Zone, kind);
        z.line = record.line;
        duplicate(record, DestinationPrefix,
                  QStringList{kind, z.carrier, z.origin.text(), z.destination.text()}.join(QChar(0)),
                  QStringLiteral("the same carrier, origin and destination"));
        out.zones << z;
    } else if (kind == QLatin1String("slab")) {
        RateSlab s = weightPrice<RateSlab>(record, kind, UpToKg, StepKg, &RateSlab::upToGrams);
        duplicate(record, UpToKg, QStringList{kind, s.carrier, s.service, s.zone, QString::number(s.upToGrams)}.join(QChar(0)),
                  QStringLiteral("the same carrier, service, zone and weight"));
        out.slabs << s;
    } else if (kind == QLatin1String("increment")) {
        RateIncrement s = weightPrice<RateIncrement>(record, kind, StepKg, UpToKg, &RateIncrement::stepGrams);
        duplicate(record, Zone, QStringList{kind, s.carrier, s.service, s.zone}.join(QChar(0)),
                  QStringLiteral("one increment per carrier, service and zone"));
        out.increments << s;
    } else if (kind == QLatin1String("cod")) {
        unused(record, {OriginCountry, OriginPrefix, DestinationCountry, DestinationPrefix, Zone, UpToKg, StepKg, Price},
               kind);
        RateCodFee c;
        c.carrier = carrier(record, kind);
        c.service = service(record, kind);
        const std::optional<int> e = exponent(record, kind, &c.currency);
        c.fixedMinor = amount(record, Fixed, e, false, kind);
        const QString percent = field(record, Percent);
        if (!percent.isEmpty()) {
            const std::optional<qint64> bp = parseMinorUnits(percent, 2);
            if (!bp || *bp > 10000)
                fail(record.line, Percent, QStringLiteral("\"%1\" is not a percentage from 0 to 100 with at most 2 "
                                                          "decimals").arg(percent));
            else
                c.percentBasisPoints = int(*bp);
        }
        if (field(record, Fixed).isEmpty() && percent.isEmpty())
            fail(record.line, Fixed, QStringLiteral("a cod row needs a fixed fee, a percent or both"));
        c.line = record.line;
        sameCurrency(record, c.carrier, c.currency);
        duplicate(record, Service, QStringList{kind, c.carrier, c.service}.join(QChar(0)),
                  QStringLiteral("one COD fee per carrier and service"));
        out.codFees << c;
    } else {
        fail(record.line, Kind, kind.isEmpty() ? QStringLiteral("is required: zone, slab, increment or cod")
                                               : QStringLiteral("\"%1\" is not a kind of row (zone, slab, increment or "
                                                                "cod)").arg(kind));
    }
}

} // namespace

QString RateCard::indexKey(const QString &carrier, const QString &service, const QString &zone)
{
    return carrier + QChar(0) + service + QChar(0) + zone;
}

const QStringList &RateCard::columns()
{
    static const QStringList names{QStringLiteral("kind"),
                                   QStringLiteral("carrier"),
                                   QStringLiteral("service"),
                                   QStringLiteral("origin_country"),
                                   QStringLiteral("origin_prefix"),
                                   QStringLiteral("destination_country"),
                                   QStringLiteral("destination_prefix"),
                                   QStringLiteral("zone"),
                                   QStringLiteral("up_to_kg"),
                                   QStringLiteral("step_kg"),
                                   QStringLiteral("price"),
                                   QStringLiteral("fixed"),
                                   QStringLiteral("percent"),
                                   QStringLiteral("currency")};
    return names;
}

std::optional<RateCard> RateCard::fromCsv(QByteArrayView csv, const QString &source, QStringList *errors)
{
    QStringList local;
    QStringList &out = errors ? *errors : local;
    out.clear();
    QString syntax;
    const QList<CsvRecord> records = CsvRecords::read(csv, &syntax);
    if (records.isEmpty() && syntax.isEmpty()) {
        out << QStringLiteral("%1: the file is empty (it needs a header line: %2)")
                   .arg(source, columns().join(QLatin1Char(',')));
        return std::nullopt;
    }
    RateCardReader reader(source, &out);
    RateRows rows;
    if (!records.isEmpty() && reader.header(records.constFirst())) {
        for (qsizetype i = 1; i < records.size(); ++i)
            reader.row(records.at(i), rows);
        // Slabs and increments name zones the zone rows define for their carrier.
        QSet<QString> zones;
        for (const RateZone &z : std::as_const(rows.zones))
            zones.insert(z.carrier + QChar(0) + z.zone);
        const auto knownZone = [&](const QString &carrier, const QString &zone, int line) {
            if (!carrier.isEmpty() && !zone.isEmpty() && !zones.contains(carrier + QChar(0) + zone))
                reader.fail(line, Zone, QStringLiteral("no zone row of %1 defines zone \"%2\"").arg(carrier, zone));
        };
        for (const RateSlab &s : std::as_const(rows.slabs))
            knownZone(s.carrier, s.zone, s.line);
        for (const RateIncrement &s : std::as_const(rows.increments)) {
            knownZone(s.carrier, s.zone, s.line);
            const bool hasSlab = std::any_of(rows.slabs.cbegin(), rows.slabs.cend(), [&](const RateSlab &slab) {
                return slab.carrier == s.carrier && slab.service == s.service && slab.zone == s.zone;
            });
            if (!hasSlab && !s.carrier.isEmpty())
                reader.fail(s.line, Zone, QStringLiteral("has no slab of %1 %2 in zone \"%3\" to add to")
                                              .arg(s.carrier, s.service, s.zone));
        }
    }
    if (!syntax.isEmpty())
        out << source + QLatin1Char(':') + syntax.mid(5); // "line N: ..." -> "file:N: ..."
    if (!out.isEmpty())
        return std::nullopt;
    RateCard card;
    card.m_zones = rows.zones;
    card.m_slabs = rows.slabs;
    std::sort(card.m_slabs.begin(), card.m_slabs.end(), [](const RateSlab &a, const RateSlab &b) {
        return std::tie(a.carrier, a.service, a.zone, a.upToGrams) < std::tie(b.carrier, b.service, b.zone, b.upToGrams);
    });
    card.m_increments = rows.increments;
    card.m_codFees = rows.codFees;
    for (qsizetype i = 0; i < card.m_zones.size(); ++i)
        card.m_zonesByCarrier[card.m_zones.at(i).carrier] << i;
    for (qsizetype i = 0; i < card.m_slabs.size(); ++i) {
        const RateSlab &s = card.m_slabs.at(i);
        card.m_slabsByKey[indexKey(s.carrier, s.service, s.zone)] << i;
    }
    for (qsizetype i = 0; i < card.m_increments.size(); ++i) {
        const RateIncrement &s = card.m_increments.at(i);
        card.m_incrementByKey.insert(indexKey(s.carrier, s.service, s.zone), i);
    }
    for (qsizetype i = 0; i < card.m_codFees.size(); ++i)
        card.m_codFeeByKey.insert(indexKey(card.m_codFees.at(i).carrier, card.m_codFees.at(i).service, QString()), i);
    card.m_csv = csv.toByteArray();
    card.m_source = source;
    return card;
}

RateQuote RateCard::quote(const RateQuestion &q) const
{
    RateQuote quote;
    const RateZone *zone = nullptr;
    for (const qsizetype at : m_zonesByCarrier.value(q.carrier)) {
        const RateZone &z = m_zones.at(at);
        if (!z.origin.matches(q.origin) || !z.destination.matches(q.destination))
            continue;
        if (!zone || z.origin.prefix.size() > zone->origin.prefix.size()
            || (z.origin.prefix.size() == zone->origin.prefix.size()
                && z.destination.prefix.size() > zone->destination.prefix.size()))
            zone = &z;
    }
    if (!zone) {
        quote.problem = QStringLiteral("no zone of %1 for %2 → %3 on the rate card")
                            .arg(q.carrier, q.origin.display(), q.destination.display());
        return quote;
    }
    quote.zone = zone->zone;
    quote.zoneLine = zone->line;
    // The service's own slabs in that zone, else the "*" ones.
    QList<const RateSlab *> slabs;
    for (const QString &service : {q.service, QStringLiteral("*")}) {
        for (const qsizetype at : m_slabsByKey.value(indexKey(q.carrier, service, zone->zone)))
            slabs << &m_slabs.at(at);
        if (!slabs.isEmpty())
            break;
    }
    if (slabs.isEmpty()) {
        quote.problem = QStringLiteral("the rate card has no slab of %1 %2 in zone \"%3\"").arg(q.carrier, q.service, zone->zone);
        return quote;
    }
    const RateSlab *slab = nullptr;
    for (const RateSlab *s : std::as_const(slabs)) {
        if (s->upToGrams >= q.weightGrams) {
            slab = s;
            break;
        }
    }
    quote.total.currency = slabs.constFirst()->price.currency;
    if (slab) {
        quote.slabUpToGrams = slab->upToGrams;
        quote.slabMinor = slab->price.minor;
    } else {
        const RateSlab *last = slabs.constLast();
        const qsizetype stepAt = m_incrementByKey.value(indexKey(q.carrier, last->service, zone->zone), -1);
        const RateIncrement *step = stepAt < 0 ? nullptr : &m_increments.at(stepAt);
        if (!step) {
            quote.problem = QStringLiteral("%1 is above the last slab of %2 %3 in zone \"%4\" (%5) and the rate card "
                                           "has no increment")
                                .arg(kilogramsText(q.weightGrams), q.carrier, q.service, zone->zone,
                                     kilogramsText(last->upToGrams));
            return quote;
        }
        quote.slabUpToGrams = last->upToGrams;
        quote.slabMinor = last->price.minor;
        quote.stepGrams = step->stepGrams;
        quote.stepMinor = step->price.minor;
        quote.steps = int((q.weightGrams - last->upToGrams + step->stepGrams - 1) / step->stepGrams);
    }
    if (q.cod) {
        const RateCodFee *fee = nullptr;
        for (const QString &service : {q.service, QStringLiteral("*")}) {
            const qsizetype at = m_codFeeByKey.value(indexKey(q.carrier, service, QString()), -1);
            if (at >= 0) {
                fee = &m_codFees.at(at);
                break;
            }
        }
        if (fee) {
            qint64 percentFee = 0;
            if (fee->percentBasisPoints) {
                if (!q.value) {
                    quote.problem = QStringLiteral("the COD fee of %1 is a percentage of the value, and the order has "
                                                   "no value").arg(q.carrier);
                    return quote;
                }
                if (q.value->currency != fee->currency) {
                    quote.problem = QStringLiteral("the COD fee of %1 is a percentage of a value in %2, and the order's "
                                                   "value is in %3").arg(q.carrier, fee->currency, q.value->currency);
                    return quote;
                }
                // Rounded half up to the minor unit.
                percentFee = (q.value->minor * *fee->percentBasisPoints + 5000) / 10000;
            }
            quote.codFeeMinor = std::max(fee->fixedMinor.value_or(0), percentFee);
        }
    }
    quote.total.minor = quote.slabMinor + qint64(quote.steps) * quote.stepMinor + quote.codFeeMinor;
    return quote;
}

} // namespace ct
