#include "rawhttp.h"

#include <QSocketNotifier>
#include <QTcpSocket>
#include <QTest>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace rawhttp {

QByteArray Response::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

std::optional<Response> takeResponse(QByteArray &buffer, bool headResponse)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return std::nullopt;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    Response response;
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    if (statusLine.size() < 2)
        return std::nullopt;
    response.status = statusLine.at(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        response.headers.append({ line.left(colon), line.mid(colon + 1).trimmed() });
    }
    const bool hasBody = !headResponse && response.status >= 200 && response.status != 204
        && response.status != 304;
    const qsizetype length = hasBody ? response.header("Content-Length").toLongLong() : 0;
    const qsizetype bodyStart = headEnd + 4;
    if (buffer.size() - bodyStart < length)
        return std::nullopt;
    response.body = buffer.mid(bodyStart, length);
    buffer.remove(0, bodyStart + length);
    return response;
}

std::optional<Response> Reader::next(bool headResponse, int timeoutMs)
{
    std::optional<Response> response;
    // The outcome is in response either way; a timeout shows as nullopt.
    [[maybe_unused]] const bool done = QTest::qWaitFor(
        [&] {
            m_pending += m_socket.readAll();
            response = takeResponse(m_pending, headResponse);
            return response.has_value() || m_socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    if (!response) {
        m_pending += m_socket.readAll();
        response = takeResponse(m_pending, headResponse);
    }
    return response;
}

bool Reader::waitForClose(int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            m_pending += m_socket.readAll();
            return m_socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
}

NativeExchange nativeExchange(quint16 port, const QByteArray &request, int timeoutMs)
{
    NativeExchange result;
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return result;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    // Loopback connect and a small send complete at once, even before the server accepts.
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0
        || ::send(fd, request.constData(), size_t(request.size()), MSG_NOSIGNAL)
            != ssize_t(request.size())) {
        ::close(fd);
        return result;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);

    QSocketNotifier notifier(fd, QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &notifier, [&] {
        char chunk[64 * 1024];
        for (;;) {
            const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
            if (n > 0) {
                result.received.append(chunk, n);
                continue;
            }
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                return;
            result.ended = true;
            result.endErrno = n == 0 ? 0 : errno;
            notifier.setEnabled(false);
            return;
        }
    });
    [[maybe_unused]] const bool ended = QTest::qWaitFor([&] { return result.ended; }, timeoutMs);
    ::close(fd);
    return result;
}

} // namespace rawhttp
