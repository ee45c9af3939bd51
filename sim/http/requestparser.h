#pragma once

#include "httpmessage.h"

#include <QByteArray>

#include <optional>

namespace sim::http {

// Turns the bytes arriving on one connection into requests, one at a time: an incremental
// HTTP/1.1 request parser with size limits. It knows nothing about sockets. Bytes past the end
// of a request (the next, pipelined request) stay buffered for the following next() calls.
//
//   RequestLine -> Headers -> [Body | ChunkSize <-> ChunkData -> Trailers] -> Done
//   any state -> Failed (malformed or too large; the connection answers errorStatus() and closes)
class RequestParser
{
public:
    struct Limits
    {
        qsizetype maxHeaderBytes = 64 * 1024; // request line + header fields (and chunk trailers)
        qsizetype maxBodyBytes = 8 * 1024 * 1024;
    };

    enum class Event {
        NeedMore, // feed more bytes
        ExpectContinue, // head accepted and the client waits for "100 Continue" before its body
        Request, // a complete request is ready: takeRequest()
        Error, // answer errorStatus() and close the connection
    };

    struct Parsed
    {
        Request request; // peer and secure are left for the connection to fill in
        bool keepAlive = true; // HTTP/1.1 without "Connection: close"
    };

    void setLimits(const Limits &limits) { m_limits = limits; }
    void feed(const QByteArray &bytes);
    Event next();

    // After Event::Request; the parser then starts on the next request.
    Parsed takeRequest();

    // After Event::Error: 400, 413, 414, 417, 431, 501 or 505, and why.
    int errorStatus() const { return m_errorStatus; }
    QByteArray errorReason() const { return m_errorReason; }

    // Part of a request (or a whole one not yet taken) has arrived.
    bool hasPartialRequest() const;
    // Of the request being parsed, once its request line is in (empty before): for logging.
    QByteArray method() const { return m_current.request.method; }
    QString path() const { return m_current.request.path; }

private:
    enum class Phase {
        RequestLine,
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        Done,
        Failed
    };

    std::optional<QByteArray> takeLine(qsizetype maxLength, int tooLongStatus);
    Event fail(int status, QByteArray reason);
    bool parseRequestLine(const QByteArray &line);
    bool parseTarget(const QByteArray &target);
    bool parseHeaderLine(const QByteArray &line);
    // Steps of next(): an event to return, or nullopt to go on parsing.
    std::optional<Event> finishHead();
    std::optional<Event> readBody();
    std::optional<Event> readChunkSize();
    void compact();

    Limits m_limits;
    QByteArray m_buffer;
    qsizetype m_pos = 0; // bytes of m_buffer consumed
    qsizetype m_scanFrom = 0; // no '\n' before this offset (avoids rescanning a partial line)
    qsizetype m_headBytes = 0; // head (or trailer) bytes of the current request so far
    Phase m_phase = Phase::RequestLine;
    Parsed m_current;
    bool m_http10 = false;
    bool m_expectContinue = false;
    qint64 m_remaining = 0; // body bytes still to come: Content-Length, or the current chunk
    int m_errorStatus = 0;
    QByteArray m_errorReason;
};

} // namespace sim::http
