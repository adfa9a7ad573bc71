// SPDX-License-Identifier: MIT
#include "orderfilereader.h"

#include "csv/csvrecords.h"
#include "csvorderreader.h"
#include "json/parser.h"
#include "json/recordsplitter.h"
#include "magentoorderreader.h"
#include "shopifycsvorders.h"
#include "shopifyorderreader.h"
#include "woocommerceorderreader.h"

#include <QFile>

#include <algorithm>

namespace ct {

namespace {

// Where the records of a damaged document's list begin: the '[' of its "orders" or
// "fulfillments" member, or of a top-level array; -1 when there is none.
qsizetype listStart(const QByteArray &data, ShopifyOrderReader::Kind &kind, bool &magento)
{
    kind = ShopifyOrderReader::Kind::Detect;
    // Magento's search result lists its orders or shipments in "items" (which an order has
    // too, for its lines: only a document with the search result's members is read so).
    magento = data.contains("\"search_criteria\"") || data.contains("\"total_count\"");
    for (const char *key : {"\"orders\"", "\"fulfillments\"", "\"items\""}) {
        if (key[1] == 'i' && !magento)
            continue;
        qsizetype at = data.indexOf(key);
        if (at < 0)
            continue;
        at += qsizetype(qstrlen(key));
        while (at < data.size() && (data[at] == ' ' || data[at] == '\t' || data[at] == '\r' || data[at] == '\n'))
            ++at;
        if (at < data.size() && data[at] == ':') {
            ++at;
            while (at < data.size() && (data[at] == ' ' || data[at] == '\t' || data[at] == '\r' || data[at] == '\n'))
                ++at;
            if (at < data.size() && data[at] == '[') {
                kind = key[1] == 'o'   ? ShopifyOrderReader::Kind::Order
                       : key[1] == 'f' ? ShopifyOrderReader::Kind::Fulfilment
                                       : ShopifyOrderReader::Kind::Detect;
                magento = key[1] == 'i';
                return at;
            }
        }
    }
    magento = false;
    const QByteArray trimmed = data.trimmed();
    return trimmed.startsWith('[') ? data.indexOf('[') : -1;
}

qsizetype firstNonSpace(QByteArrayView head)
{
    qsizetype first = head.startsWith("\xEF\xBB\xBF") ? 3 : 0; // a UTF-8 byte order mark
    while (first < head.size() && (head[first] == ' ' || head[first] == '\t' || head[first] == '\r' || head[first] == '\n'))
        ++first;
    return first;
}

bool startsLikeJson(QByteArrayView data)
{
    const qsizetype first = firstNonSpace(data);
    return first < data.size() && (data[first] == '{' || data[first] == '[');
}

void readCsv(const QByteArray &data, const QString &source, const CsvOrderMapping *mapping, OrderDocument &document)
{
    const QChar delimiter = mapping ? mapping->delimiter : OrderFileReader::csvDelimiter(data);
    QString csvError;
    const QList<CsvRecord> records = CsvRecords::read(data, &csvError, delimiter);
    if (!csvError.isEmpty()) {
        // The rows before the unclosed quote are read; the rest of the file is one error.
        const int line = csvError.section(QLatin1Char(' '), 1, 1).remove(QLatin1Char(':')).toInt();
        document.error(source, 0, line, {}, QStringLiteral("malformed CSV: %1; the rows from there on are not read").arg(csvError));
    }
    if (records.isEmpty()) {
        document.error(source, 0, 0, {}, QStringLiteral("the file is empty"));
        return;
    }
    if (mapping) {
        CsvOrderReader::read(records, *mapping, source, document);
        return;
    }
    const QStringList &header = records.constFirst().fields;
    if (ShopifyCsvOrders::recognizes(header)) {
        CsvOrderReader::read(records, ShopifyCsvOrders::mapping(header), source, document);
        return;
    }
    if (header.size() < 2) {
        document.error(source, 0, 0, {},
                       QStringLiteral("not a storefront order document this build reads (JSON of Shopify, WooCommerce or "
                                      "Magento, or a CSV: docs/storefronts/)"));
        return;
    }
    document.error(source, 0, records.constFirst().line, {},
                   QStringLiteral("a CSV in no storefront format this build knows (Shopify's orders export): map its "
                                  "columns (controltower-cli orders import --mapping, or the app's import)"));
}

bool onlyClosingBraces(const char *data, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (c != '}' && c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return false;
    }
    return true;
}

// Whether `key` (with its quotes) stands in `head` as a member whose value opens with `open`.
bool memberOpens(QByteArrayView head, QByteArrayView key, char open)
{
    for (qsizetype at = head.indexOf(key); at >= 0; at = head.indexOf(key, at + 1)) {
        qsizetype i = at + key.size();
        const auto skipSpace = [&] {
            while (i < head.size() && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'))
                ++i;
        };
        skipSpace();
        if (i >= head.size() || head[i] != ':')
            continue;
        ++i;
        skipSpace();
        if (i < head.size() && head[i] == open)
            return true;
    }
    return false;
}

} // namespace

QChar OrderFileReader::csvDelimiter(QByteArrayView head)
{
    qsizetype end = head.indexOf('\n');
    const QByteArrayView line = end < 0 ? head : head.first(end);
    const qsizetype commas = line.count(',');
    const qsizetype semicolons = line.count(';');
    const qsizetype tabs = line.count('\t');
    if (semicolons > commas && semicolons >= tabs)
        return QLatin1Char(';');
    if (tabs > commas)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

QStringList OrderFileReader::csvHeader(QByteArrayView head, QChar delimiter)
{
    head = head.first(std::min(head.size(), HeadBytes));
    if (head.isEmpty() || startsLikeJson(head) || head.contains('\0'))
        return {};
    const qsizetype first = firstNonSpace(head);
    if (first < head.size() && head[first] == '<')
        return {}; // XML or HTML
    // The header ends at the first line break outside quotes; a head cut inside it is not read.
    bool quoted = false;
    qsizetype end = -1;
    for (qsizetype i = 0; i < head.size(); ++i) {
        if (head[i] == '"')
            quoted = !quoted;
        else if (head[i] == '\n' && !quoted) {
            end = i;
            break;
        }
    }
    const QList<CsvRecord> records = CsvRecords::read(end < 0 ? head : head.first(end), nullptr, delimiter);
    if (records.isEmpty() || records.constFirst().fields.size() < 2)
        return {};
    return records.constFirst().fields;
}

bool OrderFileReader::looksLikeStorefront(QByteArrayView head)
{
    head = head.first(std::min(head.size(), HeadBytes));
    if (!startsLikeJson(head))
        return ShopifyCsvOrders::recognizes(csvHeader(head, csvDelimiter(head)));
    return memberOpens(head, "\"orders\"", '[')
           || memberOpens(head, "\"fulfillments\"", '[') || memberOpens(head, "\"fulfillment\"", '{')
           || memberOpens(head, "\"line_items\"", '[') || head.contains("gid://shopify/Order/")
           || head.contains("gid://shopify/Fulfillment/") || head.contains("\"order_key\"")
           || (head.contains("\"tracking_company\"") && head.contains("\"order_id\""))
           || head.contains("\"increment_id\"") || (memberOpens(head, "\"tracks\"", '[') && head.contains("\"order_id\""));
}

OrderDocument OrderFileReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        OrderDocument document;
        document.error(path, 0, 0, {}, QStringLiteral("cannot read the file: %1").arg(file.errorString()));
        return document;
    }
    return readBytes(file.readAll(), path);
}

OrderDocument OrderFileReader::readFile(const QString &path, const CsvOrderMapping &mapping)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        OrderDocument document;
        document.error(path, 0, 0, {}, QStringLiteral("cannot read the file: %1").arg(file.errorString()));
        return document;
    }
    return readBytes(file.readAll(), path, mapping);
}

