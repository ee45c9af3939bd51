#include "requestparser.h"

#include <QUrl>

#include <algorithm>

namespace sim::http {

namespace {

constexpr qsizetype kMaxChunkLine = 4096;

// RFC 9110 token characters (method and header names).
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isDigits(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// Comma-separated list elements of all fields with this name, trimmed and lower-cased.
QList<QByteArray> listValues(const Request &request, QByteArrayView name)
{
    QList<QByteArray> values;
    for (const auto &[key, value] : request.headers) {
        if (name.compare(key, Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &element : value.split(',')) {
            const QByteArray trimmed = element.trimmed().toLower();
            if (!trimmed.isEmpty())
                values.append(trimmed);
        }
    }
    return values;
}

bool hasField(const Request &request, QByteArrayView name)
{
    for (const auto &header : request.headers) {
        if (name.compare(header.first, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

void RequestParser::feed(const QByteArray &bytes)
{
    compact();
    m_buffer.append(bytes);
}

void RequestParser::compact()
{
    // Dropping consumed bytes costs a move of the rest: do it only when that rest is small.
    if (m_pos == 0)
        return;
    if (m_pos == m_buffer.size() || m_buffer.size() - m_pos < m_pos) {
        m_buffer.remove(0, m_pos);
        m_scanFrom = qMax<qsizetype>(0, m_scanFrom - m_pos);
        m_pos = 0;
    }
}

bool RequestParser::hasPartialRequest() const
{
    return m_phase != Phase::RequestLine || m_pos < m_buffer.size();
}

RequestParser::Parsed RequestParser::takeRequest()
{
    Q_ASSERT(m_phase == Phase::Done);
    Parsed parsed = std::move(m_current);
    m_current = {};
    m_phase = Phase::RequestLine;
    m_headBytes = 0;
    m_http10 = false;
    m_expectContinue = false;
    m_remaining = 0;
    compact();
    return parsed;
}

RequestParser::Event RequestParser::fail(int status, QByteArray reason)
{
    m_phase = Phase::Failed;
    m_errorStatus = status;
    m_errorReason = std::move(reason);
    return Event::Error;
}

// One line without its terminator ("\r\n", or a bare "\n" which RFC 9112 lets us accept).
// nullopt while incomplete, or after fail() when the line runs past maxLength.
std::optional<QByteArray> RequestParser::takeLine(qsizetype maxLength, int tooLongStatus)
{
    const qsizetype newline = m_buffer.indexOf('\n', qMax(m_scanFrom, m_pos));
    if (newline < 0) {
        m_scanFrom = m_buffer.size();
        if (m_buffer.size() - m_pos > maxLength)
            fail(tooLongStatus, QByteArrayLiteral("line too long"));
        return std::nullopt;
    }
    if (newline - m_pos > maxLength) {
        fail(tooLongStatus, QByteArrayLiteral("line too long"));
        return std::nullopt;
    }
    qsizetype end = newline;
    if (end > m_pos && m_buffer.at(end - 1) == '\r')
        --end;
    QByteArray line = m_buffer.mid(m_pos, end - m_pos);
    m_pos = newline + 1;
    m_scanFrom = m_pos;
    return line;
}

RequestParser::Event RequestParser::next()
{
    for (;;) {
        switch (m_phase) {
        case Phase::Done:
            return Event::Request;
        case Phase::Failed:
            return Event::Error;
        case Phase::RequestLine:
        case Phase::Headers:
        case Phase::Trailers: {
            const bool inRequestLine = m_phase == Phase::RequestLine;
            const qsizetype budget = m_limits.maxHeaderBytes - m_headBytes;
            const auto line = takeLine(budget, inRequestLine ? 414 : 431);
            if (!line)
                return m_phase == Phase::Failed ? Event::Error : Event::NeedMore;
            m_headBytes += line->size() + 2;
            if (m_headBytes > m_limits.maxHeaderBytes)
                return fail(inRequestLine ? 414 : 431,
                            QByteArrayLiteral("header section too large"));
            if (inRequestLine) {
                // Robustness (RFC 9112 2.2): ignore empty lines before a request line.
                if (!line->isEmpty() && !parseRequestLine(*line))
                    return Event::Error;
            } else if (m_phase == Phase::Trailers) {
                if (line->isEmpty())
                    m_phase = Phase::Done; // trailer fields are read and dropped
            } else if (line->isEmpty()) {
                if (const auto event = finishHead())
                    return *event;
            } else if (!parseHeaderLine(*line)) {
                return Event::Error;
            }
            break;
        }
        case Phase::Body:
        case Phase::ChunkData:
            if (const auto event = readBody())
                return *event;
            break;
        case Phase::ChunkSize:
            if (const auto event = readChunkSize())
                return *event;
            break;
        case Phase::ChunkDataEnd: {
            const auto line = takeLine(kMaxChunkLine, 400);
            if (!line)
                return m_phase == Phase::Failed ? Event::Error : Event::NeedMore;
            if (!line->isEmpty())
                return fail(400, QByteArrayLiteral("chunk data longer than its size"));
            m_phase = Phase::ChunkSize;
            break;
        }
        }
    }
}

bool RequestParser::parseRequestLine(const QByteArray &line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty()) {
        fail(400, QByteArrayLiteral("malformed request line"));
        return false;
    }
    const QByteArray &version = parts.at(2);
    if (version.size() != 8 || !version.startsWith("HTTP/") || !isDigits(version.mid(5, 1))
        || version.at(6) != '.' || !isDigits(version.mid(7, 1))) {
        fail(400, QByteArrayLiteral("malformed HTTP version"));
        return false;
    }
    if (version.at(5) != '1') {
        fail(505, QByteArrayLiteral("only HTTP/1.x is spoken here"));
        return false;
    }
    m_http10 = version.at(7) == '0';
    m_current.request.method = parts.at(0);
    if (!parseTarget(parts.at(1)))
        return false;
    m_phase = Phase::Headers;
    return true;
}

bool RequestParser::parseTarget(const QByteArray &target)
{
    for (char c : target) {
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f) {
            fail(400, QByteArrayLiteral("control character in request target"));
            return false;
        }
    }
    QByteArray rawPath;
    QByteArray rawQuery;
    if (target.startsWith('/')) {
        const qsizetype question = target.indexOf('?');
        rawPath = question < 0 ? target : target.left(question);
        rawQuery = question < 0 ? QByteArray() : target.mid(question + 1);
    } else if (target == "*") {
        rawPath = target;
    } else if (target.toLower().startsWith("http://") || target.toLower().startsWith("https://")) {
        // Absolute form, as sent to proxies; servers must accept it too (RFC 9112 3.2.2).
        const QUrl url(QString::fromUtf8(target), QUrl::StrictMode);
        if (!url.isValid()) {
            fail(400, QByteArrayLiteral("invalid absolute request target"));
            return false;
        }
        rawPath = url.path(QUrl::FullyEncoded).toUtf8();
        if (rawPath.isEmpty())
            rawPath = QByteArrayLiteral("/");
        rawQuery = url.query(QUrl::FullyEncoded).toUtf8();
    } else {
        fail(400, QByteArrayLiteral("unsupported request target form"));
        return false;
    }
    m_current.request.target = target;
    m_current.request.path = QUrl::fromPercentEncoding(rawPath);
    m_current.request.query = QUrlQuery(QString::fromUtf8(rawQuery));
    return true;
}

bool RequestParser::parseHeaderLine(const QByteArray &line)
{
    if (line.startsWith(' ') || line.startsWith('\t')) {
        fail(400, QByteArrayLiteral("obsolete header line folding"));
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    const QByteArray name = colon < 0 ? QByteArray() : line.left(colon);
    if (!isToken(name)) {
        fail(400, QByteArrayLiteral("malformed header field"));
        return false;
    }
    const QByteArray value = line.mid(colon + 1).trimmed();
    for (char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f) {
            fail(400, QByteArrayLiteral("control character in header value"));
            return false;
        }
    }
    m_current.request.headers.append({ name, value });
    return true;
}

std::optional<RequestParser::Event> RequestParser::finishHead()
{
    const Request &request = m_current.request;
    m_current.keepAlive = !m_http10 && !listValues(request, "Connection").contains("close");

    const QList<QByteArray> expect = listValues(request, "Expect");
    if (!expect.isEmpty()) {
        if (expect != QList<QByteArray> { QByteArrayLiteral("100-continue") })
            return fail(417, QByteArrayLiteral("unsupported expectation"));
        m_expectContinue = !m_http10;
    }

    const bool hasTransferEncoding = hasField(request, "Transfer-Encoding");
    const QList<QByteArray> lengths = listValues(request, "Content-Length");
    if (hasTransferEncoding) {
        // Both framings at once is the classic request-smuggling shape: refuse it.
        if (hasField(request, "Content-Length"))
            return fail(400, QByteArrayLiteral("both Content-Length and Transfer-Encoding"));
        const QList<QByteArray> codings = listValues(request, "Transfer-Encoding");
        if (codings.isEmpty() || codings.last() != "chunked")
            return fail(400, QByteArrayLiteral("chunked is not the final transfer coding"));
        if (codings.size() > 1)
            return fail(501, QByteArrayLiteral("unsupported transfer coding"));
        m_phase = Phase::ChunkSize;
    } else if (hasField(request, "Content-Length")) {
        if (lengths.isEmpty())
            return fail(400, QByteArrayLiteral("empty Content-Length"));
        for (const QByteArray &length : lengths) {
            // 18 digits cannot overflow qint64.
            if (!isDigits(length) || length.size() > 18 || length != lengths.first())
                return fail(400, QByteArrayLiteral("invalid Content-Length"));
        }
        m_remaining = lengths.first().toLongLong();
        if (m_remaining > m_limits.maxBodyBytes)
            return fail(413, QByteArrayLiteral("body larger than the limit"));
        m_phase = m_remaining > 0 ? Phase::Body : Phase::Done;
        if (m_remaining > 0)
            m_current.request.body.reserve(m_remaining);
    } else {
        m_phase = Phase::Done;
    }

    if (m_phase != Phase::Done && m_expectContinue)
        return Event::ExpectContinue;
    return std::nullopt;
}

// Content-Length bodies and chunk data alike: m_remaining more bytes go into the body.
std::optional<RequestParser::Event> RequestParser::readBody()
{
    const qsizetype take = qMin<qint64>(m_buffer.size() - m_pos, m_remaining);
    m_current.request.body.append(m_buffer.constData() + m_pos, take);
    m_pos += take;
    m_remaining -= take;
    if (m_remaining > 0)
        return Event::NeedMore;
    m_phase = m_phase == Phase::Body ? Phase::Done : Phase::ChunkDataEnd;
    return std::nullopt;
}

std::optional<RequestParser::Event> RequestParser::readChunkSize()
{
    const auto line = takeLine(kMaxChunkLine, 400);
    if (!line)
        return m_phase == Phase::Failed ? Event::Error : Event::NeedMore;
    // chunk-size [; extensions]: extensions are allowed and ignored.
    const qsizetype semicolon = line->indexOf(';');
    const QByteArray hex = (semicolon < 0 ? *line : line->left(semicolon)).trimmed();
    bool ok = false;
    const qint64 size = hex.size() <= 15 ? hex.toLongLong(&ok, 16) : -1;
    const bool allHex = std::all_of(hex.cbegin(), hex.cend(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
    if (!ok || !allHex || hex.isEmpty() || size < 0)
        return fail(400, QByteArrayLiteral("invalid chunk size"));
    if (size == 0) {
        m_phase = Phase::Trailers;
        return std::nullopt;
    }
    if (m_current.request.body.size() + size > m_limits.maxBodyBytes)
        return fail(413, QByteArrayLiteral("chunked body larger than the limit"));
    m_remaining = size;
    m_phase = Phase::ChunkData;
    return std::nullopt;
}

} // namespace sim::http
