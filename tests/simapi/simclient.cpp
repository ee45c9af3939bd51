#include "simclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QTimer>

bool HttpResult::isJson() const
{
    QJsonParseError parseError {};
    QJsonDocument::fromJson(body, &parseError);
    return parseError.error == QJsonParseError::NoError;
}

RawHeaders SimClient::Session::headers() const
{
    return { { "Authorization", "Bearer " + token },
             { "X-Nisc-Smarthub-Username", username.toUtf8() } };
}

SimClient::SimClient(const sim::Simulator &simulator)
    : SimClient(simulator.baseUrl(), simulator.caCertificatePem())
{
}

SimClient::SimClient(const QUrl &baseUrl, const QByteArray &caPem)
    : m_base(baseUrl)
    , m_tls(QSslConfiguration::defaultConfiguration())
{
    m_tls.addCaCertificates(QSslCertificate::fromData(caPem));
}

QUrl SimClient::url(const QString &pathAndQuery) const
{
    return m_base.resolved(QUrl(pathAndQuery));
}

HttpResult SimClient::send(const QByteArray &verb, const QString &pathAndQuery,
                           const QByteArray &body, const RawHeaders &headers)
{
    QNetworkRequest request(url(pathAndQuery));
    if (request.url().scheme() == u"https"_qs)
        request.setSslConfiguration(m_tls);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);

    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, reply, &QNetworkReply::abort); // a hung exchange fails the test
    loop.exec();

    HttpResult result;
    result.elapsedMs = timer.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return result;
}

HttpResult SimClient::get(const QString &pathAndQuery, const RawHeaders &headers)
{
    return send("GET", pathAndQuery, {}, headers);
}

HttpResult SimClient::post(const QString &pathAndQuery, const QByteArray &body,
                           const QByteArray &contentType, const RawHeaders &headers)
{
    RawHeaders all = headers;
    all.append({ "Content-Type", contentType });
    return send("POST", pathAndQuery, body, all);
}

HttpResult SimClient::postJson(const QString &pathAndQuery, const QJsonObject &body,
                               const RawHeaders &headers)
{
    return post(pathAndQuery, QJsonDocument(body).toJson(QJsonDocument::Compact),
                "application/json", headers);
}

HttpResult SimClient::login(const QString &userId, const QString &password, const QString &code)
{
    // Form encoding, the way every working client sends it (passwords may hold '&', '+', '#').
    QByteArray form = "userId=" + QUrl::toPercentEncoding(userId)
        + "&password=" + QUrl::toPercentEncoding(password);
    if (!code.isEmpty())
        form += "&twoFactorCode=" + QUrl::toPercentEncoding(code);
    return post(u"/services/oauth/auth/v2"_qs, form, "application/x-www-form-urlencoded");
}

std::optional<SimClient::Session> SimClient::signIn(const QString &userId, const QString &password,
                                                    const QString &code)
{
    const HttpResult result = login(userId, password, code);
    const QJsonObject body = result.object();
    if (result.status != 200 || body.value(u"status"_qs).toString() != u"SUCCESS"_qs)
        return std::nullopt;
    return Session { body.value(u"authorizationToken"_qs).toString().toLatin1(),
                     body.value(u"username"_qs).toString(),
                     body.value(u"expiration"_qs).toInteger() };
}

QJsonObject pollRequest(const QString &timeFrame, qint64 startMs, qint64 endMs,
                        const QString &screen, const QString &account, const QString &location)
{
    return QJsonObject {
        { u"timeFrame"_qs, timeFrame },
        { u"userId"_qs, demo::kEmail },
        { u"screen"_qs, screen },
        { u"includeDemand"_qs, false },
        { u"serviceLocationNumber"_qs, location },
        { u"accountNumber"_qs, account },
        { u"industries"_qs, QJsonArray { u"ELECTRIC"_qs } },
        { u"startDateTime"_qs, startMs },
        { u"endDateTime"_qs, endMs },
    };
}
