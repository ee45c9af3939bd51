// The smarthub-sim executable as a user runs it: it prints where it serves, writes the CA file,
// answers a login over HTTPS, lists the demo members in --help, and stops cleanly on SIGTERM.
#include "simclient.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kExecutable = QStringLiteral(SMARTHUB_SIM_EXECUTABLE);
}

class TestSmarthubSim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesHttpsUntilTerminated();
    void helpListsTheDemoMembers();
    void badArgumentsFail_data();
    void badArgumentsFail();
};

void TestSmarthubSim::servesHttpsUntilTerminated()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString caFile = dir.filePath(u"ca.pem"_qs);
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(kExecutable,
                  { u"--listen"_qs, u"127.0.0.1:0"_qs, u"--ca-out"_qs, caFile, u"--now"_qs,
                    u"2026-09-10T18:00:00Z"_qs, u"--fault"_qs, u"latency=1@/services/secured"_qs });
    QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));

    QString line;
    QTRY_VERIFY_WITH_TIMEOUT(
        (line += QString::fromUtf8(process.readAllStandardOutput()), line.contains(u'\n')), 20000);
    QVERIFY2(line.startsWith(u"Serving https://127.0.0.1:"_qs), qPrintable(line));
    const QUrl base(line.trimmed().mid(8));
    QVERIFY(base.port() > 0);

    QFile ca(caFile);
    QVERIFY(ca.open(QIODevice::ReadOnly));
    SimClient client(base, ca.readAll());
    const HttpResult login = client.login(demo::kEmail, demo::kPassword);
    QCOMPARE(login.error, QNetworkReply::NoError);
    QCOMPARE(login.object().value(u"status"_qs).toString(), u"SUCCESS"_qs);
    // --now fixed the clock: the token expires 299 s after that instant (give or take the
    // seconds the process has been running).
    const qint64 expected
        = QDateTime(QDate(2026, 9, 10), QTime(18, 0), Qt::UTC).toSecsSinceEpoch() + 299;
    QVERIFY(qAbs(login.object().value(u"expiration"_qs).toInteger() - expected) < 30);

    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestSmarthubSim::helpListsTheDemoMembers()
{
    QProcess process;
    process.start(kExecutable, { u"--help"_qs });
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY(help.contains(u"Demo members"_qs));
    QVERIFY(help.contains(demo::kEmail + u"  password: "_qs + demo::kPassword));
    QVERIFY(help.contains(demo::kMfaEmail));
    QVERIFY(help.contains(u"--fault"_qs));
    QVERIFY(help.contains(u"status=503@/services/secured/utility-usage,count=3"_qs));
    QVERIFY(help.contains(u"--insecure-http"_qs));
}

void TestSmarthubSim::badArgumentsFail_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("fault") << QStringList { u"--fault"_qs, u"teapot"_qs } << 2;
    QTest::newRow("listen") << QStringList { u"--listen"_qs, u"nowhere"_qs } << 2;
    QTest::newRow("now") << QStringList { u"--now"_qs, u"yesterday"_qs } << 2;
    QTest::newRow("http off loopback")
        << QStringList { u"--insecure-http"_qs, u"--listen"_qs, u"0.0.0.0:0"_qs } << 1;
}

void TestSmarthubSim::badArgumentsFail()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QProcess process;
    process.start(kExecutable, arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), exitCode);
    QVERIFY(!process.readAllStandardError().isEmpty());
}

QTEST_MAIN(TestSmarthubSim)
#include "tst_smarthub_sim.moc"
