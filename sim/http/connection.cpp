#include "connection.h"

#include "logging.h"
#include "responsehead.h"
#include "socketcontrol.h"

#include <QDateTime>
#include <QPointer>
#include <QSslSocket>
#include <QTcpSocket>

#include <exception>

namespace sim::http {

namespace {

// Normal delivery hands the body to the socket in slices while the socket's queue is short,
// so a 20 MB body is neither copied per slice nor duplicated in full inside the socket.
constexpr qsizetype kSliceBytes = 256 * 1024;
constexpr qint64 kHighWaterBytes = 1024 * 1024;
// After the last response on a connection: how long to wait for the client to close, and how
// much of what it still sends (an oversized body, say) to read and drop meanwhile.
constexpr int kLingerMs = 2000;
constexpr qint64 kMaxDiscardBytes = 64 * 1024 * 1024;

bool wantsClose(const Response &response)
{
    for (const auto &[name, value] : response.headers) {
        if (name.compare("Connection", Qt::CaseInsensitive) == 0
            && value.toLower().contains("close"))
            return true;
    }
    return false;
}

} // namespace

Connection::Connection(QTcpSocket *socket, std::shared_ptr<const ServerConfig> config,
                       QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_sslSocket(qobject_cast<QSslSocket *>(socket))
    , m_config(std::move(config))
{
    m_socket->setParent(this);
    // Slow-body chunks must leave at once, not wait for Nagle.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);

    connect(m_socket, &QIODevice::readyRead, this, &Connection::onReadyRead);
    connect(m_socket, &QIODevice::bytesWritten, this, &Connection::onBytesWritten);
    if (m_sslSocket) {
        connect(m_sslSocket, &QSslSocket::encryptedBytesWritten, this,
                &Connection::onEncryptedBytesWritten);
    }
    connect(m_socket, &QAbstractSocket::disconnected, this, &Connection::onSocketGone);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &Connection::onSocketError);

    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &Connection::onIdleTimeout);
    // Fault timing should be what the scenario asked for, not coarsened by up to 5 %.
    m_delayTimer.setSingleShot(true);
    m_delayTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_delayTimer, &QTimer::timeout, this, &Connection::beginWriting);
    m_chunkTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_chunkTimer, &QTimer::timeout, this, &Connection::writeNextChunk);
    m_lingerTimer.setSingleShot(true);
    m_lingerTimer.setInterval(kLingerMs);
    connect(&m_lingerTimer, &QTimer::timeout, this, [this] { teardown(true); });
}

void Connection::start()
{
    m_idleTimer.start(m_config->idleTimeoutMs);
    // The request may have arrived together with the end of the TLS handshake.
    if (m_socket->bytesAvailable() > 0)
        processInput();
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        onSocketGone();
}

Connection::~Connection()
{
    if (m_state != State::Closed)
        teardown(false);
}

void Connection::abandon()
{
    if (m_state != State::Closed)
        teardown(false);
}

qint64 Connection::pendingOutput() const
{
    return m_socket->bytesToWrite() + (m_sslSocket ? m_sslSocket->encryptedBytesToWrite() : 0);
}

