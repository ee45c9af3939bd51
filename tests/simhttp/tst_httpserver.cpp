// The simulator's HTTP server over real sockets: QNetworkAccessManager for what the client will
// see, raw sockets for framing, limits and faults. Plain HTTP and TLS alike.
#include "rawhttp.h"
#include "sim/http/certificates.h"
#include "sim/http/httpserver.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <cerrno>
#include <memory>

using namespace sim::http;

namespace {

// A body whose bytes depend on their position, so a lost or reordered piece shows.
QByteArray patternBody(qsizetype size)
{
    QByteArray body(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        body[i] = char((i * 31 + i / 7919) & 0xff);
    return body;
}

Reply replyWith(Response response, Delivery delivery = {})
{
    return Reply { std::move(response), delivery };
}

} // namespace

class TestHttpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void getOverHttp();
    void postForm();
    void https_data();
    void https();
    void httpsRejectedWithoutCa_data();
    void httpsRejectedWithoutCa();
    void keepAliveReusesConnection_data();
    void keepAliveReusesConnection();
    void pipelinedRequestsOnOneWrite();
    void connectionClose_data();
    void connectionClose();
    void headResponseHasNoBody();
    void garbageGets400();
    void oversizedBodyGets413();
    void oversizedAnnouncedBodyGets413AtOnce();
    void oversizedHeadersGet431();
    void chunkedRequestBody();
    void expectContinue();
    void idleConnectionIsClosed();
    void halfSentRequestGets408();
    void handlerExceptionGives500();

    void delay_data();
    void delay();
    void slowBody_data();
    void slowBody();
    void reset_data();
    void reset();
    void resetIsARealRst();
    void truncation_data();
    void truncation();
    void truncationOnTheWire();
    void serverDestroyedMidDelivery_data();
    void serverDestroyedMidDelivery();
    void clientGoneMidDelivery_data();
    void clientGoneMidDelivery();
    void closeFromHandler();
    void largeBody_data();
    void largeBody();

