// SPDX-License-Identifier: MIT
#pragma once

#include "domain/subtag.h"
#include "mappingcondition.h"
#include "mappingpath.h"
#include "mappingtimeformat.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace ct::mapping {

// A declarative carrier mapping, compiled (MappingCompiler reads it from its JSON file;
// docs/MAPPING-FORMAT.md is the reference). Plain data: MappingAdapter runs it. Every
// path a field reads has a slot, so `mapping check` can tell which never matched the
// sample. Not copyable once compiled: the paths' member names are what the JSON values
// the adapter reads point at.

// Text read from the first path with non-empty text, or a constant.
struct TextField
{
    PathChoice paths;
    QString constant;
    bool isSet() const { return !paths.isEmpty() || !constant.isEmpty(); }
};

// A place: an optional object it sits in (reported when it is not one), and its parts.
struct LocationSpec
{
    bool hasObject = false;
    MappingPath object;
    int objectSlot = -1;
    TextField city;
    TextField state;
    TextField postalCode;
    PathChoice country;
    // The order the parts are read in (0 city, 1 state, 2 postal code, 3 country): the
    // order the mapping writes them, so the notes of placeholders follow it.
    std::array<int, 4> order{0, 1, 2, 3};
    bool isSet() const { return hasObject || city.isSet() || state.isSet() || postalCode.isSet() || !country.isEmpty(); }
};

// A date and time: where (the first present path), how it is written, and in which zone
// a time without offset is read.
struct TimeSpec
{
    enum class Zone : quint8 { Place, Utc, Fixed, OffsetField };
    PathChoice paths;
    MappingTimeFormat format;
    PathChoice timePaths; // a separate time of day ("time"), optional
    MappingTimeFormat timeFormat;
    Zone zone = Zone::Place;
    int fixedOffsetMinutes = 0;
    PathChoice offsetPaths;
    // A date-only estimate written as midnight UTC is the date (Shippo, EasyPost).
    bool midnightUtcIsDate = false;
    // Where a time without offset is read when the event's place names no country: the
    // shipment's destination, else its origin, else the carrier's home (Shipment), or the
    // destination only (Destination).
    enum class Fallback : quint8 { Shipment, Destination };
    Fallback fallback = Fallback::Shipment;
    bool isSet() const { return !paths.isEmpty(); }
};

// One rule of a status table: when every named code part has one of the listed values
// (and the description passes), the sub-status; or a table keyed by one part.
struct StatusRule
{
    struct PartTest
    {
        int part = 0;
        QStringList values;
        QStringList prefixes; // or starting with one of these
    };
    std::vector<PartTest> when;
    QStringList descriptionAny;  // lower case; one must be contained
    QStringList descriptionNone; // lower case; none may be contained
    Subtag then = Subtag::InTransit;
    int tablePart = -1; // >= 0: a table keyed by this part
    QHash<QString, Subtag> table;
};

struct StatusSpec
{
    QStringList partNames;
    std::vector<PathChoice> parts; // parallel to partNames
    std::vector<int> rawCodeParts; // joined by '/', trailing empty parts dropped
    PathChoice at;                 // where an unknown code is reported (default: the first part)
    TextField raw;                 // the raw code from a field of its own, else the parts joined
    bool readAsText = false;       // codes read as text (placeholders and "N/A" empty)
    std::vector<StatusRule> rules;
};

// A member that must be absent or of one of these types, else the event is reported
// and skipped.
struct TypeCheck
{
    MappingPath path;
    int slot = -1;
    unsigned typeMask = 0;
    QString what;
};

struct EventsSpec
{
    PathChoice list;
    QString listName = QStringLiteral("events");
    QString objectName = QStringLiteral("event");
    bool hasSingle = false; // read this object as the one event when the list is empty
    MappingPath single;
    int singleSlot = -1;
    std::vector<TypeCheck> expect;
    bool descriptionFirst = false; // written before the location: read before it
    TextField description;
    LocationSpec location;
    TimeSpec time;
    StatusSpec status;
};

// An entry the carrier does not know (notice), or could not read (error).
struct OutcomeRule
{
    MappingCondition when;
    bool isError = false;
    PathChoice at;
    TextField message;
    QString errorText; // "{trackingNumber}", "{message}" are replaced
};

struct OrderSpec
{
    TextField orderId;
    TextField customerName;
    TextField customerEmail;
    TextField customerPhone;
    PathChoice promisedDate;
};

struct SummarySpec
{
    bool isSet = false;
    bool hasObject = false;
    MappingPath object; // the summary is read only when this is an object
    std::vector<PathChoice> parts; // parallel to the events' status parts
    TextField description;
    PathChoice at;
};

struct ShipmentSpec
{
    QString objectName = QStringLiteral("shipment");
    PathChoice trackingNumber;
    std::vector<OutcomeRule> outcomes;
    TextField carrier;
    TextField carrierReference;
    TextField service;
    TextField masterTrackingNumber;
    PathChoice pieceCount;
    LocationSpec origin;
    LocationSpec destination;
    std::vector<TimeSpec> estimate;
    TextField signedBy;
    OrderSpec order;
    EventsSpec events;
    SummarySpec summary;
};

// Where the shipments of a document are: the first entry whose condition holds.
struct ShipmentsEntry
{
    enum class Kind : quint8 { One, Each, Report };
    bool hasWhen = false;
    MappingCondition when;
    Kind kind = Kind::One;
    MappingPath path;
    int slot = -1;
    // Report: an error body (no shipments): its code and message, and when it means
    // "not found".
    TextField code;
    TextField message;
    bool hasNotFoundWhen = false;
    MappingCondition notFoundWhen;
    QString errorText;
    // Paths of tracking data beside the error: with data there the error is a warning and
    // the next entries are tried (ParseContext::errorBesideData).
    std::vector<MappingPath> dataBeside;
    TextField trackingNumber; // of a "not found"
};

struct CarrierMapping
{
    QString formatId;
    QString name;
    std::vector<MappingCondition> named;
    QStringList namedNames;
    MappingCondition detect;
    std::vector<ShipmentsEntry> shipments;
    ShipmentSpec shipment;
    // One entry per slot: the mapping field that holds the path ("events.time"), and the
    // path's text.
    QStringList slotFields;
    QStringList slotPaths;
    // The first slot of the list each slot belongs to: a list of alternatives matches a
    // sample when one of them does.
    std::vector<int> slotGroups;
    // Read only in some documents (an outcome's, an error body's, a shipments entry's
    // paths, the single event): not required to match the sample.
    std::vector<bool> slotConditional;
    // The sample payload the mapping carries, if any (its JSON text).
    QByteArray sample;
    QString sampleField; // "sample"

    CarrierMapping() = default;
    CarrierMapping(const CarrierMapping &) = delete;
    CarrierMapping &operator=(const CarrierMapping &) = delete;
};

} // namespace ct::mapping
