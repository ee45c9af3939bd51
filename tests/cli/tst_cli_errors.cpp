// How coopdesk-cli fails: the exit status a script branches on, and on stderr the same sentence
// a member would see in the app (PortalError::message(), translated), with --verbose adding the
// redacted detail. Also the ways a password and a verification code come in, and Ctrl-C.
#include "clitest.h"
#include "net/session/totp.h"
#include "net/transport/portalerror.h"

#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

#include <csignal>

using coopdesk::net::ErrorKind;
using coopdesk::net::PortalError;

namespace {

QString sentence(ErrorKind kind)
{
    return PortalError::make(kind).message();
}

sim::api::FaultRule fault(sim::api::FaultKind kind, const QString &pathPrefix, int count = 1)
{
    sim::api::FaultRule rule;
    rule.kind = kind;
    rule.pathPrefix = pathPrefix;
    rule.remaining = count;
    return rule;
}

} // namespace

class TestCliErrors : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<CliHarness> m_cli;

    CliRun cli(const QStringList &arguments) { return m_cli->run(m_cli->globals() + arguments); }

private Q_SLOTS:
    void initTestCase()
    {
        m_sim = std::make_unique<sim::Simulator>();
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
    }

    void init() { m_cli = std::make_unique<CliHarness>(*m_sim); }
    void cleanup() { m_sim->faults().clear(true); }

    void wrongPassword()
    {
        QProcessEnvironment env = m_cli->environment();
        env.insert(u"COOPDESK_PASSWORD"_qs, u"not-the-password"_qs);
        const CliRun run = m_cli->run(m_cli->globals() + QStringList { u"accounts"_qs }, env);
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.errText().trimmed(), sentence(ErrorKind::BadCredentials));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.contains("not-the-password"));
    }

    void wrongPasswordInSpanish()
    {
        // The executable loads its embedded catalogue for the member's locale; the test loads the
        // same .qm from the linked coopdesk_cli to know the sentence.
        QTranslator spanish;
        QVERIFY(spanish.load(QLocale(QLocale::Spanish, QLocale::Mexico), u"coopdesk"_qs, u"_"_qs,
                             u":/i18n"_qs));
        QCoreApplication::installTranslator(&spanish);
        const QString expected = sentence(ErrorKind::BadCredentials);
        QCoreApplication::removeTranslator(&spanish);
        QVERIFY(expected != sentence(ErrorKind::BadCredentials));

        QProcessEnvironment env = m_cli->environment();
        env.insert(u"COOPDESK_PASSWORD"_qs, u"not-the-password"_qs);
        env.insert(u"LANG"_qs, u"es_MX.UTF-8"_qs);
        env.insert(u"LC_ALL"_qs, u"es_MX.UTF-8"_qs);
        const CliRun run = m_cli->run(m_cli->globals() + QStringList { u"accounts"_qs }, env);
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.errText().trimmed(), expected);
    }

    void verboseAddsTheDetail()
    {
        QProcessEnvironment env = m_cli->environment();
        env.insert(u"COOPDESK_PASSWORD"_qs, u"not-the-password"_qs);
        const CliRun run
            = m_cli->run(m_cli->globals() + QStringList { u"--verbose"_qs, u"accounts"_qs }, env);
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.errText().contains(sentence(ErrorKind::BadCredentials)));
        QVERIFY(run.errText().contains(u"Detail: "_qs));
        QVERIFY(!run.err.contains("not-the-password")); // redacted, always
    }

    void portalUnreachable()
    {
        // A simulator that was there and is gone: connection refused.
        sim::Simulator gone;
        QVERIFY(gone.start());
        CliHarness harness(gone);
        gone.stop();
        const CliRun run = harness.run(harness.globals() + QStringList { u"accounts"_qs });
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(run.errText().trimmed(), sentence(ErrorKind::Offline));
    }

    void wrongCertificateAuthority()
    {
        const QString otherCa = m_cli->home() + u"/../other-ca.pem"_qs;
        QFile file(otherCa);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(unrelatedCaPem());
        file.close();
        const CliRun run = m_cli->run({ u"--portal"_qs, m_cli->portal(), u"--ca-file"_qs, otherCa,
                                        u"--user"_qs, cast::kDemo, u"accounts"_qs });
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(run.errText().trimmed(), sentence(ErrorKind::Tls));

        // No CA at all: the simulator's certificate is not trusted by the system either.
        const CliRun none = m_cli->run(
            { u"--portal"_qs, m_cli->portal(), u"--user"_qs, cast::kDemo, u"accounts"_qs });
        QCOMPARE(none.exitCode, 4);
        QCOMPARE(none.errText().trimmed(), sentence(ErrorKind::Tls));
    }

    void plainHttpOnlyWhenAskedForLoopback()
    {
        sim::SimulatorOptions options;
        options.tls = false;
        sim::Simulator plain(options);
        QVERIFY(plain.start());
        const QStringList arguments = { u"--portal"_qs, plain.baseUrl().toString(), u"--user"_qs,
                                        cast::kDemo, u"accounts"_qs };
        const CliRun refused = m_cli->run(arguments);
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(refused.errText().trimmed(), sentence(ErrorKind::InsecurePortal));

        const CliRun allowed
            = m_cli->run(QStringList { u"--allow-insecure-loopback"_qs } + arguments);
        QVERIFY2(allowed.exitCode == 0, allowed.describe().constData());
        QVERIFY(allowed.outText().contains(cast::kHome));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown command") << QStringList { u"balance"_qs };
        QTest::newRow("missing account") << QStringList { u"bills"_qs };
        QTest::newRow("bad date") << QStringList {
            u"usage"_qs, u"--account"_qs,  cast::kHome,      u"--from"_qs, u"2026-13-01"_qs,
            u"--to"_qs,  u"2026-12-01"_qs, u"--interval"_qs, u"daily"_qs
        };
        QTest::newRow("unknown account") << QStringList { u"bills"_qs, u"--account"_qs, u"999"_qs };
        QTest::newRow("unknown location")
            << QStringList { u"usage"_qs,      u"--account"_qs,  cast::kHome,      u"--location"_qs,
                             u"30002"_qs,      u"--from"_qs,     u"2026-01-01"_qs, u"--to"_qs,
                             u"2026-01-01"_qs, u"--interval"_qs, u"daily"_qs };
        QTest::newRow("http portal")
            << QStringList { u"--portal"_qs, u"http://coop.example.org"_qs, u"accounts"_qs };
        QTest::newRow("unreadable CA")
            << QStringList { u"--ca-file"_qs, u"/nonexistent/ca.pem"_qs, u"accounts"_qs };
        QTest::newRow("remember without keychain")
            << QStringList { u"--no-keychain"_qs, u"login"_qs, u"--remember"_qs };
    }

    void badUsage()
    {
        QFETCH(QStringList, arguments);
        const CliRun run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(run.out.isEmpty());
    }

    void noUserAtAll()
    {
        const CliRun run = m_cli->run(
            { u"--portal"_qs, m_cli->portal(), u"--ca-file"_qs, m_cli->caFile(), u"accounts"_qs });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.errText().contains(u"--user"_qs));
    }

    void portalErrors_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("errorKind");
        QTest::newRow("500") << int(sim::api::FaultKind::Status) << int(ErrorKind::PortalError);
        QTest::newRow("html") << int(sim::api::FaultKind::Html) << int(ErrorKind::UnexpectedAnswer);
        QTest::newRow("403") << int(sim::api::FaultKind::Forbidden) << int(ErrorKind::Forbidden);
    }

    void portalErrors()
    {
        QFETCH(int, kind);
        QFETCH(int, errorKind);
        sim::api::FaultRule rule
            = fault(sim::api::FaultKind(kind), u"/services/secured/billing"_qs, -1);
        rule.status = 500;
        m_sim->faults().add(rule);
        const CliRun run = cli({ u"bills"_qs, u"--account"_qs, cast::kHome });
        QCOMPARE(run.exitCode, 5);
        QCOMPARE(run.errText().trimmed(), sentence(ErrorKind(errorKind)));
    }

    void mfaWithoutSecret()
    {
        QProcessEnvironment env = m_cli->environment();
        env.insert(u"COOPDESK_PASSWORD"_qs, cast::kMfaPassword);
        const CliRun run
            = m_cli->run(m_cli->globals(cast::kMfa) + QStringList { u"accounts"_qs }, env);
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.errText().trimmed(), sentence(ErrorKind::MfaRequired));
    }

    void mfaCodeTypedOnStdin()
    {
        QProcessEnvironment env = m_cli->environment();
        env.insert(u"COOPDESK_PASSWORD"_qs, cast::kMfaPassword);
        const auto totp = coopdesk::net::Totp::fromSecret(cast::kMfaSecret);
        QVERIFY(totp);
        const QString code = totp->codeAt(QDateTime::currentSecsSinceEpoch());
        const CliRun run = m_cli->run(m_cli->globals(cast::kMfa) + QStringList { u"accounts"_qs },
                                      env, code.toUtf8() + '\n');
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QVERIFY(run.outText().contains(u"Priya Shah"_qs));

        const CliRun wrong = m_cli->run(m_cli->globals(cast::kMfa) + QStringList { u"accounts"_qs },
                                        env, "000000\n");
        QCOMPARE(wrong.exitCode, 3);
    }

    void badTotpSecret()
    {
        QProcessEnvironment env = m_cli->environment();
        env.insert(u"COOPDESK_PASSWORD"_qs, cast::kMfaPassword);
        env.insert(u"COOPDESK_TOTP_SECRET"_qs, u"not base32!"_qs);
        const CliRun run
            = m_cli->run(m_cli->globals(cast::kMfa) + QStringList { u"accounts"_qs }, env);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.errText().contains(u"COOPDESK_TOTP_SECRET"_qs));
    }

    void passwordFromStdin()
    {
        QProcessEnvironment env = m_cli->environment();
        env.remove(u"COOPDESK_PASSWORD"_qs);
        const CliRun run = m_cli->run(m_cli->globals() + QStringList { u"accounts"_qs }, env,
                                      cast::kDemoPassword.toUtf8() + '\n');
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QVERIFY(run.outText().contains(cast::kHome));

        const CliRun none = m_cli->run(m_cli->globals() + QStringList { u"accounts"_qs }, env);
        QCOMPARE(none.exitCode, 3);
        QVERIFY(none.errText().contains(u"COOPDESK_PASSWORD"_qs));
    }

    // No keychain service at all: said in plain words, then a session-only sign-in; never a
    // plaintext fallback.
    void keychainUnavailable()
    {
        QProcessEnvironment env = m_cli->environment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_qs,
                   u"unix:path="_qs + m_cli->home() + u"/no-bus"_qs);
        env.remove(u"DISPLAY"_qs);
        env.remove(u"WAYLAND_DISPLAY"_qs);
        const QString settingsFile = m_cli->home() + u"/.config/CoopDesk/coopdesk-cli.conf"_qs;

        const CliRun login
            = m_cli->run(m_cli->globals() + QStringList { u"login"_qs, u"--remember"_qs }, env);
        QVERIFY2(login.exitCode == 0, login.describe().constData());
        QVERIFY(login.errText().contains(sentence(ErrorKind::KeychainUnavailable)));
        QVERIFY(!login.outText().contains(u"keychain"_qs)); // not claimed as remembered
        QVERIFY(QSettings(settingsFile, QSettings::IniFormat).allKeys().isEmpty());
        QCOMPARE(m_cli->filesContaining(cast::kDemoPassword.toUtf8()), QStringList());

        // A login remembered earlier whose keychain has gone away.
        const QUrl portal = m_sim->baseUrl();
        {
            QSettings settings(settingsFile, QSettings::IniFormat);
            settings.setValue(u"rememberedUsers/"_qs + portal.host() + u':'
                                  + QString::number(portal.port()),
                              cast::kDemo);
        }
        const CliRun accounts = m_cli->run(
            { u"--portal"_qs, m_cli->portal(), u"--ca-file"_qs, m_cli->caFile(), u"accounts"_qs },
            env);
        QVERIFY2(accounts.exitCode == 0, accounts.describe().constData());
        QVERIFY(accounts.errText().contains(sentence(ErrorKind::KeychainUnavailable)));
        QVERIFY(accounts.outText().contains(cast::kHome));

        // Logout cannot reach the keychain to remove what may be there: it says so.
        const CliRun logout = m_cli->run(
            { u"--portal"_qs, m_cli->portal(), u"--ca-file"_qs, m_cli->caFile(), u"logout"_qs },
            env);
        QCOMPARE(logout.exitCode, 3);
        QVERIFY(logout.errText().contains(u"keychain"_qs));
    }

    // Ctrl-C during a usage pull: the pull is cancelled, nothing is written, status 130.
    void interruptCancelsThePull()
    {
        m_sim->faults().add(
            fault(sim::api::FaultKind::PendingForever, u"/services/secured/utility-usage"_qs, -1));
        const QString path = m_cli->home() + u"/usage.csv"_qs;
        QSignalSpy handled(m_sim.get(), &sim::Simulator::requestHandled);
        const CliRun run = m_cli->run(
            m_cli->globals()
                + QStringList { u"usage"_qs, u"--account"_qs, cast::kHome, u"--from"_qs,
                                u"2026-01-01"_qs, u"--to"_qs, u"2026-03-31"_qs, u"--interval"_qs,
                                u"hourly"_qs, u"--output"_qs, path },
            m_cli->environment(), [&handled](QProcess &process) {
                process.closeWriteChannel();
                // Once the pull is polling (and getting PENDING), interrupt it as Ctrl-C does.
                auto polling = [&handled] {
                    for (const QList<QVariant> &call : handled) {
                        if (call.at(1).toString().contains(u"utility-usage"_qs))
                            return true;
                    }
                    return false;
                };
                QTRY_VERIFY_WITH_TIMEOUT(polling(), 30'000);
                ::kill(pid_t(process.processId()), SIGINT);
            });
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 130);
        QCOMPARE(run.errText().trimmed(), sentence(ErrorKind::Cancelled));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestCliErrors)
#include "tst_cli_errors.moc"