    void baseUrl();
    void baseUrlIpv6();
    void listenFailures();

private:
    std::unique_ptr<Server> startServer(Server::Handler handler, bool secure = false);
    QNetworkRequest requestFor(const Server &server, const QString &pathAndQuery,
                               const QString &host = {}) const;
    static bool waitFinished(QNetworkReply *reply, int timeoutMs = 20'000);

    std::optional<GeneratedPki> m_pki;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestHttpServer::initTestCase()
{
    QString error;
    m_pki = generateLoopbackPki({ u"localhost"_qs, u"127.0.0.1"_qs, u"::1"_qs }, &error);
    QVERIFY2(m_pki, qPrintable(error));
}

void TestHttpServer::init()
{
    // A fresh manager per test: no connection is reused from the previous test's server.
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestHttpServer::cleanup()
{
    m_nam.reset();
}

std::unique_ptr<Server> TestHttpServer::startServer(Server::Handler handler, bool secure)
{
    auto server = std::make_unique<Server>(std::move(handler));
    std::optional<Server::TlsIdentity> tls;
    if (secure)
        tls = Server::TlsIdentity { m_pki->leaf, { m_pki->ca }, m_pki->leafKey };
    if (!server->listen(QHostAddress::LocalHost, 0, tls)) {
        qWarning() << "listen failed:" << server->errorString();
        return nullptr;
    }
    return server;
}

QNetworkRequest TestHttpServer::requestFor(const Server &server, const QString &pathAndQuery,
                                           const QString &host) const
{
    QUrl url = server.baseUrl().resolved(QUrl(pathAndQuery));
    if (!host.isEmpty())
        url.setHost(host);
    QNetworkRequest request(url);
    if (server.isSecure()) {
        // Trust the generated CA for this request only; never ignore TLS errors wholesale.
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificates({ m_pki->ca });
        request.setSslConfiguration(configuration);
    }
    return request;
}

bool TestHttpServer::waitFinished(QNetworkReply *reply, int timeoutMs)
{
    if (reply->isFinished())
        return true;
    QSignalSpy finished(reply, &QNetworkReply::finished);
    return finished.wait(timeoutMs);
}

// --- requests and responses --------------------------------------------------------------

void TestHttpServer::getOverHttp()
{
    std::optional<Request> seen;
    auto server = startServer([&](const Request &request) {
        seen = request;
        Response response = Response::json(QByteArrayLiteral("{\"ok\":true}"));
        response.setHeader("X-Sim", "yes");
        return replyWith(response);
    });
    QVERIFY(server);
    QSignalSpy handled(server.get(), &Server::requestHandled);

    QNetworkRequest request = requestFor(*server, u"/a%20b/%C3%A9t%C3%A9?x=1&y=two%20words"_qs);
    request.setRawHeader("X-Member-Id", "77");
    std::unique_ptr<QNetworkReply> reply(m_nam->get(request));
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->readAll(), QByteArrayLiteral("{\"ok\":true}"));
    QCOMPARE(reply->rawHeader("Content-Type"), QByteArrayLiteral("application/json"));
    QCOMPARE(reply->rawHeader("Content-Length"), QByteArrayLiteral("11"));
    QCOMPARE(reply->rawHeader("Server"), QByteArrayLiteral("smarthub-sim"));
    QCOMPARE(reply->rawHeader("Connection"), QByteArrayLiteral("keep-alive"));
    QCOMPARE(reply->rawHeader("X-Sim"), QByteArrayLiteral("yes"));
    QVERIFY(QRegularExpression(
                u"^[A-Z][a-z]{2}, \\d\\d [A-Z][a-z]{2} \\d{4} \\d\\d:\\d\\d:\\d\\d GMT$"_qs)
                .match(QString::fromLatin1(reply->rawHeader("Date")))
                .hasMatch());

    QVERIFY(seen);
    QCOMPARE(seen->method, QByteArrayLiteral("GET"));
    QCOMPARE(seen->target, QByteArrayLiteral("/a%20b/%C3%A9t%C3%A9?x=1&y=two%20words"));
    QCOMPARE(seen->path, u"/a b/été"_qs);
    QCOMPARE(seen->query.queryItemValue(u"x"_qs), u"1"_qs);
    QCOMPARE(seen->query.queryItemValue(u"y"_qs, QUrl::FullyDecoded), u"two words"_qs);
    QCOMPARE(seen->header("x-member-id"), QByteArrayLiteral("77"));
    QCOMPARE(seen->header("X-MEMBER-ID"), QByteArrayLiteral("77"));
    QCOMPARE(seen->peer, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(!seen->secure);

    // Queued: it may already have come while the client was finishing.
    QTRY_COMPARE(handled.size(), 1);
    QCOMPARE(handled.at(0).at(0).toByteArray(), QByteArrayLiteral("GET"));
    QCOMPARE(handled.at(0).at(1).toString(), u"/a b/été"_qs);
    QCOMPARE(handled.at(0).at(2).toInt(), 200);
    QCOMPARE(server->openConnections(), 0);
    QCOMPARE(server->connectionCount(), 1); // kept alive
}

void TestHttpServer::postForm()
{
    std::optional<Request> seen;
    auto server = startServer([&](const Request &request) {
        seen = request;
        const QUrlQuery form = request.formBody();
        return replyWith(
            Response::text(form.queryItemValue(u"user"_qs, QUrl::FullyDecoded).toUtf8() + '|'
                               + form.queryItemValue(u"password"_qs, QUrl::FullyDecoded).toUtf8(),
                           201));
    });
    QVERIFY(server);
    QNetworkRequest request = requestFor(*server, u"/login"_qs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_qs);
    std::unique_ptr<QNetworkReply> reply(
        m_nam->post(request, QByteArrayLiteral("user=J%C3%B6rg+Doe&password=p%26ss+w%2Bord")));
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    QCOMPARE(QString::fromUtf8(reply->readAll()), u"Jörg Doe|p&ss w+ord"_qs);
    QVERIFY(seen);
    QCOMPARE(seen->method, QByteArrayLiteral("POST"));
    QCOMPARE(seen->header("content-type"), QByteArrayLiteral("application/x-www-form-urlencoded"));
    QCOMPARE(seen->body, QByteArrayLiteral("user=J%C3%B6rg+Doe&password=p%26ss+w%2Bord"));
}

void TestHttpServer::https_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_qs;
    QTest::newRow("localhost") << u"localhost"_qs;
}

void TestHttpServer::https()
{
    QFETCH(QString, host);
    std::optional<Request> seen;
    auto server = startServer(
        [&](const Request &request) {
            seen = request;
            return replyWith(Response::text(request.method + ' ' + request.body, 200));
        },
        true);
    QVERIFY(server);
    QVERIFY(server->isSecure());

    std::unique_ptr<QNetworkReply> get(m_nam->get(requestFor(*server, u"/secure"_qs, host)));
    QSignalSpy sslErrors(get.get(), &QNetworkReply::sslErrors);
    QVERIFY(waitFinished(get.get()));
    QCOMPARE(get->error(), QNetworkReply::NoError);
    QCOMPARE(sslErrors.size(), 0);
    QCOMPARE(get->readAll(), QByteArrayLiteral("GET "));
    QCOMPARE(get->sslConfiguration().peerCertificate(), m_pki->leaf);
    QVERIFY(seen && seen->secure);

    QNetworkRequest postRequest = requestFor(*server, u"/secure"_qs, host);
    postRequest.setHeader(QNetworkRequest::ContentTypeHeader, u"text/plain"_qs);
    std::unique_ptr<QNetworkReply> post(m_nam->post(postRequest, QByteArrayLiteral("payload")));
    QVERIFY(waitFinished(post.get()));
    QCOMPARE(post->error(), QNetworkReply::NoError);
    QCOMPARE(post->readAll(), QByteArrayLiteral("POST payload"));
}

void TestHttpServer::httpsRejectedWithoutCa_data()
{
    QTest::addColumn<bool>("sendCa");
    QTest::addColumn<QSslError::SslError>("expected");
    QTest::newRow("leaf only") << false << QSslError::UnableToGetLocalIssuerCertificate;
    QTest::newRow("leaf and CA") << true << QSslError::SelfSignedCertificateInChain;
}

void TestHttpServer::httpsRejectedWithoutCa()
{
    QFETCH(bool, sendCa);
    QFETCH(QSslError::SslError, expected);
    int calls = 0;
    Server server([&](const Request &) {
        ++calls;
        return replyWith(Response::empty(204));
    });
    const QList<QSslCertificate> chain = sendCa ? QList { m_pki->ca } : QList<QSslCertificate> {};
    QVERIFY(server.listen(QHostAddress::LocalHost, 0,
                          Server::TlsIdentity { m_pki->leaf, chain, m_pki->leafKey }));
    // The default configuration: system CAs only, which do not include the generated one.
    std::unique_ptr<QNetworkReply> reply(m_nam->get(QNetworkRequest(server.baseUrl())));
    QSignalSpy sslErrors(reply.get(), &QNetworkReply::sslErrors);
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(sslErrors.size(), 1);
    const auto errors = sslErrors.at(0).at(0).value<QList<QSslError>>();

    QVERIFY(std::any_of(errors.cbegin(), errors.cend(),
                        [&](const QSslError &e) { return e.error() == expected; }));
    QCOMPARE(calls, 0);
}

void TestHttpServer::keepAliveReusesConnection_data()
{
    QTest::addColumn<bool>("secure");
    QTest::newRow("http") << false;
    QTest::newRow("https") << true;
}

void TestHttpServer::keepAliveReusesConnection()
{
    QFETCH(bool, secure);
    int calls = 0;
    auto server = startServer(
        [&](const Request &) {
            return replyWith(Response::text(QByteArray::number(++calls), 200));
        },
        secure);
    QVERIFY(server);
    for (int i = 1; i <= 3; ++i) {
        std::unique_ptr<QNetworkReply> reply(m_nam->get(requestFor(*server, u"/n"_qs)));
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->readAll(), QByteArray::number(i));
    }
    QCOMPARE(server->acceptedConnections(), 1);
    QCOMPARE(server->connectionCount(), 1);
}

void TestHttpServer::pipelinedRequestsOnOneWrite()
{
    auto server = startServer([](const Request &request) {
        return replyWith(Response::text(request.path.toUtf8() + ':' + request.body, 200));
    });
    QVERIFY(server);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server->port());
    // Both requests in one write: the second arrives together with the first.
    socket.write("GET /first HTTP/1.1\r\nHost: x\r\n\r\n"
                 "POST /second HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nbody");
    rawhttp::Reader reader(socket);
    const auto first = reader.next();
    QVERIFY(first);
    QCOMPARE(first->status, 200);
    QCOMPARE(first->body, QByteArrayLiteral("/first:"));
    QCOMPARE(first->header("Connection"), QByteArrayLiteral("keep-alive"));
    const auto second = reader.next();
    QVERIFY(second);
    QCOMPARE(second->body, QByteArrayLiteral("/second:body"));
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(server->acceptedConnections(), 1);

