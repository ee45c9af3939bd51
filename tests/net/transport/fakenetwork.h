#pragma once

// A fake network boundary for unit tests: a QNetworkAccessManager whose createRequest() hands
// out scripted QNetworkReply objects instead of opening sockets. Answers arrive from the event
// loop (never inside get()/post()), as Qt's own do; a "hang" answer waits until aborted or
// released. It records what was sent and how many replies were open at once.
//
//   FakeNetwork network;
//   network.enqueue(FakeAnswer::status(503));
//   network.enqueue(FakeAnswer::json("{}"));
//   network.setResponder([](const SeenRequest &r) { return FakeAnswer::json("[]"); });

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslError>
#include <QUrl>

#include <deque>
#include <functional>

using RawHeaderList = QList<QPair<QByteArray, QByteArray>>;

struct FakeAnswer
{
    enum class Kind {
        Respond,      // status line, headers, body (and optionally a network error after it)
        Fail,         // a connection-level error, no HTTP answer
        Hang,         // nothing until aborted (or FakeNetwork::release())
        TransferTimeout, // what Qt's setTransferTimeout() does to a silent reply
        TlsFailure,   // sslErrors() then SslHandshakeFailedError
    };
    Kind kind = Kind::Respond;
    int httpStatus = 200;
    RawHeaderList headers;
    QByteArray body;
    qint64 contentLength = -1;     // -1: the body's size
    QNetworkReply::NetworkError error = QNetworkReply::NoError; // Fail, or after a Respond body
    QList<QSslError> sslErrors;
    bool atOnce = false;           // finished before createRequest() returns (like a cache hit)

    static FakeAnswer json(const QByteArray &body, int status = 200);
    static FakeAnswer text(const QByteArray &body, const QByteArray &contentType, int status);
    static FakeAnswer html(int status = 200);
    static FakeAnswer status(int status, const RawHeaderList &headers = {});
    static FakeAnswer redirect(int status, const QByteArray &location);
    static FakeAnswer hang();
    static FakeAnswer fail(QNetworkReply::NetworkError error);
    static FakeAnswer transferTimeout();
    static FakeAnswer tlsFailure();
    // The status line and part of the body, then the connection closes.
    static FakeAnswer truncated(const QByteArray &fullBody, qsizetype sent);
};

// One request as the fake network received it.
struct SeenRequest
{
    QNetworkAccessManager::Operation operation = QNetworkAccessManager::GetOperation;
    QByteArray verb;
    QUrl url;
    QNetworkRequest request;
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return request.rawHeader(name); }
    bool hasHeader(const QByteArray &name) const { return request.hasRawHeader(name); }
};

class FakeReply : public QNetworkReply
{
    Q_OBJECT
public:
    FakeReply(const SeenRequest &seen, FakeAnswer answer, QObject *parent);
    ~FakeReply() override;

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }
    void ignoreSslErrors() override;

    bool isOpenExchange() const { return m_open; }
    bool wasAborted() const { return m_aborted; }
    // A hanging reply answers now.
    void release(const FakeAnswer &answer);

Q_SIGNALS:
    void closed();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    void ignoreSslErrorsImplementation(const QList<QSslError> &errors) override;

private:
    void deliver();
    void finishWith(QNetworkReply::NetworkError error, const QString &text);

    FakeAnswer m_answer;
    QByteArray m_data;
    qsizetype m_offset = 0;
    bool m_open = true;
    bool m_aborted = false;
};

class FakeNetwork : public QNetworkAccessManager
{
    Q_OBJECT
public:
    using Responder = std::function<FakeAnswer(const SeenRequest &)>;

    explicit FakeNetwork(QObject *parent = nullptr);

    // Scripted answers are used first, in order; then the responder; then 404.
    void enqueue(const FakeAnswer &answer) { m_script.push_back(answer); }
    void setResponder(Responder responder) { m_responder = std::move(responder); }

    const QList<SeenRequest> &requests() const { return m_requests; }
    int openReplies() const { return m_open; }
    int maxOpenReplies() const { return m_maxOpen; }
    int abortedReplies() const { return m_aborted; }
    int blanketSslIgnores() const { return m_blanketIgnores; }
    int listedSslIgnores() const { return m_listedIgnores; }
    // Replies still hanging, oldest first.
    QList<FakeReply *> hangingReplies() const;
    void resetCounters();

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    friend class FakeReply;
    std::deque<FakeAnswer> m_script;
    Responder m_responder;
    QList<SeenRequest> m_requests;
    QList<QPointer<FakeReply>> m_hanging;
    int m_open = 0;
    int m_maxOpen = 0;
    int m_aborted = 0;
    int m_blanketIgnores = 0;
    int m_listedIgnores = 0;
};
