// How long the simulator takes to serve a year of 15-minute usage for one meter (about 35,000
// points, tens of megabytes of SmartHub JSON): once inside the process (building the answer), and
// once end to end over HTTPS to a QNetworkAccessManager client. Target: well under a second.
#include "sim/api/simulator.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTest>
#include <QTimeZone>

namespace {

const QString kEmail = QStringLiteral("demo@mountainvalley.coop");
const QString kPassword = QStringLiteral("Demo-Valley-2026");
const QString kAccount = QStringLiteral("1000123401"); // the demo home
const QString kLocation = QStringLiteral("30001"); // one 15-minute meter
const QDateTime kNow(QDate(2026, 9, 10), QTime(18, 0), Qt::UTC);

QByteArray yearPollBody()
{
    const QTimeZone zone("America/Denver");
    const QDate today = kNow.toTimeZone(zone).date();
    const qint64 end = QDateTime(today, QTime(0, 0), zone).toMSecsSinceEpoch();
    const qint64 start = QDateTime(today.addDays(-365), QTime(0, 0), zone).toMSecsSinceEpoch();
    const QJsonObject body {
        { u"timeFrame"_qs, u"HOURLY"_qs },
        { u"userId"_qs, kEmail },
        { u"screen"_qs, u"USAGE_EXPLORER"_qs },
        { u"includeDemand"_qs, false },
        { u"serviceLocationNumber"_qs, kLocation },
        { u"accountNumber"_qs, kAccount },
        { u"industries"_qs, QJsonArray { u"ELECTRIC"_qs } },
        { u"startDateTime"_qs, start },
        { u"endDateTime"_qs, end },
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

class BenchSimUsage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void yearOfQuarterHoursInProcess();
    void yearOfQuarterHoursOverHttps();

private:
    QNetworkReply *post(const QString &path, const QByteArray &body, const QByteArray &type,
                        bool authorized);
    QByteArray wait(QNetworkReply *reply);

    std::unique_ptr<sim::Simulator> m_simulator;
    QNetworkAccessManager m_network;
    QSslConfiguration m_tls;
    QByteArray m_token;
};

void BenchSimUsage::initTestCase()
{
    sim::Simulator::Options options;
    options.pendingPolls = 0; // measure the answer, not the PENDING round trips
    options.clock = [] {
        return kNow;
    };
    m_simulator = std::make_unique<sim::Simulator>(options);
    QString error;
    QVERIFY2(m_simulator->start(&error), qPrintable(error));
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.addCaCertificates(QSslCertificate::fromData(m_simulator->caCertificatePem()));

    const QByteArray form = "userId=" + QUrl::toPercentEncoding(kEmail)
        + "&password=" + QUrl::toPercentEncoding(kPassword);
    const QJsonObject login
        = QJsonDocument::fromJson(wait(post(u"/services/oauth/auth/v2"_qs, form,
                                            "application/x-www-form-urlencoded", false)))
              .object();
    m_token = login.value(u"authorizationToken"_qs).toString().toLatin1();
    QVERIFY(!m_token.isEmpty());
}

void BenchSimUsage::cleanupTestCase()
{
    m_simulator.reset();
}

QNetworkReply *BenchSimUsage::post(const QString &path, const QByteArray &body,
                                   const QByteArray &type, bool authorized)
{
    QNetworkRequest request(m_simulator->baseUrl().resolved(QUrl(path)));
    request.setSslConfiguration(m_tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, type);
    if (authorized) {
        request.setRawHeader("Authorization", "Bearer " + m_token);
        request.setRawHeader("X-Nisc-Smarthub-Username", kEmail.toUtf8());
    }
    return m_network.post(request, body);
}

QByteArray BenchSimUsage::wait(QNetworkReply *reply)
{
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError)
        qWarning() << reply->errorString();
    return reply->readAll();
}

void BenchSimUsage::yearOfQuarterHoursInProcess()
{
    sim::http::Request request;
    request.method = "POST";
    request.path = u"/services/secured/utility-usage/poll"_qs;
    request.peer = QHostAddress(QHostAddress::LocalHost);
    request.headers = { { "Authorization", "Bearer " + m_token },
                        { "X-Nisc-Smarthub-Username", kEmail.toUtf8() },
                        { "Content-Type", "application/json" } };
    request.body = yearPollBody();
    qsizetype bytes = 0;
    QBENCHMARK
    {
        const sim::http::Reply reply = m_simulator->handle(request);
        bytes = reply.response.body.size();
    }
    QVERIFY(bytes > 1'000'000);
    qInfo("answer: %.1f MB", double(bytes) / 1e6);
}

void BenchSimUsage::yearOfQuarterHoursOverHttps()
{
    const QByteArray body = yearPollBody();
    QByteArray answer;
    QBENCHMARK
    {
        answer = wait(
            post(u"/services/secured/utility-usage/poll"_qs, body, "application/json", true));
    }
    // Outside the measurement: the answer really is a year of 15-minute points.
    const QJsonObject complete = QJsonDocument::fromJson(answer).object();
    QCOMPARE(complete.value(u"status"_qs).toString(), u"COMPLETE"_qs);
    const QJsonArray points
        = complete[u"data"_qs][u"ELECTRIC"_qs][0][u"series"_qs][0][u"data"_qs].toArray();
    QVERIFY2(points.size() >= 365 * 96 - 8, qPrintable(QString::number(points.size())));
    qInfo("%lld points, %.1f MB over HTTPS", qlonglong(points.size()), double(answer.size()) / 1e6);
}

QTEST_MAIN(BenchSimUsage)
#include "bench_sim_usage.moc"