    // And the connection is still good for a third.
    socket.write("GET /third HTTP/1.1\r\nHost: x\r\n\r\n");
    const auto third = reader.next();
    QVERIFY(third);
    QCOMPARE(third->body, QByteArrayLiteral("/third:"));
}

void TestHttpServer::connectionClose_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<bool>("handlerSaysClose");
    QTest::newRow("request Connection: close")
        << QByteArrayLiteral("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n") << false;
    QTest::newRow("HTTP/1.0") << QByteArrayLiteral("GET / HTTP/1.0\r\n\r\n") << false;
    QTest::newRow("handler Connection: close")
        << QByteArrayLiteral("GET / HTTP/1.1\r\nHost: x\r\n\r\n") << true;
}

void TestHttpServer::connectionClose()
{
    QFETCH(QByteArray, request);
    QFETCH(bool, handlerSaysClose);
    auto server = startServer([&](const Request &) {
        Response response = Response::text(QByteArrayLiteral("bye"), 200);
        if (handlerSaysClose)
            response.setHeader("Connection", "close");
        return replyWith(response);
    });
    QVERIFY(server);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server->port());
    socket.write(request);
    rawhttp::Reader reader(socket);
    const auto response = reader.next();
    QVERIFY(response);
    QCOMPARE(response->body, QByteArrayLiteral("bye"));
    QCOMPARE(response->header("Connection"), QByteArrayLiteral("close"));
    QVERIFY(reader.waitForClose());
    QTRY_COMPARE(server->connectionCount(), 0);
}

