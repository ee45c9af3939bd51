// The secret stores: the memory store's semantics (asynchronous callbacks, only while the
// context lives, wipe), the key format, and the QtKeychain store against the real gnome-keyring
// of scripts/test (where secret-tool must find what was written, under the reverse-DNS service).

#include "net/session/secretstore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace coopdesk::net;

namespace {

// One callback's result, filled in when it arrives.
struct Answer
{
    std::optional<SecretStore::Result> result;
    int calls = 0;
    SecretStore::Callback callback()
    {
        return [this](const SecretStore::Result &r) {
            result = r;
            ++calls;
        };
    }
    bool wait()
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, 15000);
    }
};

char *statusName(SecretStore::Status status)
{
    switch (status) {
    case SecretStore::Status::Ok:
        return qstrdup("Ok");
    case SecretStore::Status::NotFound:
        return qstrdup("NotFound");
    case SecretStore::Status::Unavailable:
        return qstrdup("Unavailable");
    }
    return qstrdup("?");
}

// What libsecret itself finds for the key: the proof that the secret is in the real keyring.
std::optional<QString> secretToolLookup(const QString &service, const QString &key)
{
    QProcess lookup;
    lookup.start(u"secret-tool"_qs, { u"lookup"_qs, u"server"_qs, service, u"user"_qs, key });
    if (!lookup.waitForFinished(10000) || lookup.exitStatus() != QProcess::NormalExit)
        return std::nullopt;
    if (lookup.exitCode() != 0)
        return QString();
    return QString::fromUtf8(lookup.readAllStandardOutput());
}

} // namespace

namespace coopdesk::net {
char *toString(SecretStore::Status status)
{
    return statusName(status);
}
} // namespace coopdesk::net

class TestNetSessionSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyFormat()
    {
        QCOMPARE(SecretStore::key(u" Coop.SmartHub.coop "_qs, u"Ann@X.org"_qs, u"token"_qs),
                 u"coop.smarthub.coop/ann@x.org/token"_qs);
        QCOMPARE(
            SecretStore::key(u"127.0.0.1:8443"_qs, u"demo@mountainvalley.coop"_qs, u"password"_qs),
            u"127.0.0.1:8443/demo@mountainvalley.coop/password"_qs);
    }

    // --- MemorySecretStore ---

    void memoryRoundTrip()
    {
        MemorySecretStore store;
        QVERIFY(!store.isPersistent());
        QObject context;
        const QString key = SecretStore::key(u"h"_qs, u"u"_qs, u"token"_qs);

        Answer written;
        store.write(key, u"s3cret"_qs, &context, written.callback());
        QCOMPARE(written.calls, 0); // never inside the call
        QVERIFY(written.wait());
        QCOMPARE(written.result->status, SecretStore::Status::Ok);

        Answer read;
        store.read(key, &context, read.callback());
        QCOMPARE(read.calls, 0);
        QVERIFY(read.wait());
        QCOMPARE(read.result->status, SecretStore::Status::Ok);
        QCOMPARE(read.result->secret, u"s3cret"_qs);

        Answer overwritten;
        store.write(key, u"newer"_qs, &context, overwritten.callback());
        QVERIFY(overwritten.wait());
        Answer readAgain;
        store.read(key, &context, readAgain.callback());
        QVERIFY(readAgain.wait());
        QCOMPARE(readAgain.result->secret, u"newer"_qs);

        Answer removed;
        store.remove(key, &context, removed.callback());
        QCOMPARE(removed.calls, 0);
        QVERIFY(removed.wait());
        QCOMPARE(removed.result->status, SecretStore::Status::Ok);

        Answer missing;
        store.read(key, &context, missing.callback());
        QVERIFY(missing.wait());
        QCOMPARE(missing.result->status, SecretStore::Status::NotFound);
        QVERIFY(missing.result->secret.isEmpty());

        Answer removedTwice; // removing what is not there is fine
        store.remove(key, &context, removedTwice.callback());
        QVERIFY(removedTwice.wait());
        QCOMPARE(removedTwice.result->status, SecretStore::Status::Ok);
        QCOMPARE(removedTwice.calls, 1);
    }

    void memoryCallbacksKeepOrder()
    {
        MemorySecretStore store;
        QObject context;
        QStringList order;
        store.write(u"k"_qs, u"1"_qs, &context,
                    [&](const SecretStore::Result &) { order << u"write"_qs; });
        store.read(u"k"_qs, &context,
                   [&](const SecretStore::Result &r) { order << u"read "_qs + r.secret; });
        store.remove(u"k"_qs, &context,
                     [&](const SecretStore::Result &) { order << u"remove"_qs; });
        QTRY_COMPARE(order.size(), 3);
        QCOMPARE(order, (QStringList { u"write"_qs, u"read 1"_qs, u"remove"_qs }));
    }

    void memoryNoCallbackAfterContextIsGone()
    {
        MemorySecretStore store;
        auto context = std::make_unique<QObject>();
        int calls = 0;
        store.write(u"k"_qs, u"v"_qs, context.get(), [&](const SecretStore::Result &) { ++calls; });
        store.read(u"k"_qs, context.get(), [&](const SecretStore::Result &) { ++calls; });
        context.reset();
        // A later callback on a live context proves the queue was processed.
        QObject alive;
        Answer after;
        store.read(u"k"_qs, &alive, after.callback());
        QVERIFY(after.wait());
        QCOMPARE(calls, 0);
        QCOMPARE(after.result->secret, u"v"_qs); // the write itself happened
    }

    void memoryWipe()
    {
        MemorySecretStore store;
        QObject context;
        store.write(u"a"_qs, u"1"_qs, &context, {});
        store.write(u"b"_qs, u"2"_qs, &context, {});
        QCOMPARE(store.size(), 2);
        QVERIFY(store.contains(u"a"_qs));
        store.wipe();
        QCOMPARE(store.size(), 0);
        Answer read;
        store.read(u"a"_qs, &context, read.callback());
        QVERIFY(read.wait());
        QCOMPARE(read.result->status, SecretStore::Status::NotFound);
    }

    // --- KeychainSecretStore (real gnome-keyring under scripts/test) ---

    void keychainRoundTrip()
    {
        KeychainSecretStore store;
        QCOMPARE(store.service(), u"coop.coopdesk.CoopDesk"_qs);
        QVERIFY(store.isPersistent());
        QObject context;
        const QString key
            = SecretStore::key(u"tests.smarthub.coop"_qs,
                               u"keychain-"_qs + QUuid::createUuid().toString(QUuid::WithoutBraces)
                                   + u"@example.org"_qs,
                               u"token"_qs);
        const QString secret
            = u"eyJ0ZXN0In0."_qs + QUuid::createUuid().toString(QUuid::WithoutBraces);

        Answer written;
        store.write(key, secret, &context, written.callback());
        QCOMPARE(written.calls, 0);
        QVERIFY(written.wait());
        if (written.result->status == SecretStore::Status::Unavailable) {
            QVERIFY(!written.result->detail.isEmpty()); // QtKeychain's own words
            if (qEnvironmentVariableIsSet("COOPDESK_EXPECT_KEYRING"))
                QFAIL(qPrintable(u"the test session's keyring refused a write: "_qs
                                 + written.result->detail));
            QSKIP(qPrintable(u"no unlocked keyring in this session (scripts/test provides one): "_qs
                             + written.result->detail));
        }
        QCOMPARE(written.result->status, SecretStore::Status::Ok);

        // In the real keyring, where libsecret's own tool finds it under the service name.
        QCOMPARE(secretToolLookup(store.service(), key), std::optional<QString>(secret));

        Answer read;
        store.read(key, &context, read.callback());
        QVERIFY(read.wait());
        QCOMPARE(read.result->status, SecretStore::Status::Ok);
        QCOMPARE(read.result->secret, secret);

        Answer overwritten;
        store.write(key, u"second"_qs, &context, overwritten.callback());
        QVERIFY(overwritten.wait());
        QCOMPARE(overwritten.result->status, SecretStore::Status::Ok);
        Answer readAgain;
        store.read(key, &context, readAgain.callback());
        QVERIFY(readAgain.wait());
        QCOMPARE(readAgain.result->secret, u"second"_qs);

        Answer removed;
        store.remove(key, &context, removed.callback());
        QVERIFY(removed.wait());
        QCOMPARE(removed.result->status, SecretStore::Status::Ok);
        QCOMPARE(secretToolLookup(store.service(), key), std::optional<QString>(QString()));

        Answer missing;
        store.read(key, &context, missing.callback());
        QVERIFY(missing.wait());
        QCOMPARE(missing.result->status, SecretStore::Status::NotFound);

        Answer removedTwice;
        store.remove(key, &context, removedTwice.callback());
        QVERIFY(removedTwice.wait());
        QCOMPARE(removedTwice.result->status, SecretStore::Status::Ok);
        QCOMPARE(removedTwice.calls, 1);
    }

    void keychainNoCallbackAfterContextIsGone()
    {
        KeychainSecretStore store(u"coop.coopdesk.tests"_qs);
        const QString key = u"context-"_qs + QUuid::createUuid().toString(QUuid::WithoutBraces);
        int calls = 0;
        {
            QObject context;
            store.write(key, u"v"_qs, &context, [&](const SecretStore::Result &) { ++calls; });
        }
        // The job still runs; a later one on a live context answers after it (jobs are queued).
        QObject alive;
        Answer read;
        store.read(key, &alive, read.callback());
        QVERIFY(read.wait());
        QCOMPARE(calls, 0);
        if (read.result->status == SecretStore::Status::Ok) {
            QCOMPARE(read.result->secret, u"v"_qs);
            Answer removed;
            store.remove(key, &alive, removed.callback());
            QVERIFY(removed.wait());
        }
    }
};

QTEST_GUILESS_MAIN(TestNetSessionSecretStore)
#include "tst_net_session_secretstore.moc"
