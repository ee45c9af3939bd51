#pragma once

#include "sim/api/simulator.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QUrl>

#include <optional>

// What a real client saw of one HTTPS exchange with the simulator.
struct HttpResult
{
    int status = 0; // 0 when no HTTP answer arrived
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    bool isJson() const;
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
};

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

// A QNetworkAccessManager client for one simulator: HTTPS trusting exactly the simulator's CA
// (added to each request's QSslConfiguration; no error is ever ignored), one request at a time.
class SimClient
{
public:
    struct Session
    {
        QByteArray token;
        QString username;
        qint64 expiration = 0;
        RawHeaders headers() const;
    };

    explicit SimClient(const sim::Simulator &simulator);
    SimClient(const QUrl &baseUrl, const QByteArray &caPem);

    HttpResult get(const QString &pathAndQuery, const RawHeaders &headers = {});
    HttpResult post(const QString &pathAndQuery, const QByteArray &body,
                    const QByteArray &contentType, const RawHeaders &headers = {});
    HttpResult postJson(const QString &pathAndQuery, const QJsonObject &body,
                        const RawHeaders &headers = {});
    HttpResult send(const QByteArray &verb, const QString &pathAndQuery,
                    const QByteArray &body = {}, const RawHeaders &headers = {});

    // POST /services/oauth/auth/v2 with a form-encoded body.
    HttpResult login(const QString &userId, const QString &password, const QString &code = {});
    std::optional<Session> signIn(const QString &userId, const QString &password,
                                  const QString &code = {});

    QUrl url(const QString &pathAndQuery) const;

private:
    QNetworkAccessManager m_network;
    QUrl m_base;
    QSslConfiguration m_tls;
};

// The simulator's demo cast (sim/world/coopbuilder.cpp).
namespace demo {
inline const QString kEmail = QStringLiteral("demo@mountainvalley.coop");
inline const QString kPassword = QStringLiteral("Demo-Valley-2026");
inline const QString kHomeAccount = QStringLiteral("1000123401");
inline const QString kHomeLocation = QStringLiteral("30001");
inline const QString kLastName = QStringLiteral("Rivera");
inline const QString kCardMethod = QStringLiteral("pm-1001");
inline const QString kMfaEmail = QStringLiteral("priya.shah@example.com");
inline const QString kMfaPassword = QStringLiteral("Mfa-Valley-2026");
inline const QString kMfaSecret = QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
inline const QString kOtherEmail = QStringLiteral("terry.blake@example.com");
inline const QString kOtherPassword = QStringLiteral("Lockout-Valley-2026");
inline const QString kOtherAccount = QStringLiteral("1000200201");
inline const QString kOtherLocation = QStringLiteral("30201");
} // namespace demo

// A usage poll body as the SmartHub web app sends it.
QJsonObject pollRequest(const QString &timeFrame, qint64 startMs, qint64 endMs,
                        const QString &screen = QStringLiteral("USAGE_EXPLORER"),
                        const QString &account = demo::kHomeAccount,
                        const QString &location = demo::kHomeLocation);