OrderDocument OrderFileReader::readBytes(const QByteArray &data, const QString &source, const CsvOrderMapping &mapping)
{
    OrderDocument document;
    if (data.trimmed().isEmpty()) {
        document.error(source, 0, 0, {}, QStringLiteral("the file is empty"));
        return document;
    }
    readCsv(data, source, &mapping, document);
    return document;
}

OrderDocument OrderFileReader::readBytes(const QByteArray &data, const QString &source)
{
    OrderDocument document;
    const ShopifyOrderReader shopify;
    json::Parser parser;
    json::Parser::Error parseError;
    if (data.trimmed().isEmpty()) {
        document.error(source, 0, 0, {}, QStringLiteral("the file is empty"));
        return document;
    }
    if (!startsLikeJson(data)) {
        readCsv(data, source, nullptr, document);
        return document;
    }
    if (const std::optional<json::Value> root = parser.parse(data.constData(), data.size(), &parseError)) {
        if (WooCommerceOrderReader::recognizes(*root))
            WooCommerceOrderReader().read(*root, source, document);
        else if (MagentoOrderReader::recognizes(*root))
            MagentoOrderReader().read(*root, source, document);
        else if (ShopifyOrderReader::recognizes(*root))
            shopify.read(*root, source, document);
        else
            document.error(source, 0, 0, {},
                           QStringLiteral("not a storefront order document this build reads (Shopify's orders, "
                                          "order, fulfillments or a webhook body, WooCommerce's orders, Magento's orders or shipments: "
                                          "docs/storefronts/)"));
        return document;
    }
    ShopifyOrderReader::Kind kind = ShopifyOrderReader::Kind::Detect;
    bool magento = false;
    const qsizetype start = listStart(data, kind, magento);
    if (start < 0) {
        int line = 0;
        int column = 0;
        if (parseError.offset >= 0)
            json::lineAndColumn(data.constData(), data.size(), parseError.offset, line, column);
        document.error(source, 0, line, {},
                       QStringLiteral("malformed JSON (line %1, column %2): %3").arg(line).arg(column).arg(parseError.message));
        return document;
    }
    // A damaged list: each element is a record of its own, so one bad order costs only itself.
    const char *list = data.constData() + start;
    const qsizetype listSize = data.size() - start;
    int record = 0;
    for (const json::RecordSpan &span : json::RecordSplitter::split(list, listSize)) {
        if (onlyClosingBraces(list + span.offset, span.length))
            continue; // the end of the document around the list
        ++record;
        int line = 0;
        int column = 0;
        json::lineAndColumn(data.constData(), data.size(), start + span.offset, line, column);
        json::Parser::Error recordError;
        const std::optional<json::Value> value =
            span.truncated ? std::nullopt : parser.parse(list + span.offset, span.length, &recordError);
        if (!value) {
            ++document.records;
            ++document.failedRecords;
            document.error(source, record, line, {},
                           span.truncated ? QStringLiteral("malformed JSON: the record is cut off")
                                          : QStringLiteral("malformed JSON: %1").arg(recordError.message));
            continue;
        }
        if (magento || MagentoOrderReader::recognizesRecord(*value))
            MagentoOrderReader().readRecord(*value, source, record, line, document);
        else if (WooCommerceOrderReader::recognizes(*value))
            WooCommerceOrderReader().readRecord(*value, source, record, line, document);
        else
            shopify.readRecord(*value, source, record, line, document, kind);
    }
    return document;
}

} // namespace ct
