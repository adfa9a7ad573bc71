// SPDX-License-Identifier: MIT
#include "httprequestparser.h"

#include <QUrl>

namespace ct::server {

namespace {

constexpr qsizetype BodyPiece = 16 * 1024;  // what a chunked body is read in
constexpr qsizetype MaxChunkLine = 1024;    // a chunk's size line, with its extensions

// RFC 9110 token characters.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+': case '-':
    case '.': case '^': case '_': case '`': case '|': case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text)
        if (!isTokenChar(c))
            return false;
    return true;
}

QByteArrayView withoutCr(QByteArrayView line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}

QByteArrayView trimmedOws(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

// Whether a comma-separated header value lists `token` (case-insensitively).
bool listsToken(const QByteArray &value, QByteArrayView token)
{
    for (const QByteArray &part : value.split(','))
        if (trimmedOws(part).compare(token, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool isUnreserved(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_'
        || c == '~';
}

// RFC 3986 pchar, and '/'.
bool isPathChar(char c)
{
    return isUnreserved(c) || QByteArrayView("!$&'()*+,;=:@/").contains(c);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
        return (c | 0x20) - 'a' + 10;
    return -1;
}

} // namespace

// The path as RFC 3986 normalizes it: percent-encoded unreserved characters decoded,
// every other percent-encoding kept with upper-case digits, and anything a path cannot
// hold (a bare '%', quotes, braces...) encoded. The result is always a valid URI path,
// safe to show in a problem's "instance", and decodes nothing a route could be fooled by
// (%00, %2F stay as they are).
QByteArray HttpRequestParser::normalizedPath(QByteArrayView raw)
{
    static constexpr char Hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(raw.size());
    const auto encode = [&](unsigned char byte) {
        out += '%';
        out += Hex[byte >> 4];
        out += Hex[byte & 15];
    };
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (c == '%' && i + 2 < raw.size() && hexValue(raw.at(i + 1)) >= 0 && hexValue(raw.at(i + 2)) >= 0) {
            const auto byte = static_cast<unsigned char>(hexValue(raw.at(i + 1)) * 16 + hexValue(raw.at(i + 2)));
            if (isUnreserved(static_cast<char>(byte)))
                out += static_cast<char>(byte);
            else
                encode(byte);
            i += 2;
        } else if (c != '%' && isPathChar(c)) {
            out += c;
        } else {
            encode(static_cast<unsigned char>(c));
        }
    }
    return out;
}

namespace {

QString printable(QByteArrayView text)
{
    QString out;
    for (char c : text.first(std::min<qsizetype>(text.size(), 60)))
        out += c >= 0x20 && c < 0x7f ? QLatin1Char(c) : QLatin1Char('?');
    return text.size() > 60 ? out + QStringLiteral("...") : out;
}

} // namespace

HttpRequestParser::HttpRequestParser(qsizetype maxHeadBytes)
    : m_maxHead(maxHeadBytes)
{
}

qsizetype HttpRequestParser::room() const
{
    const qsizetype buffered = m_buffer.size() - m_offset;
    switch (m_state) {
    case State::Head:
        // One byte past the limit shows that the head is over it.
        return std::max<qsizetype>(0, m_maxHead + 1 - buffered);
    case State::Body:
        if (!m_chunked)
            return std::max<qsizetype>(0, m_contentLength - m_request.body.size() - buffered);
        return std::max<qsizetype>(0, std::max(BodyPiece, m_maxHead + 1) - buffered);
    default:
        return 0;
    }
}

void HttpRequestParser::feed(QByteArrayView data)
{
    if (m_state == State::Failed || data.isEmpty())
        return;
    m_buffer.append(data.data(), data.size());
    parse();
    compact();
}

void HttpRequestParser::compact()
{
    if (m_offset == 0)
        return;
    if (m_offset == m_buffer.size()) {
        m_buffer.clear();
    } else if (m_offset < 4096) {
        return;
    } else {
        m_buffer.remove(0, m_offset);
    }
    m_scanned = std::max<qsizetype>(0, m_scanned - m_offset);
    m_lineStart = std::max<qsizetype>(0, m_lineStart - m_offset);
    m_offset = 0;
}

void HttpRequestParser::fail(Failure failure, const QString &detail)
{
    m_state = State::Failed;
    m_failure = failure;
    m_failureDetail = detail;
    m_buffer.clear();
    m_offset = 0;
    m_scanned = 0;
}

void HttpRequestParser::parse()
{
    if (m_state == State::Head) {
        if (!m_started) {
            // A server ignores blank lines before a request line (RFC 9112, 2.2).
            while (m_offset < m_buffer.size() && (m_buffer.at(m_offset) == '\n'
                                                  || (m_buffer.at(m_offset) == '\r' && m_offset + 1 < m_buffer.size()
                                                      && m_buffer.at(m_offset + 1) == '\n')))
                m_offset += m_buffer.at(m_offset) == '\n' ? 1 : 2;
            if (m_offset < m_buffer.size() && !(m_buffer.at(m_offset) == '\r' && m_offset + 1 == m_buffer.size()))
                m_started = true;
            m_scanned = m_offset;
            m_lineStart = m_offset;
        }
        if (!m_started)
            return;
        // The head ends at the first empty line after the request line.
        for (;;) {
            const qsizetype end = m_buffer.indexOf('\n', m_scanned);
            if (end < 0) {
                m_scanned = m_buffer.size();
                break;
            }
            m_scanned = end + 1;
            if (end + 1 - m_offset > m_maxHead)
                break;
            const bool empty = withoutCr(QByteArrayView(m_buffer).sliced(m_lineStart, end - m_lineStart)).isEmpty();
            m_lineStart = end + 1;
            if (!m_requestLineSeen) {
                m_requestLineSeen = true;
                continue;
            }
            if (empty) {
                const QByteArrayView head = QByteArrayView(m_buffer).sliced(m_offset, end + 1 - m_offset);
                m_offset = end + 1;
                if (parseHead(head))
                    m_state = State::HeadDone;
                return;
            }
        }
        if (m_scanned - m_offset > m_maxHead) {
            const qsizetype firstEnd = m_buffer.indexOf('\n', m_offset);
            if (firstEnd < 0 || firstEnd - m_offset >= m_maxHead)
                fail(Failure::UriTooLong, QStringLiteral("the request line is longer than %1 bytes").arg(m_maxHead));
            else
                fail(Failure::HeaderTooLarge,
                     QStringLiteral("the request line and header fields are longer than %1 bytes").arg(m_maxHead));
        }
        return;
    }
    if (m_state != State::Body)
        return;
    if (m_chunked) {
        parseChunked();
        return;
    }
    const qsizetype take = std::min<qsizetype>(m_buffer.size() - m_offset, m_contentLength - m_request.body.size());
    m_request.body.append(m_buffer.constData() + m_offset, take);
    m_offset += take;
    if (m_request.body.size() == m_contentLength)
        m_state = State::Done;
}

bool HttpRequestParser::parseHead(QByteArrayView head)
{
    QList<QByteArrayView> lines;
    qsizetype start = 0;
    while (start < head.size()) {
        const qsizetype end = head.indexOf('\n', start);
        lines << withoutCr(head.sliced(start, end - start));
        start = end + 1;
    }
    lines.removeLast(); // the empty line
    if (!parseRequestLine(lines.first()))
        return false;
    const int fields = static_cast<int>(lines.size()) - 1;
    if (fields > MaxHeaderFields) {
        fail(Failure::HeaderTooLarge, QStringLiteral("the request has %1 header fields; the limit is %2")
                                          .arg(fields).arg(MaxHeaderFields));
        return false;
    }
    int hosts = 0;
    QList<QByteArray> lengths;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines.at(i);
        if (line.front() == ' ' || line.front() == '\t') {
            fail(Failure::Malformed, QStringLiteral("header line %1 is folded onto the previous one (obsolete line folding)").arg(i));
            return false;
        }
        const qsizetype colon = line.indexOf(':');
        const QByteArrayView name = colon > 0 ? line.first(colon) : QByteArrayView();
        if (!isToken(name)) {
            fail(Failure::Malformed, QStringLiteral("header line %1 (\"%2\") is not \"Name: value\"").arg(i).arg(printable(line)));
            return false;
        }
        const QByteArrayView value = trimmedOws(line.sliced(colon + 1));
        for (char c : value) {
            const auto byte = static_cast<unsigned char>(c);
            if ((byte < 0x20 && byte != '\t') || byte == 0x7f) {
                fail(Failure::Malformed, QStringLiteral("the %1 header holds a control character").arg(printable(name)));
                return false;
            }
        }
        const QByteArray key = name.toByteArray().toLower();
        if (key == "host")
            ++hosts;
        if (key == "content-length") {
            for (const QByteArray &part : value.toByteArray().split(','))
                lengths << trimmedOws(part).toByteArray();
            continue;
        }
        auto existing = m_request.headers.find(key);
        if (existing == m_request.headers.end())
            m_request.headers.insert(key, value.toByteArray());
        else
            *existing += ", " + value.toByteArray();
    }
    if (hosts > 1) {
        fail(Failure::Malformed, QStringLiteral("the request has %1 Host headers").arg(hosts));
        return false;
    }
    if (!lengths.isEmpty()) {
        for (const QByteArray &length : lengths) {
            bool digits = !length.isEmpty() && length.size() <= 18;
            for (char c : length)
                digits = digits && c >= '0' && c <= '9';
            if (!digits) {
                fail(Failure::Malformed, QStringLiteral("Content-Length \"%1\" is not a number of bytes").arg(printable(length)));
                return false;
            }
            if (length.toLongLong() != lengths.first().toLongLong()) {
                fail(Failure::Malformed, QStringLiteral("the request has two different Content-Length values"));
                return false;
            }
        }
        m_contentLength = lengths.first().toLongLong();
        m_request.headers.insert("content-length", QByteArray::number(m_contentLength));
    }
    return interpretHeaders();
}

bool HttpRequestParser::parseRequestLine(QByteArrayView line)
{
    const qsizetype first = line.indexOf(' ');
    const qsizetype last = line.lastIndexOf(' ');
    if (first <= 0 || last <= first + 1) {
        fail(Failure::Malformed, QStringLiteral("\"%1\" is not a request line (METHOD /path HTTP/1.1)").arg(printable(line)));
        return false;
    }
    const QByteArrayView method = line.first(first);
    const QByteArrayView target = line.sliced(first + 1, last - first - 1);
    const QByteArrayView version = line.sliced(last + 1);
    if (!isToken(method)) {
        fail(Failure::Malformed, QStringLiteral("\"%1\" is not a request method").arg(printable(method)));
        return false;
    }
    if (version == "HTTP/1.1") {
        m_http11 = true;
        m_keepAlive = true;
    } else if (version == "HTTP/1.0") {
        m_http11 = false;
        m_keepAlive = false;
    } else if (version.size() == 8 && version.startsWith("HTTP/") && version.at(5) >= '0' && version.at(5) <= '9'
               && version.at(6) == '.' && version.at(7) >= '0' && version.at(7) <= '9') {
        fail(Failure::UnsupportedVersion, QStringLiteral("this server speaks HTTP/1.1 (and 1.0), not %1").arg(printable(version)));
        return false;
    } else {
        fail(Failure::Malformed, QStringLiteral("\"%1\" is not a request line (METHOD /path HTTP/1.1)").arg(printable(line)));
        return false;
    }
    m_request.method = method.toByteArray();
    return parseTarget(target.toByteArray());
}

bool HttpRequestParser::parseTarget(const QByteArray &target)
{
    for (char c : target) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte >= 0x7f || c == '#') {
            fail(Failure::Malformed, QStringLiteral("the request target \"%1\" holds a character a URI cannot").arg(printable(target)));
            return false;
        }
    }
    QByteArray pathPart;
    QByteArray queryPart;
    if (target.startsWith('/')) {
        const qsizetype question = target.indexOf('?');
        pathPart = question < 0 ? target : target.first(question);
        queryPart = question < 0 ? QByteArray() : target.sliced(question + 1);
    } else if (target.startsWith("http://") || target.startsWith("https://")) {
        const QUrl url = QUrl::fromEncoded(target, QUrl::StrictMode);
        if (!url.isValid()) {
            fail(Failure::Malformed, QStringLiteral("the request target \"%1\" is not a URL").arg(printable(target)));
            return false;
        }
        pathPart = url.path(QUrl::FullyEncoded).toLatin1();
        if (pathPart.isEmpty())
            pathPart = "/";
        queryPart = url.query(QUrl::FullyEncoded).toLatin1();
    } else {
        fail(Failure::Malformed, QStringLiteral("the request target \"%1\" is not a path").arg(printable(target)));
        return false;
    }
    m_request.target = target;
    m_request.path = QString::fromLatin1(normalizedPath(pathPart));
    m_request.query = QUrlQuery(QString::fromLatin1(queryPart));
    return true;
}