void TestHttpServer::headResponseHasNoBody()
{
    auto server = startServer([](const Request &request) {
        return replyWith(Response::text(request.path.toUtf8(), 200));
    });
    QVERIFY(server);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server->port());
    socket.write("HEAD /12345 HTTP/1.1\r\nHost: x\r\n\r\nGET /next HTTP/1.1\r\nHost: x\r\n\r\n");
    rawhttp::Reader reader(socket);
    const auto head = reader.next(true);
    QVERIFY(head);
    QCOMPARE(head->header("Content-Length"), QByteArrayLiteral("6"));
    // Had the HEAD response carried a body, the next response would not parse from here.
    const auto next = reader.next();
    QVERIFY(next);
    QCOMPARE(next->status, 200);
    QCOMPARE(next->body, QByteArrayLiteral("/next"));
}

void TestHttpServer::garbageGets400()
{
    int calls = 0;
    auto server = startServer([&](const Request &) {
        ++calls;
        return replyWith(Response::empty(204));
    });
    QVERIFY(server);
    QSignalSpy handled(server.get(), &Server::requestHandled);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server->port());
    socket.write("\x16\x03\x01 this is not http\r\n\r\nGET / HTTP/1.1\r\n\r\n");
    rawhttp::Reader reader(socket);
    const auto response = reader.next();
    QVERIFY(response);
    QCOMPARE(response->status, 400);
    QCOMPARE(response->header("Connection"), QByteArrayLiteral("close"));
    QVERIFY(reader.waitForClose());
    QCOMPARE(calls, 0); // the valid request after the garbage is not served either
    QTRY_COMPARE(handled.size(), 1);
    QCOMPARE(handled.at(0).at(2).toInt(), 400);
}

void TestHttpServer::oversizedBodyGets413()
{
    int calls = 0;
    auto server = startServer([&](const Request &) {
        ++calls;
        return replyWith(Response::empty(204));
    });
    QVERIFY(server);
    server->setMaxBodyBytes(1024);

    QNetworkRequest request = requestFor(*server, u"/up"_qs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/octet-stream"_qs);
    std::unique_ptr<QNetworkReply> ok(m_nam->post(request, QByteArray(1024, 'a')));
    QVERIFY(waitFinished(ok.get()));
    QCOMPARE(ok->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 204);

    std::unique_ptr<QNetworkReply> big(m_nam->post(request, QByteArray(4096, 'a')));
    QVERIFY(waitFinished(big.get()));
    QCOMPARE(big->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 413);
    QCOMPARE(big->error(), QNetworkReply::UnknownContentError);
    QCOMPARE(calls, 1);
}

void TestHttpServer::oversizedAnnouncedBodyGets413AtOnce()
{
    auto server = startServer([](const Request &) { return replyWith(Response::empty(204)); });
    QVERIFY(server);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server->port());
    // Only the head: the answer must not wait for a gigabyte that never comes.
    socket.write("POST /up HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000000\r\n\r\nsome");
    rawhttp::Reader reader(socket);
    const auto response = reader.next();
    QVERIFY(response);
    QCOMPARE(response->status, 413);
    QCOMPARE(response->header("Connection"), QByteArrayLiteral("close"));
    QVERIFY(reader.waitForClose());
}

