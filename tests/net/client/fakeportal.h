#pragma once

// A portal faked at the network-manager boundary, for the branches the simulator cannot be made
// to take (a poll answering FAILED or an odd status, an empty user-data, a hanging call, a bill
// "PDF" of a few bytes). Answers arrive from the event loop, as Qt's own do.

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

#include <functional>

struct CannedAnswer
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    bool hang = false; // no answer until aborted

    static CannedAnswer json(const QByteArray &body, int status = 200)
    {
        return { status, body, "application/json", false };
    }
    static CannedAnswer hanging() { return { 0, {}, {}, true }; }
};

struct SeenCall
{
    QByteArray verb;
    QString path;
    QUrl url;
    QByteArray body;
};

class CannedReply : public QNetworkReply
{
    Q_OBJECT
public:
    CannedReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
                CannedAnswer answer, QObject *parent);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }
    bool wasAborted() const { return m_aborted; }

Q_SIGNALS:
    void aborted();

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void deliver();

    CannedAnswer m_answer;
    qsizetype m_offset = 0;
    bool m_done = false;
    bool m_aborted = false;
};

class FakePortal : public QNetworkAccessManager
{
    Q_OBJECT
public:
    using Responder = std::function<CannedAnswer(const SeenCall &)>;

    explicit FakePortal(Responder responder, QObject *parent = nullptr);

    const QList<SeenCall> &calls() const { return m_calls; }
    int callsTo(const QString &path) const;
    int aborted() const { return m_aborted; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    Responder m_responder;
    QList<SeenCall> m_calls;
    int m_aborted = 0;
};