bool HttpRequestParser::interpretHeaders()
{
    const QByteArray connection = m_request.header("connection");
    if (listsToken(connection, "close"))
        m_keepAlive = false;
    m_expectsContinue = m_request.header("expect").compare("100-continue", Qt::CaseInsensitive) == 0;
    if (!m_request.headers.contains("host") && m_http11) {
        fail(Failure::Malformed, QStringLiteral("the request has no Host header (HTTP/1.1 requires one)"));
        return false;
    }
    const auto transfer = m_request.headers.constFind("transfer-encoding");
    if (transfer != m_request.headers.constEnd()) {
        // Both framings in one request is how requests are smuggled past proxies.
        if (m_request.headers.contains("content-length")) {
            fail(Failure::Malformed, QStringLiteral("the request has both Transfer-Encoding and Content-Length"));
            return false;
        }
        if (trimmedOws(*transfer).compare("chunked", Qt::CaseInsensitive) != 0) {
            fail(Failure::UnsupportedTransferCoding,
                 QStringLiteral("Transfer-Encoding \"%1\" is not supported; send the body as is or chunked")
                     .arg(printable(*transfer)));
            return false;
        }
        m_chunked = true;
    }
    return true;
}

void HttpRequestParser::startBody(qint64 limit)
{
    if (m_state != State::HeadDone)
        return;
    m_bodyLimit = limit;
    if (!m_chunked && m_contentLength == 0) {
        m_state = State::Done;
        return;
    }
    if (!m_chunked && m_contentLength > limit) {
        fail(Failure::BodyTooLarge, QStringLiteral("the request body has %1 bytes; the limit is %2").arg(m_contentLength).arg(limit));
        return;
    }
    if (!m_chunked)
        m_request.body.reserve(m_contentLength);
    m_state = State::Body;
    m_expectsContinue = false;
    parse();
    compact();
}

