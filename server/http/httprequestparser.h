// SPDX-License-Identifier: MIT
#pragma once

#include "apimessage.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace ct::server {

// One HTTP/1.1 request (RFC 9112) read incrementally from bytes as they arrive: the
// request line and header fields within a size limit, then, once the caller has said how
// large a body the request may have, the body (Content-Length or chunked) within that
// limit. It never holds more than it was allowed to take: room() says how much to feed.
// Bytes after a request (a pipelined next one) stay for next().
class HttpRequestParser final
{
public:
    enum class State : quint8 {
        Head,     // reading the request line and header fields
        HeadDone, // waiting for startBody()
        Body,     // reading the body
        Done,     // a whole request: takeRequest()
        Failed,   // failure() says why; the connection cannot be used any more
    };
    enum class Failure : quint8 {
        None,
        Malformed,                 // 400
        UriTooLong,                // 414: the request line alone is over the limit
        HeaderTooLarge,            // 431
        BodyTooLarge,              // 413 (a chunked body past the limit)
        UnsupportedTransferCoding, // 501
        UnsupportedVersion,        // 505
    };

    static constexpr int MaxHeaderFields = 100;

    explicit HttpRequestParser(qsizetype maxHeadBytes);

    State state() const { return m_state; }
    // Whether a byte of the next request (other than blank lines) has arrived.
    bool hasStarted() const { return m_started; }
    // How many more bytes to feed now; 0 while the parser waits for its caller.
    qsizetype room() const;
    // Takes `data` (at most room() bytes) and parses as far as it can.
    void feed(QByteArrayView data);

    // From HeadDone on: the request so far (method, target, path, query, headers).
    const ApiRequest &request() const { return m_request; }
    // The declared Content-Length; -1 for a chunked body.
    qint64 declaredLength() const { return m_chunked ? -1 : m_contentLength; }
    bool expectsContinue() const { return m_expectsContinue; }
    // Whether the client lets the connection carry another request after this one.
    bool keepAlive() const { return m_keepAlive; }
    // HeadDone -> Body (or Done when there is no body); a chunked body past `limit` fails.
    void startBody(qint64 limit);

    ApiRequest takeRequest();
    // Done -> Head for the next request on the connection, keeping the bytes already fed.
    void next();

    // RFC 3986 normalization of a path as sent (see the definition); ApiRequest::path.
    static QByteArray normalizedPath(QByteArrayView raw);

    Failure failure() const { return m_failure; }
    // What was wrong, for the problem's detail.
    const QString &failureDetail() const { return m_failureDetail; }

private:
    enum class ChunkState : quint8 { Size, Data, DataEnd, Trailer };

    void parse();
    bool parseHead(QByteArrayView head);
    bool parseRequestLine(QByteArrayView line);
    bool parseTarget(const QByteArray &target);
    bool interpretHeaders();
    void parseChunked();
    // One line (without its CR LF or LF) from m_buffer at m_offset, or false when it has not
    // all arrived; fails when it is longer than `max`.
    bool takeLine(qsizetype max, QByteArrayView *line);
    void fail(Failure failure, const QString &detail);
    void compact();

    qsizetype m_maxHead;
    State m_state = State::Head;
    Failure m_failure = Failure::None;
    QString m_failureDetail;
    QByteArray m_buffer;    // bytes fed and not yet consumed, from m_offset
    qsizetype m_offset = 0;
    qsizetype m_scanned = 0;   // how far the head's end has been looked for
    qsizetype m_lineStart = 0; // where the head's line being scanned starts
    bool m_started = false;
    bool m_requestLineSeen = false;
    bool m_http11 = true;
    ApiRequest m_request;
    qint64 m_contentLength = 0;
    bool m_chunked = false;
    bool m_expectsContinue = false;
    bool m_keepAlive = true;
    qint64 m_bodyLimit = 0;
    ChunkState m_chunkState = ChunkState::Size;
    qint64 m_chunkLeft = 0;
    qsizetype m_trailerBytes = 0;
};

} // namespace ct::server
