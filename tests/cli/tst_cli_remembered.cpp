// What `login --remember` keeps, over a memory store: every part under its own key of portal
// host[:port] and user, read back whole or not at all, removed together; and the one non-secret
// settings entry.
#include "app/cli/rememberedlogin.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace coopdesk::cli;
using coopdesk::net::MemorySecretStore;
using coopdesk::net::SecretStore;
using Status = SecretStore::Status;

namespace {

// Runs one asynchronous RememberedLogin operation to its end.
template<typename Start> SecretStore::Result wait(Start start)
{
    SecretStore::Result result;
    bool done = false;
    start([&](const SecretStore::Result &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        result = { Status::Unavailable, {}, u"timed out"_qs };
    return result;
}

} // namespace

class TestCliRemembered : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void portalKeys()
    {
        QCOMPARE(portalKeyHost(QUrl(u"https://Coop.SmartHub.coop"_qs)), u"coop.smarthub.coop"_qs);
        QCOMPARE(portalKeyHost(QUrl(u"https://coop.smarthub.coop:443"_qs)),
                 u"coop.smarthub.coop"_qs);
        QCOMPARE(portalKeyHost(QUrl(u"https://127.0.0.1:8443"_qs)), u"127.0.0.1:8443"_qs);
        QCOMPARE(portalKeyHost(QUrl(u"http://127.0.0.1:80"_qs)), u"127.0.0.1"_qs);
    }

    void saveLoadRemove()
    {
        MemorySecretStore store;
        RememberedLogin login(&store, u"127.0.0.1:8443"_qs, u"Ann@Example.org"_qs);
        QCOMPARE(login.key(u"token"_qs),
                 SecretStore::key(u"127.0.0.1:8443"_qs, u"ann@example.org"_qs, u"token"_qs));

        StoredLogin kept;
        kept.token = u"header.payload.signature"_qs;
        kept.expiresAtMs = 1'789'063'499'000;
        kept.password = u"pa$$ word"_qs;
        kept.totpSecret = u"GEZDGNBVGY3TQOJQ"_qs;
        QCOMPARE(wait([&](auto done) { login.save(kept, done); }).status, Status::Ok);
        QCOMPARE(store.size(), 4);
        for (const QString &part : RememberedLogin::parts())
            QVERIFY(store.contains(login.key(part)));

        std::optional<StoredLogin> loaded;
        const SecretStore::Result read = wait([&](auto done) {
            login.load(
                [&, done](const SecretStore::Result &r, const std::optional<StoredLogin> &l) {
                    loaded = l;
                    done(r);
                });
        });
        QCOMPARE(read.status, Status::Ok);
        QVERIFY(loaded);
        QCOMPARE(loaded->token, kept.token);
        QCOMPARE(loaded->expiresAtMs, kept.expiresAtMs);
        QCOMPARE(loaded->password, kept.password);
        QCOMPARE(loaded->totpSecret, kept.totpSecret);

        // Saving without a TOTP secret removes the old one.
        kept.totpSecret.clear();
        QCOMPARE(wait([&](auto done) { login.save(kept, done); }).status, Status::Ok);
        QCOMPARE(store.size(), 3);

        // A new token keeps the rest.
        QCOMPARE(wait([&](auto done) { login.saveToken(u"new.token.here"_qs, 42, done); }).status,
                 Status::Ok);
        wait([&](auto done) {
            login.load(
                [&, done](const SecretStore::Result &r, const std::optional<StoredLogin> &l) {
                    loaded = l;
                    done(r);
                });
        });
        QCOMPARE(loaded->token, u"new.token.here"_qs);
        QCOMPARE(loaded->expiresAtMs, 42);
        QCOMPARE(loaded->password, kept.password);
        QVERIFY(loaded->totpSecret.isEmpty());

        QCOMPARE(wait([&](auto done) { login.removeAll(done); }).status, Status::Ok);
        QCOMPARE(store.size(), 0);
        // Removing again is fine.
        QCOMPARE(wait([&](auto done) { login.removeAll(done); }).status, Status::Ok);
    }

    void partialLoginIsNotALogin()
    {
        MemorySecretStore store;
        RememberedLogin login(&store, u"coop.smarthub.coop"_qs, u"ann@example.org"_qs);
        QObject context;
        bool written = false;
        store.write(login.key(u"token"_qs), u"a.b.c"_qs, &context,
                    [&](const SecretStore::Result &) { written = true; });
        QTRY_VERIFY(written);

        std::optional<StoredLogin> loaded;
        const SecretStore::Result read = wait([&](auto done) {
            login.load(
                [&, done](const SecretStore::Result &r, const std::optional<StoredLogin> &l) {
                    loaded = l;
                    done(r);
                });
        });
        QCOMPARE(read.status, Status::NotFound); // no password: nothing usable
        QVERIFY(!loaded);
    }

    void rememberedUsers()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"coopdesk-cli.conf"_qs);
        {
            QSettings settings(file, QSettings::IniFormat);
            RememberedUsers users(settings);
            QVERIFY(users.user(u"127.0.0.1:8443"_qs).isEmpty());
            users.set(u"127.0.0.1:8443"_qs, u"ann@example.org"_qs);
            users.set(u"coop.smarthub.coop"_qs, u"bob@example.org"_qs);
            QCOMPARE(users.user(u"127.0.0.1:8443"_qs), u"ann@example.org"_qs);
        }
        QSettings settings(file, QSettings::IniFormat);
        RememberedUsers users(settings);
        QCOMPARE(users.user(u"127.0.0.1:8443"_qs), u"ann@example.org"_qs); // persisted
        users.remove(u"127.0.0.1:8443"_qs);
        QVERIFY(users.user(u"127.0.0.1:8443"_qs).isEmpty());
        QCOMPARE(users.user(u"coop.smarthub.coop"_qs), u"bob@example.org"_qs);
    }
};

QTEST_GUILESS_MAIN(TestCliRemembered)
#include "tst_cli_remembered.moc"