bool HttpRequestParser::takeLine(qsizetype max, QByteArrayView *line)
{
    const qsizetype end = m_buffer.indexOf('\n', m_offset);
    if (end < 0 || end - m_offset > max + 1) {
        if ((end < 0 ? m_buffer.size() : end) - m_offset > max + 1)
            fail(Failure::Malformed, QStringLiteral("a line of the chunked body is longer than %1 bytes").arg(max));
        return false;
    }
    *line = withoutCr(QByteArrayView(m_buffer).sliced(m_offset, end - m_offset));
    m_offset = end + 1;
    return true;
}

void HttpRequestParser::parseChunked()
{
    for (;;) {
        switch (m_chunkState) {
        case ChunkState::Size: {
            QByteArrayView line;
            if (!takeLine(MaxChunkLine, &line))
                return;
            qsizetype digits = 0;
            qint64 size = 0;
            while (digits < line.size() && QByteArrayView("0123456789abcdefABCDEF").contains(line.at(digits))) {
                if (digits == 15) {
                    fail(Failure::BodyTooLarge, QStringLiteral("a chunk of the body is larger than the limit of %1 bytes").arg(m_bodyLimit));
                    return;
                }
                const char c = line.at(digits);
                size = size * 16 + (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
                ++digits;
            }
            const QByteArrayView rest = trimmedOws(line.sliced(digits));
            if (digits == 0 || !(rest.isEmpty() || rest.startsWith(';'))) {
                fail(Failure::Malformed, QStringLiteral("\"%1\" is not a chunk size").arg(printable(line)));
                return;
            }
            if (size == 0) {
                m_chunkState = ChunkState::Trailer;
                break;
            }
            if (m_request.body.size() + size > m_bodyLimit) {
                fail(Failure::BodyTooLarge, QStringLiteral("the chunked request body is longer than the limit of %1 bytes").arg(m_bodyLimit));
                return;
            }
            m_chunkLeft = size;
            m_chunkState = ChunkState::Data;
            break;
        }
        case ChunkState::Data: {
            const qsizetype take = std::min<qsizetype>(m_buffer.size() - m_offset, m_chunkLeft);
            m_request.body.append(m_buffer.constData() + m_offset, take);
            m_offset += take;
            m_chunkLeft -= take;
            if (m_chunkLeft > 0)
                return;
            m_chunkState = ChunkState::DataEnd;
            break;
        }
        case ChunkState::DataEnd: {
            QByteArrayView line;
            if (!takeLine(0, &line))
                return;
            if (!line.isEmpty()) {
                fail(Failure::Malformed, QStringLiteral("a chunk of the body is longer than its size says"));
                return;
            }
            m_chunkState = ChunkState::Size;
            break;
        }
        case ChunkState::Trailer: {
            QByteArrayView line;
            if (!takeLine(m_maxHead, &line))
                return;
            m_trailerBytes += line.size() + 2;
            if (m_trailerBytes > m_maxHead) {
                fail(Failure::HeaderTooLarge, QStringLiteral("the trailer fields are longer than %1 bytes").arg(m_maxHead));
                return;
            }
            if (line.isEmpty()) {
                m_state = State::Done;
                return;
            }
            break;
        }
        }
    }
}

ApiRequest HttpRequestParser::takeRequest()
{
    ApiRequest request = std::move(m_request);
    m_request = ApiRequest();
    return request;
}

void HttpRequestParser::next()
{
    if (m_state != State::Done)
        return;
    m_state = State::Head;
    m_request = ApiRequest();
    m_started = false;
    m_contentLength = 0;
    m_chunked = false;
    m_expectsContinue = false;
    m_keepAlive = true;
    m_bodyLimit = 0;
    m_chunkState = ChunkState::Size;
    m_chunkLeft = 0;
    m_trailerBytes = 0;
    m_scanned = m_offset;
    m_lineStart = m_offset;
    m_requestLineSeen = false;
    m_http11 = true;
    parse();
    compact();
}

} // namespace ct::server