void TestHttpServer::oversizedHeadersGet431()
{
    int calls = 0;
    auto server = startServer([&](const Request &) {
        ++calls;
        return replyWith(Response::empty(204));
    });
    QVERIFY(server);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server->port());
    QByteArray request = QByteArrayLiteral("GET / HTTP/1.1\r\nHost: x\r\n");
    for (int i = 0; i < 70; ++i)
        request += "X-Filler-" + QByteArray::number(i) + ": " + QByteArray(1000, 'f') + "\r\n";
    request += "\r\n";
    socket.write(request);
    rawhttp::Reader reader(socket);
    const auto response = reader.next();
    QVERIFY(response);
    QCOMPARE(response->status, 431);
    QVERIFY(reader.waitForClose());
    QCOMPARE(calls, 0);

    // Just under the limit is fine.
    QTcpSocket under;
    under.connectToHost(QHostAddress::LocalHost, server->port());
    QByteArray fits = QByteArrayLiteral("GET / HTTP/1.1\r\nHost: x\r\n");
    for (int i = 0; i < 60; ++i)
        fits += "X-Filler-" + QByteArray::number(i) + ": " + QByteArray(1000, 'f') + "\r\n";
    under.write(fits + "\r\n");
    rawhttp::Reader underReader(under);
    const auto fine = underReader.next();
    QVERIFY(fine);
    QCOMPARE(fine->status, 204);
}

void TestHttpServer::chunkedRequestBody()
{
    auto server = startServer(
        [](const Request &request) { return replyWith(Response::text(request.body, 200)); });
    QVERIFY(server);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server->port());
    socket.write("POST /up HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                 "4\r\nWiki\r\n6;ext=1\r\npedia \r\nE\r\nin \r\n\r\nchunks.\r\n0\r\n\r\n");
    rawhttp::Reader reader(socket);
    const auto response = reader.next();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->body, QByteArrayLiteral("Wikipedia in \r\n\r\nchunks."));
}

void TestHttpServer::expectContinue()
{
    auto server = startServer(
        [](const Request &request) { return replyWith(Response::text(request.body, 200)); });
    QVERIFY(server);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server->port());
    socket.write("PUT /x HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
    rawhttp::Reader reader(socket);
    const auto interim = reader.next();
    QVERIFY(interim);
    QCOMPARE(interim->status, 100);
    socket.write("hello");
    const auto final = reader.next();
    QVERIFY(final);
    QCOMPARE(final->status, 200);
    QCOMPARE(final->body, QByteArrayLiteral("hello"));
}

void TestHttpServer::idleConnectionIsClosed()
{
    auto server = startServer([](const Request &) { return replyWith(Response::empty(204)); });
    QVERIFY(server);
    server->setIdleTimeout(100);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server->port());
    QVERIFY(socket.waitForConnected(5000));
    QTRY_COMPARE(server->connectionCount(), 1);
    rawhttp::Reader reader(socket);
    QVERIFY(reader.waitForClose());
    QVERIFY(reader.pending().isEmpty()); // closed quietly, no 408 on an idle connection
    QTRY_COMPARE(server->connectionCount(), 0);
}

void TestHttpServer::halfSentRequestGets408()
{
    auto server = startServer([](const Request &) { return replyWith(Response::empty(204)); });
    QVERIFY(server);
    server->setIdleTimeout(100);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server->port());
    socket.write("GET / HTTP/1.1\r\nHost: x\r\n");
    QTRY_COMPARE(server->openConnections(), 1); // a half-received request is in flight
    rawhttp::Reader reader(socket);
    const auto response = reader.next();
    QVERIFY(response);
    QCOMPARE(response->status, 408);
    QVERIFY(reader.waitForClose());
    QCOMPARE(server->openConnections(), 0);
}

void TestHttpServer::handlerExceptionGives500()
{
    auto server
        = startServer([](const Request &) -> Reply { throw std::runtime_error("handler bug"); });
    QVERIFY(server);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"handler threw"_qs));
    std::unique_ptr<QNetworkReply> reply(m_nam->get(requestFor(*server, u"/boom"_qs)));
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 500);
}

// --- delivery faults ---------------------------------------------------------------------

void TestHttpServer::delay_data()
{
    QTest::addColumn<bool>("secure");
    QTest::newRow("http") << false;
    QTest::newRow("https") << true;
}

