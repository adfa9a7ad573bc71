// SPDX-License-Identifier: MIT
#include "orderfilereader.h"

#include "json/parser.h"
#include "json/recordsplitter.h"
#include "shopifyorderreader.h"
#include "woocommerceorderreader.h"

#include <QFile>

#include <algorithm>

namespace ct {

namespace {

// Where the records of a damaged document's list begin: the '[' of its "orders" or
// "fulfillments" member, or of a top-level array; -1 when there is none.
qsizetype listStart(const QByteArray &data, ShopifyOrderReader::Kind &kind)
{
    kind = ShopifyOrderReader::Kind::Detect;
    for (const char *key : {"\"orders\"", "\"fulfillments\""}) {
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
                kind = key[1] == 'o' ? ShopifyOrderReader::Kind::Order : ShopifyOrderReader::Kind::Fulfilment;
                return at;
            }
        }
    }
    const QByteArray trimmed = data.trimmed();
    return trimmed.startsWith('[') ? data.indexOf('[') : -1;
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

bool OrderFileReader::looksLikeStorefront(QByteArrayView head)
{
    head = head.first(std::min(head.size(), HeadBytes));
    qsizetype first = 0;
    if (head.startsWith("\xEF\xBB\xBF"))
        first = 3; // a UTF-8 byte order mark
    while (first < head.size() && (head[first] == ' ' || head[first] == '\t' || head[first] == '\r' || head[first] == '\n'))
        ++first;
    if (first >= head.size() || (head[first] != '{' && head[first] != '['))
        return false;
    return memberOpens(head, "\"orders\"", '[')
           || memberOpens(head, "\"fulfillments\"", '[') || memberOpens(head, "\"fulfillment\"", '{')
           || memberOpens(head, "\"line_items\"", '[') || head.contains("gid://shopify/Order/")
           || head.contains("gid://shopify/Fulfillment/") || head.contains("\"order_key\"")
           || (head.contains("\"tracking_company\"") && head.contains("\"order_id\""));
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
    if (const std::optional<json::Value> root = parser.parse(data.constData(), data.size(), &parseError)) {
        if (WooCommerceOrderReader::recognizes(*root))
            WooCommerceOrderReader().read(*root, source, document);
        else if (ShopifyOrderReader::recognizes(*root))
            shopify.read(*root, source, document);
        else
            document.error(source, 0, 0, {},
                           QStringLiteral("not a storefront order document this build reads (Shopify's orders, "
                                          "order, fulfillments or a webhook body, WooCommerce's orders: docs/storefronts/)"));
        return document;
    }
    ShopifyOrderReader::Kind kind = ShopifyOrderReader::Kind::Detect;
    const qsizetype start = listStart(data, kind);
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
        if (WooCommerceOrderReader::recognizes(*value))
            WooCommerceOrderReader().readRecord(*value, source, record, line, document);
        else
            shopify.readRecord(*value, source, record, line, document, kind);
    }
    return document;
}

} // namespace ct