void Connection::updateBusy()
{
    const bool busy = m_state == State::Delaying || m_state == State::Writing
        || (m_state == State::Reading && m_parser.hasPartialRequest());
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void Connection::onReadyRead()
{
    switch (m_state) {
    case State::Reading:
        m_idleTimer.start(m_config->idleTimeoutMs);
        processInput();
        break;
    case State::Lingering:
        m_discarded += m_socket->skip(m_socket->bytesAvailable());
        if (m_discarded > kMaxDiscardBytes)
            teardown(true);
        else
            m_lingerTimer.start();
        break;
    case State::Delaying:
    case State::Writing:
        // A pipelined request: it waits in the socket until this reply is out.
    case State::Closed:
        break;
    }
}

void Connection::processInput()
{
    if (m_processing)
        return; // a reply finished inside dispatch(): the loop below goes on with the next one
    m_processing = true;
    const QPointer<Connection> alive(this);
    while (m_state == State::Reading) {
        if (m_socket->bytesAvailable() > 0)
            m_parser.feed(m_socket->readAll());
        m_parser.setLimits(m_config->limits);
        const RequestParser::Event event = m_parser.next();
        if (event == RequestParser::Event::NeedMore)
            break;
        if (event == RequestParser::Event::ExpectContinue) {
            m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
        } else if (event == RequestParser::Event::Error) {
            respondWithError(m_parser.errorStatus(), m_parser.errorReason());
        } else {
            dispatch(m_parser.takeRequest());
            if (!alive)
                return;
        }
    }
    m_processing = false;
    updateBusy();
}

void Connection::dispatch(RequestParser::Parsed parsed)
{
    Request &request = parsed.request;
    request.peer = m_socket->peerAddress();
    request.secure = m_sslSocket && m_sslSocket->isEncrypted();

    // The copy keeps the handler alive should it close the server while it runs.
    const std::shared_ptr<const ServerConfig> config = m_config;
    const QPointer<Connection> alive(this);
    Reply reply;
    try {
        reply = config->handler(request);
    } catch (const std::exception &e) {
        qCWarning(lcSimHttp) << "handler threw for" << request.method << request.path << e.what();
        reply = Reply { Response::text(QByteArrayLiteral("handler failed\n"), 500), {} };
    } catch (...) {
        qCWarning(lcSimHttp) << "handler threw for" << request.method << request.path;
        reply = Reply { Response::text(QByteArrayLiteral("handler failed\n"), 500), {} };
    }
    if (!alive || m_state == State::Closed)
        return;

    Outgoing out;
    out.method = request.method;
    out.path = request.path;
    out.headRequest = request.method == "HEAD";
    out.keepAlive = parsed.keepAlive;
    startDelivery(std::move(reply), std::move(out));
}

void Connection::respondWithError(int status, const QByteArray &reason)
{
    qCDebug(lcSimHttp) << "rejecting request from" << m_socket->peerAddress() << status << reason;
    Outgoing out;
    out.method = m_parser.method();
    out.path = m_parser.path();
    out.keepAlive = false; // the rest of the stream cannot be trusted
    startDelivery(Reply { Response::text(reason + '\n', status), {} }, std::move(out));
}

void Connection::startDelivery(Reply reply, Outgoing out)
{
    m_out = std::move(out);
    m_out.status = reply.response.status;
    m_out.delivery = reply.delivery;
    // A truncated body can only be noticed if the connection ends after it.
    m_out.keepAlive
        = m_out.keepAlive && !wantsClose(reply.response) && reply.delivery.truncateAt < 0;

    const bool bodyAllowed = statusAllowsBody(m_out.status);
    // 1xx, 204 and 304 say nothing about a body; other replies (HEAD too) give its length.
    const qint64 contentLength = bodyAllowed ? reply.response.body.size() : -1;
    m_out.end = bodyAllowed && !m_out.headRequest ? reply.response.body.size() : 0;
    if (m_out.delivery.truncateAt >= 0)
        m_out.end = qMin(m_out.end, m_out.delivery.truncateAt);
    m_out.body = std::move(reply.response.body);
    reply.response.body = {};
    m_out.offset = 0;

    m_state = State::Delaying;
    m_idleTimer.stop(); // deliberate silence is not idleness
    updateBusy();
    m_pendingHead = formatResponseHead(reply.response, contentLength, m_out.keepAlive,
                                       QDateTime::currentDateTimeUtc());
    if (m_out.delivery.delayMs > 0)
        m_delayTimer.start(m_out.delivery.delayMs);
    else
        beginWriting();
}

void Connection::beginWriting()
{
    if (m_out.delivery.resetConnection) {
        resetConnection();
        return;
    }
    m_state = State::Writing;
    // From now on the idle timer catches a client that stopped reading.
    m_idleTimer.start(m_config->idleTimeoutMs);
    m_socket->write(m_pendingHead);
    m_pendingHead.clear();
    if (m_out.delivery.chunkBytes > 0 && m_out.end > 0)
        m_chunkTimer.start(qMax(0, m_out.delivery.chunkIntervalMs));
    else
        pump();
}

// Writes only; completion is noticed when the socket reports the bytes written (below).
void Connection::writeNextChunk()
{
    const qsizetype size = qMin<qsizetype>(m_out.delivery.chunkBytes, m_out.end - m_out.offset);
    m_socket->write(m_out.body.constData() + m_out.offset, size);
    m_out.offset += size;
    if (m_out.offset >= m_out.end)
        m_chunkTimer.stop();
}

void Connection::pump()
{
    while (m_out.offset < m_out.end && pendingOutput() < kHighWaterBytes) {
        const qsizetype size = qMin(kSliceBytes, m_out.end - m_out.offset);
        m_socket->write(m_out.body.constData() + m_out.offset, size);
        m_out.offset += size;
    }
}

void Connection::onBytesWritten()
{
    if (m_state != State::Writing)
        return;
    m_idleTimer.start(m_config->idleTimeoutMs);
    if (m_out.delivery.chunkBytes <= 0)
        pump();
    // QSslSocket emits bytesWritten once it has encrypted the bytes, before it hands them to
    // the TCP socket: only encryptedBytesWritten means they are on their way.
    if (!m_sslSocket)
        checkDelivered();
}

void Connection::onEncryptedBytesWritten()
{
    if (m_state != State::Writing)
        return;
    m_idleTimer.start(m_config->idleTimeoutMs);
    // The TCP queue drained: the one moment more plaintext can go without the queue growing.
    if (m_out.delivery.chunkBytes <= 0)
        pump();
    checkDelivered();
}

void Connection::checkDelivered()
{
    if (m_state == State::Writing && m_out.offset >= m_out.end && pendingOutput() == 0)
        finishDelivery();
}

void Connection::finishDelivery()
{
    m_chunkTimer.stop();
    const Outgoing done = std::exchange(m_out, {});
    if (done.keepAlive) {
        m_state = State::Reading;
        m_idleTimer.start(m_config->idleTimeoutMs);
    } else {
        startLingering();
    }
    updateBusy();
    Q_EMIT requestHandled(done.method, done.path, done.status);
    if (m_state == State::Reading)
        processInput(); // a pipelined request may be waiting
}

void Connection::resetConnection()
{
    qCDebug(lcSimHttp) << "resetting connection for" << m_out.method << m_out.path;
    if (!armResetOnClose(m_socket->socketDescriptor()))
        qCWarning(lcSimHttp) << "could not arm SO_LINGER; the close will be a FIN, not a RST";
    const Outgoing done = std::exchange(m_out, {});
    Q_EMIT requestHandled(done.method, done.path, done.status);
    teardown(true);
}

void Connection::startLingering()
{
    // Close our side only: the client reads EOF after the whole response, and we keep reading
    // whatever it is still sending. Closing outright with unread input makes the kernel send a
    // RST, which can destroy the response before the client has read it.
    m_state = State::Lingering;
    m_idleTimer.stop();
    m_lingerTimer.start();
    if (!shutdownWrite(m_socket->socketDescriptor())) {
        teardown(true);
        return;
    }
    onReadyRead();
}

void Connection::onIdleTimeout()
{
    if (m_state == State::Reading) {
        if (m_parser.hasPartialRequest()) {
            respondWithError(408, QByteArrayLiteral("request not completed in time"));
        } else {
            startLingering();
            updateBusy();
        }
    } else if (m_state == State::Writing) {
        qCDebug(lcSimHttp) << "client stopped reading" << m_out.method << m_out.path;
        onSocketGone();
    }
}

void Connection::onSocketError(QAbstractSocket::SocketError error)
{
    // Every error on an accepted socket ends it (the peer closed or reset it, a write failed,
    // the TLS session broke); only a would-block condition does not.
    if (error == QAbstractSocket::TemporaryError)
        return;
    qCDebug(lcSimHttp) << "socket error" << error << m_socket->errorString();
    onSocketGone();
}

void Connection::onSocketGone()
{
    if (m_state == State::Closed)
        return;
    if (m_state == State::Delaying || m_state == State::Writing) {
        const Outgoing aborted = std::exchange(m_out, {});
        Q_EMIT requestHandled(aborted.method, aborted.path, aborted.status);
    }
    teardown(true);
}

void Connection::teardown(bool notify)
{
    m_state = State::Closed;
    m_idleTimer.stop();
    m_delayTimer.stop();
    m_chunkTimer.stop();
    m_lingerTimer.stop();
    m_out = {};
    m_pendingHead.clear();
    // No more socket signals: abort() would emit disconnected into this half-dead object.
    m_socket->disconnect(this);
    m_socket->abort();
    if (!notify) {
        m_busy = false;
        return;
    }
    updateBusy();
    Q_EMIT closed();
    deleteLater();
}

} // namespace sim::http