void TestHttpServer::delay()
{
    QFETCH(bool, secure);
    constexpr int delayMs = 400;
    auto server = startServer(
        [](const Request &) {
            Delivery delivery;
            delivery.delayMs = delayMs;
            return replyWith(Response::text(QByteArrayLiteral("late"), 200), delivery);
        },
        secure);
    QVERIFY(server);

    // The marker is started before the request is sent, so it expires before the server's
    // delay timer, which starts only when the request has arrived: it must come first.
    QStringList events;
    int busyDuringDelay = -1;
    QTimer marker;
    marker.setSingleShot(true);
    marker.setTimerType(Qt::PreciseTimer);
    connect(&marker, &QTimer::timeout, this, [&] {
        events << u"marker"_qs;
        busyDuringDelay = server->openConnections();
    });
    marker.start(delayMs / 2);
    std::unique_ptr<QNetworkReply> reply(m_nam->get(requestFor(*server, u"/slow"_qs)));
    connect(reply.get(), &QNetworkReply::metaDataChanged, this, [&] { events << u"headers"_qs; });
    connect(reply.get(), &QNetworkReply::finished, this, [&] { events << u"finished"_qs; });
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll(), QByteArrayLiteral("late"));
    QCOMPARE(events.value(0), u"marker"_qs);
    QVERIFY(events.contains(u"finished"_qs));
    QCOMPARE(busyDuringDelay, 1);
    QTRY_COMPARE(server->openConnections(), 0);
}

void TestHttpServer::slowBody_data()
{
    delay_data();
}

void TestHttpServer::slowBody()
{
    QFETCH(bool, secure);
    const QByteArray body = patternBody(8 * 4096);
    auto server = startServer(
        [&](const Request &) {
            Delivery delivery;
            delivery.chunkBytes = 4096;
            delivery.chunkIntervalMs = 60;
            return replyWith(Response::text(body, 200, "application/octet-stream"), delivery);
        },
        secure);
    QVERIFY(server);
    QSignalSpy handled(server.get(), &Server::requestHandled);
    std::unique_ptr<QNetworkReply> reply(m_nam->get(requestFor(*server, u"/drip"_qs)));
    QList<qint64> progress;
    connect(reply.get(), &QNetworkReply::downloadProgress, this,
            [&](qint64 received, qint64 total) {
                if (received > 0 && total == body.size())
                    progress << received;
            });
    int pieces = 0;
    connect(reply.get(), &QIODevice::readyRead, this, [&] { ++pieces; });
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll(), body);
    // The body came in pieces a timer tick apart; sent at once it would be one or two. QNAM
    // throttles downloadProgress to one per 100 ms, so it fires about every other piece.
    QVERIFY2(pieces >= 5, qPrintable(u"%1 pieces"_qs.arg(pieces)));
    QVERIFY2(progress.size() >= 3, qPrintable(u"%1 progress events"_qs.arg(progress.size())));
    QVERIFY(progress.first() < body.size());
    QCOMPARE(progress.last(), body.size());
    QTRY_COMPARE(handled.size(), 1);
    QCOMPARE(handled.at(0).at(2).toInt(), 200);
}

void TestHttpServer::reset_data()
{
    delay_data();
}

void TestHttpServer::reset()
{
    QFETCH(bool, secure);
    QTest::failOnWarning(QRegularExpression(u"SO_LINGER"_qs));
    int calls = 0;
    auto server = startServer(
        [&](const Request &) {
            ++calls;
            Delivery delivery;
            delivery.resetConnection = true;
            return replyWith(Response::text(QByteArrayLiteral("never sent"), 200), delivery);
        },
        secure);
    QVERIFY(server);
    QSignalSpy handled(server.get(), &Server::requestHandled);
    std::unique_ptr<QNetworkReply> reply(m_nam->get(requestFor(*server, u"/reset"_qs)));
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);
    QVERIFY(reply->readAll().isEmpty());
    QVERIFY(!reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());
    QVERIFY(calls >= 1); // QNAM may retry an idempotent request once on a fresh connection
    QTRY_COMPARE(handled.size(), calls);
    QTRY_COMPARE(server->connectionCount(), 0);
}

