// SPDX-License-Identifier: MIT
#pragma once

#include "money.h"
#include "postalplace.h"
#include "ratequote.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ct {

// A zone row: parcels of `carrier` from origin (country, postal prefix) to destination
// (country, postal prefix) are in `zone`. The longest matching origin prefix wins, then
// the longest destination prefix.
struct RateZone
{
    QString carrier;
    PostalPattern origin;
    PostalPattern destination;
    QString zone;
    int line = 0;
};

// A weight slab: a parcel of at most `upToGrams` (and more than the slab below) costs
// `price` in `zone`. `service` "*" applies to the carrier's services without rows of
// their own for that zone.
struct RateSlab
{
    QString carrier;
    QString service;
    QString zone;
    qint64 upToGrams = 0;
    Money price;
    int line = 0;
};

// Above a zone's last slab, each started `stepGrams` adds `price`.
struct RateIncrement
{
    QString carrier;
    QString service;
    QString zone;
    qint64 stepGrams = 0;
    Money price;
    int line = 0;
};

// The COD fee of a carrier's service: `fixed`, `percentBasisPoints` of the declared value
// (150 is 1.5 %), or, with both, whichever is higher (ClickPost's "X or Y %, whichever is
// higher").
struct RateCodFee
{
    QString carrier;
    QString service;
    std::optional<qint64> fixedMinor;
    std::optional<int> percentBasisPoints;
    QString currency;
    int line = 0;
};

// What the rate card is asked to price.
struct RateQuestion
{
    QString carrier;
    QString service;
    PostalPlace origin;
    PostalPlace destination;
    qint64 weightGrams = 0;
    bool cod = false;
    std::optional<Money> value; // the declared value, for a COD fee in percent
};

// Carriers' prices as ClickPost models them (docs/ALLOCATION.md, "Rate cards"): zones by
// origin and destination postal prefix per carrier, weight slabs with a price per zone,
// additional-weight increments above the last slab and COD fees, money in integer minor
// units with its currency. Read from one CSV file whose every error is reported as
// "file:line:column: what is wrong"; a file with any error gives no rate card.
class RateCard final
{
public:
    // Nullopt with every error in `errors` ("rates.csv:7:price: ..."); `source` names the
    // file in them.
    static std::optional<RateCard> fromCsv(QByteArrayView csv, const QString &source, QStringList *errors);

    RateQuote quote(const RateQuestion &question) const;

    bool isEmpty() const { return m_zones.isEmpty(); }
    const QList<RateZone> &zones() const { return m_zones; }
    const QList<RateSlab> &slabs() const { return m_slabs; }
    const QList<RateIncrement> &increments() const { return m_increments; }
    const QList<RateCodFee> &codFees() const { return m_codFees; }
    // The CSV the card was read from and its file name, kept as the team setting's document.
    const QByteArray &csv() const { return m_csv; }
    const QString &source() const { return m_source; }

    // The CSV columns, in the order the documentation lists them.
    static const QStringList &columns();

private:
    static QString indexKey(const QString &carrier, const QString &service, const QString &zone);

    QList<RateZone> m_zones;
    QList<RateSlab> m_slabs;
    QList<RateIncrement> m_increments;
    QList<RateCodFee> m_codFees;
    // Where each carrier's zones, each (carrier, service, zone)'s slabs (by weight) and
    // increment, and each (carrier, service)'s COD fee are: quote() reads only those.
    QHash<QString, QList<qsizetype>> m_zonesByCarrier;
    QHash<QString, QList<qsizetype>> m_slabsByKey;
    QHash<QString, qsizetype> m_incrementByKey;
    QHash<QString, qsizetype> m_codFeeByKey;
    QByteArray m_csv;
    QString m_source;
};

} // namespace ct
