// `login --remember` with the real system keychain (gnome-keyring through QtKeychain/libsecret):
// the token is where secret-tool finds it and in no file under HOME; later commands need no
// password; a renewed token goes back to the keychain; `logout` leaves nothing behind.
//
// Needs an unlocked keyring on the session bus: scripts/test provides a throwaway one and sets
// COOPDESK_EXPECT_KEYRING=1 (then a missing keyring is a failure); without it the suite skips.
#include "clitest.h"
#include "net/session/secretstore.h"

#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using coopdesk::net::KeychainSecretStore;
using coopdesk::net::SecretStore;

namespace {

const QString kService = u"coop.coopdesk.CoopDesk"_qs;

// secret-tool's view of the keychain: every item of CoopDesk's service, with its secret.
QString secretToolSearch()
{
    QProcess tool;
    tool.start(u"secret-tool"_qs, { u"search"_qs, u"--all"_qs, u"server"_qs, kService });
    if (!tool.waitForFinished(10'000))
        return {};
    return QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
}

QString secretToolLookup(const QString &key)
{
    QProcess tool;
    tool.start(u"secret-tool"_qs, { u"lookup"_qs, u"server"_qs, kService, u"user"_qs, key });
    if (!tool.waitForFinished(10'000))
        return {};
    return QString::fromUtf8(tool.readAllStandardOutput()).trimmed();
}

} // namespace

class TestCliKeychain : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<CliHarness> m_cli;

    // The key of one remembered part, as coopdesk-cli makes it (portal host:port + user).
    QString key(const QString &part) const
    {
        const QUrl portal = m_sim->baseUrl();
        return SecretStore::key(portal.host() + u':' + QString::number(portal.port()), cast::kDemo,
                                part);
    }

    QProcessEnvironment withoutPassword() const
    {
        QProcessEnvironment env = m_cli->environment();
        env.remove(u"COOPDESK_PASSWORD"_qs);
        return env;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Is there a keychain to talk to? One write through the engine's own store says.
        KeychainSecretStore probe(u"coop.coopdesk.tests"_qs);
        QObject context;
        SecretStore::Result written;
        bool done = false;
        const QString probeKey
            = u"cli-probe-"_qs + QUuid::createUuid().toString(QUuid::WithoutBraces);
        probe.write(probeKey, u"probe"_qs, &context, [&](const SecretStore::Result &r) {
            written = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15'000);
        if (written.status != SecretStore::Status::Ok) {
            if (qEnvironmentVariableIsSet("COOPDESK_EXPECT_KEYRING"))
                QFAIL(qPrintable(u"the test session's keyring refused a write: "_qs
                                 + written.detail));
            QSKIP("no unlocked keyring in this session (scripts/test provides one)");
        }
        done = false;
        probe.remove(probeKey, &context, [&](const SecretStore::Result &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15'000);

        m_sim = std::make_unique<sim::Simulator>();
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
    }

    void init() { m_cli = std::make_unique<CliHarness>(*m_sim); }

    void cleanup()
    {
        // Never leave a test's login in the session's keychain.
        if (m_cli)
            m_cli->run(m_cli->globals() + QStringList { u"logout"_qs });
        m_sim->faults().clear(true);
    }

    void rememberUseLogout()
    {
        const CliRun login
            = m_cli->run(m_cli->globals() + QStringList { u"login"_qs, u"--remember"_qs });
        QVERIFY2(login.exitCode == 0, login.describe().constData());
        QVERIFY(login.outText().contains(u"keychain"_qs));

        // The token is in the real keychain, where secret-tool finds it ...
        const QString token = secretToolLookup(key(u"token"_qs));
        QVERIFY2(token.count(u'.') == 2, qPrintable(u"not a JWT: "_qs + token.left(20)));
        QVERIFY(secretToolSearch().contains(token));
        QCOMPARE(secretToolLookup(key(u"password"_qs)), cast::kDemoPassword);
        QVERIFY(secretToolLookup(key(u"token-expiry"_qs)).toLongLong()
                > QDateTime::currentMSecsSinceEpoch());

        // ... and in no file under HOME; only the non-secret user name is in the settings.
        QCOMPARE(m_cli->filesContaining(token.toUtf8()), QStringList());
        QCOMPARE(m_cli->filesContaining(cast::kDemoPassword.toUtf8()), QStringList());
        QSettings settings(m_cli->home() + u"/.config/CoopDesk/coopdesk-cli.conf"_qs,
                           QSettings::IniFormat);
        QStringList values;
        for (const QString &k : settings.allKeys())
            values << settings.value(k).toString();
        QCOMPARE(values, QStringList { cast::kDemo });

        // Later commands need neither --user nor a password: the keychain has the login.
        const CliRun accounts = m_cli->run(
            { u"--portal"_qs, m_cli->portal(), u"--ca-file"_qs, m_cli->caFile(), u"accounts"_qs },
            withoutPassword());
        QVERIFY2(accounts.exitCode == 0, accounts.describe().constData());
        QVERIFY(accounts.outText().contains(cast::kHome));
        QCOMPARE(m_cli->filesContaining(token.toUtf8()), QStringList());

        const CliRun logout = m_cli->run(
            { u"--portal"_qs, m_cli->portal(), u"--ca-file"_qs, m_cli->caFile(), u"logout"_qs },
            withoutPassword());
        QVERIFY2(logout.exitCode == 0, logout.describe().constData());
        const QString after = secretToolSearch();
        QVERIFY2(!after.contains(token), qPrintable(after));
        QVERIFY2(!after.contains(cast::kDemoPassword), qPrintable(after));
        for (const QString &part :
             { u"token"_qs, u"token-expiry"_qs, u"password"_qs, u"totp-secret"_qs })
            QVERIFY(secretToolLookup(key(part)).isEmpty());
        QSettings afterSettings(m_cli->home() + u"/.config/CoopDesk/coopdesk-cli.conf"_qs,
                                QSettings::IniFormat);
        QVERIFY(afterSettings.allKeys().isEmpty());

        // Nothing remembered any more: a command without a password cannot sign in.
        const CliRun again
            = m_cli->run(m_cli->globals() + QStringList { u"accounts"_qs }, withoutPassword());
        QCOMPARE(again.exitCode, 3);
    }

    // The kept token is refused (the portal forgot it): the command signs in again with the
    // kept password, and the new token replaces the old one in the keychain.
    void renewsWithTheKeptPassword()
    {
        const CliRun login
            = m_cli->run(m_cli->globals() + QStringList { u"login"_qs, u"--remember"_qs });
        QVERIFY2(login.exitCode == 0, login.describe().constData());
        const QString first = secretToolLookup(key(u"token"_qs));
        QVERIFY(!first.isEmpty());

        sim::api::FaultRule expire;
        expire.kind = sim::api::FaultKind::ExpireTokens;
        expire.tokenSeconds = 0;
        expire.remaining = 1;
        m_sim->faults().add(expire);

        const CliRun bills = m_cli->run(
            m_cli->globals() + QStringList { u"bills"_qs, u"--account"_qs, cast::kHome },
            withoutPassword());
        QVERIFY2(bills.exitCode == 0, bills.describe().constData());
        const QString second = secretToolLookup(key(u"token"_qs));
        QVERIFY(!second.isEmpty());
        QVERIFY(second != first);
        QCOMPARE(m_cli->filesContaining(second.toUtf8()), QStringList());
    }

    void mfaMemberKeepsTheSecret()
    {
        QProcessEnvironment env = m_cli->environment();
        env.insert(u"COOPDESK_PASSWORD"_qs, cast::kMfaPassword);
        env.insert(u"COOPDESK_TOTP_SECRET"_qs, cast::kMfaSecret);
        const CliRun login = m_cli->run(
            m_cli->globals(cast::kMfa) + QStringList { u"login"_qs, u"--remember"_qs }, env);
        QVERIFY2(login.exitCode == 0, login.describe().constData());
        QVERIFY(m_cli->filesContaining(cast::kMfaSecret.toUtf8()).isEmpty());

        env.remove(u"COOPDESK_PASSWORD"_qs);
        env.remove(u"COOPDESK_TOTP_SECRET"_qs);
        const CliRun accounts = m_cli->run(
            { u"--portal"_qs, m_cli->portal(), u"--ca-file"_qs, m_cli->caFile(), u"accounts"_qs },
            env);
        QVERIFY2(accounts.exitCode == 0, accounts.describe().constData());
        QVERIFY(accounts.outText().contains(u"Priya Shah"_qs));

        const CliRun logout = m_cli->run(
            { u"--portal"_qs, m_cli->portal(), u"--ca-file"_qs, m_cli->caFile(), u"logout"_qs },
            env);
        QVERIFY2(logout.exitCode == 0, logout.describe().constData());
        QVERIFY(!secretToolSearch().contains(cast::kMfaSecret));
    }

    void noKeychainRemembersNothing()
    {
        const CliRun run = m_cli->run(
            m_cli->globals() + QStringList { u"--no-keychain"_qs, u"login"_qs, u"--remember"_qs });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.errText().contains(u"--no-keychain"_qs));
        QVERIFY(secretToolLookup(key(u"token"_qs)).isEmpty());
    }
};

QTEST_MAIN(TestCliKeychain)
#include "tst_cli_keychain.moc"