void TestHttpServer::resetIsARealRst()
{
    auto server = startServer([](const Request &) {
        Delivery delivery;
        delivery.resetConnection = true;
        return replyWith(Response::text(QByteArrayLiteral("never sent"), 200), delivery);
    });
    QVERIFY(server);
    const auto exchange
        = rawhttp::nativeExchange(server->port(), "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(exchange.ended);
    QCOMPARE(exchange.endErrno, ECONNRESET);
    QVERIFY(exchange.received.isEmpty());
}

void TestHttpServer::truncation_data()
{
    delay_data();
}

void TestHttpServer::truncation()
{
    QFETCH(bool, secure);
    const QByteArray body = patternBody(10'000);
    auto server = startServer(
        [&](const Request &) {
            Delivery delivery;
            delivery.truncateAt = 1000;
            return replyWith(Response::text(body, 200, "application/octet-stream"), delivery);
        },
        secure);
    QVERIFY(server);
    std::unique_ptr<QNetworkReply> reply(m_nam->get(requestFor(*server, u"/cut"_qs)));
    QVERIFY(waitFinished(reply.get()));
    // What Qt 6.4 reports for a body that ends early: the status and headers arrived, then
    // RemoteHostClosedError; the bytes that did arrive stay readable.
    QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), body.size());
    const QByteArray received = reply->readAll();
    QVERIFY(received.size() <= 1000);
    QCOMPARE(received, body.left(received.size()));
}

