// Proves the headless test session is what scripts/test promises: a private D-Bus session with an
// unlocked, throwaway gnome-keyring that QtKeychain can write to, read from and delete from.
// Run by hand outside that session, it skips (no keyring); under scripts/test
// (COOPDESK_EXPECT_KEYRING=1) a missing or locked keyring is a failure.

#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <qt6keychain/keychain.h>

namespace {
const QString service = u"coop.coopdesk.tests"_qs;

struct JobResult
{
    QKeychain::Error error;
    QString message;
    QString secret;
};

template<typename Job>
JobResult run(Job *job)
{
    job->setAutoDelete(false);
    QSignalSpy finished(job, &QKeychain::Job::finished);
    job->start();
    if (!finished.wait(10000))
        return {QKeychain::OtherError, u"timed out"_qs, {}};
    JobResult result{job->error(), job->errorString(), {}};
    if constexpr (std::is_same_v<Job, QKeychain::ReadPasswordJob>)
        result.secret = job->textData();
    delete job;
    return result;
}
} // namespace

class TestKeyring : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writeReadDelete()
    {
        const QString key = u"keyring-check-"_qs + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString secret = u"s3cret-"_qs + QUuid::createUuid().toString(QUuid::WithoutBraces);

        auto *write = new QKeychain::WritePasswordJob(service);
        write->setInsecureFallback(false);
        write->setKey(key);
        write->setTextData(secret);
        const JobResult written = run(write);
        if (written.error != QKeychain::NoError) {
            if (qEnvironmentVariableIsSet("COOPDESK_EXPECT_KEYRING"))
                QFAIL(qPrintable(u"the test session's keyring refused a write: "_qs + written.message));
            QSKIP("no unlocked keyring in this session; scripts/test provides one");
        }

        // The secret is in the real keyring, where secret-tool (libsecret) finds it too.
        QProcess lookup;
        lookup.start(u"secret-tool"_qs, {u"lookup"_qs, u"server"_qs, service, u"user"_qs, key});
        QVERIFY(lookup.waitForFinished(10000));
        QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), secret);

        auto *read = new QKeychain::ReadPasswordJob(service);
        read->setKey(key);
        const JobResult readBack = run(read);
        QCOMPARE(readBack.error, QKeychain::NoError);
        QCOMPARE(readBack.secret, secret);

        auto *remove = new QKeychain::DeletePasswordJob(service);
        remove->setKey(key);
        QCOMPARE(run(remove).error, QKeychain::NoError);

        auto *readAgain = new QKeychain::ReadPasswordJob(service);
        readAgain->setKey(key);
        QCOMPARE(run(readAgain).error, QKeychain::EntryNotFound);
    }
};

QTEST_GUILESS_MAIN(TestKeyring)
#include "tst_keyring.moc"