void TestHttpServer::truncationOnTheWire()
{
    const QByteArray body = patternBody(10'000);
    auto server = startServer([&](const Request &) {
        Delivery delivery;
        delivery.truncateAt = 1000;
        return replyWith(Response::text(body, 200), delivery);
    });
    QVERIFY(server);
    const auto exchange
        = rawhttp::nativeExchange(server->port(), "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(exchange.ended);
    QCOMPARE(exchange.endErrno, 0); // an orderly close, not a reset
    QByteArray received = exchange.received;
    const qsizetype headEnd = received.indexOf("\r\n\r\n");
    QVERIFY(headEnd > 0);
    QVERIFY(received.left(headEnd).contains("\r\nContent-Length: 10000\r\n"));
    QVERIFY(received.left(headEnd).contains("\r\nConnection: close"));
    QCOMPARE(received.mid(headEnd + 4), body.left(1000));
}

void TestHttpServer::serverDestroyedMidDelivery_data()
{
    QTest::addColumn<bool>("secure");
    QTest::addColumn<bool>("duringDelay");
    QTest::newRow("http, slow body") << false << false;
    QTest::newRow("https, slow body") << true << false;
    QTest::newRow("http, delay") << false << true;
    QTest::newRow("https, delay") << true << true;
}

void TestHttpServer::serverDestroyedMidDelivery()
{
    QFETCH(bool, secure);
    QFETCH(bool, duringDelay);
    const QByteArray body = patternBody(50 * 1000);
    bool called = false;
    std::unique_ptr<Server> server = startServer(
        [&](const Request &) {
            called = true;
            Delivery delivery;
            if (duringDelay) {
                delivery.delayMs = 60'000;
            } else {
                delivery.chunkBytes = 1000;
                delivery.chunkIntervalMs = 20;
            }
            return replyWith(Response::text(body, 200), delivery);
        },
        secure);
    QVERIFY(server);
    std::unique_ptr<QNetworkReply> reply(m_nam->get(requestFor(*server, u"/doomed"_qs)));
    if (duringDelay) {
        QTRY_VERIFY(called && server->openConnections() == 1);
        server.reset();
    } else {
        connect(reply.get(), &QNetworkReply::downloadProgress, this, [&](qint64 received) {
            if (received > 0)
                server.reset(); // not from inside a server signal: from the client's
        });
    }
    QVERIFY(waitFinished(reply.get()));
    QVERIFY(!server);
    if (duringDelay) {
        // Nothing of the response came, so QNAM sends the GET again, to a closed port.
        QCOMPARE(reply->error(), QNetworkReply::ConnectionRefusedError);
    } else {
        QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);
    }
    QVERIFY(reply->readAll().size() < body.size());
}

void TestHttpServer::clientGoneMidDelivery_data()
{
    serverDestroyedMidDelivery_data();
}

void TestHttpServer::clientGoneMidDelivery()
{
    QFETCH(bool, secure);
    QFETCH(bool, duringDelay);
    const QByteArray body = patternBody(50 * 1000);
    auto server = startServer(
        [&](const Request &) {
            Delivery delivery;
            if (duringDelay) {
                delivery.delayMs = 60'000;
            } else {
                delivery.chunkBytes = 1000;
                delivery.chunkIntervalMs = 20;
            }
            return replyWith(Response::text(body, 200), delivery);
        },
        secure);
    QVERIFY(server);
    QSignalSpy handled(server.get(), &Server::requestHandled);
    std::unique_ptr<QNetworkReply> reply(m_nam->get(requestFor(*server, u"/abandoned"_qs)));
    if (duringDelay) {
        QTRY_COMPARE(server->openConnections(), 1);
        reply->abort();
    } else {
        connect(reply.get(), &QNetworkReply::downloadProgress, this, [&](qint64 received) {
            if (received > 0)
                reply->abort();
        });
    }
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    // The server notices, stops its timer and reports the delivery as ended.
    QTRY_COMPARE(handled.size(), 1);
    QCOMPARE(handled.at(0).at(1).toString(), u"/abandoned"_qs);
    QTRY_COMPARE(server->openConnections(), 0);
    QTRY_COMPARE(server->connectionCount(), 0);
}

void TestHttpServer::closeFromHandler()
{
    Server *self = nullptr;
    auto server = startServer([&](const Request &) {
        self->close();
        return replyWith(Response::text(QByteArrayLiteral("unreachable"), 200));
    });
    QVERIFY(server);
    self = server.get();
    std::unique_ptr<QNetworkReply> reply(m_nam->get(requestFor(*server, u"/shutdown"_qs)));
    QVERIFY(waitFinished(reply.get()));
    // The connection dropped before any response; QNAM's retry then finds the port closed.
    QCOMPARE(reply->error(), QNetworkReply::ConnectionRefusedError);
    QCOMPARE(server->port(), 0);
    QCOMPARE(server->connectionCount(), 0);
}

void TestHttpServer::largeBody_data()
{
    delay_data();
}

void TestHttpServer::largeBody()
{
    QFETCH(bool, secure);
    const QByteArray body = patternBody(20 * 1000 * 1000);
    auto server = startServer(
        [&](const Request &) { return replyWith(Response::text(body, 200, "application/pdf")); },
        secure);
    QVERIFY(server);
    QSignalSpy handled(server.get(), &Server::requestHandled);
    std::unique_ptr<QNetworkReply> reply(m_nam->get(requestFor(*server, u"/bill.pdf"_qs)));
    QVERIFY(waitFinished(reply.get(), 60'000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    const QByteArray received = reply->readAll();
    QCOMPARE(received.size(), body.size());
    QVERIFY(received == body);
    QTRY_COMPARE(handled.size(), 1);
}

// --- server object -----------------------------------------------------------------------

void TestHttpServer::baseUrl()
{
    auto plain = startServer([](const Request &) { return replyWith(Response::empty(204)); });
    QVERIFY(plain);
    QVERIFY(plain->port() > 0);
    QCOMPARE(plain->baseUrl().toString(), u"http://127.0.0.1:%1"_qs.arg(plain->port()));
    auto secure
        = startServer([](const Request &) { return replyWith(Response::empty(204)); }, true);
    QVERIFY(secure);
    QCOMPARE(secure->baseUrl().toString(), u"https://127.0.0.1:%1"_qs.arg(secure->port()));
    secure->close();
    QCOMPARE(secure->port(), 0);
    QVERIFY(secure->baseUrl().isEmpty());
}

void TestHttpServer::baseUrlIpv6()
{
    Server server([](const Request &request) {
        return replyWith(Response::text(request.peer.toString().toUtf8(), 200));
    });
    if (!server.listen(QHostAddress::LocalHostIPv6, 0, std::nullopt))
        QSKIP("no IPv6 loopback here");
    QCOMPARE(server.baseUrl().toString(), u"http://[::1]:%1"_qs.arg(server.port()));
    std::unique_ptr<QNetworkReply> reply(m_nam->get(QNetworkRequest(server.baseUrl())));
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll(), QByteArrayLiteral("::1"));
}

void TestHttpServer::listenFailures()
{
    auto first = startServer([](const Request &) { return replyWith(Response::empty(204)); });
    QVERIFY(first);
    Server second([](const Request &) { return replyWith(Response::empty(204)); });
    QVERIFY(!second.listen(QHostAddress::LocalHost, first->port(), std::nullopt));
    QVERIFY(!second.errorString().isEmpty());

    Server noKey([](const Request &) { return replyWith(Response::empty(204)); });
    QVERIFY(!noKey.listen(QHostAddress::LocalHost, 0, Server::TlsIdentity { m_pki->leaf, {}, {} }));
    QVERIFY(!noKey.errorString().isEmpty());

    QVERIFY(!first->listen(QHostAddress::LocalHost, 0, std::nullopt)); // already listening
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
