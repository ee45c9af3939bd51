#include "secretstore.h"

#include "net/transport/redactor.h"
#include "sessionlog.h"

#include <QMetaObject>
#include <QPointer>
#include <qt6keychain/keychain.h>

namespace coopdesk::net {

namespace {

// Runs `done(result)` later on `context`'s thread, and only if `context` still exists then
// (events posted to a deleted object are dropped; the QPointer covers a null context).
void deliverLater(QObject *context, SecretStore::Callback done, SecretStore::Result result)
{
    if (!context || !done)
        return;
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        context,
        [guard, done = std::move(done), result = std::move(result)] {
            if (guard)
                done(result);
        },
        Qt::QueuedConnection);
}

// Overwrites a string's characters before letting it go, when this copy is the only one (a
// shared buffer belongs to others too, and literal data is read-only).
void wipeString(QString &text)
{
    if (!text.isEmpty() && text.isDetached())
        std::fill_n(text.data(), text.size(), QChar(u'\0'));
    text.clear();
}

// QtKeychain 0.13 on Linux (toolchain.md): a locked keyring answers a read with EntryNotFound,
// so NotFound may also mean "locked"; everything that is not "no such entry" means the keychain
// cannot be used right now.
SecretStore::Result resultOf(const QKeychain::Job &job)
{
    SecretStore::Result result;
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = SecretStore::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        result.status = SecretStore::Status::NotFound;
        result.detail = job.errorString();
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    default:
        result.status = SecretStore::Status::Unavailable;
        result.detail = job.errorString();
        break;
    }
    return result;
}

// Starts `job` and hands its outcome to `done` on `context` later. The job deletes itself; the
// outcome is copied out in the (direct) finished handler while the job is still alive.
void runJob(QKeychain::Job *job, const QString &operation, const QString &key, QObject *context,
            SecretStore::Callback done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [operation, key, context = QPointer<QObject>(context),
                      done = std::move(done)](QKeychain::Job *finished) mutable {
                         SecretStore::Result result = resultOf(*finished);
                         // Removing what is not there is not a failure.
                         if (qobject_cast<QKeychain::DeletePasswordJob *>(finished)
                             && result.status == SecretStore::Status::NotFound)
                             result = {};
                         if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished);
                             read && result.status == SecretStore::Status::Ok)
                             result.secret = read->textData();
                         if (result.status == SecretStore::Status::Unavailable)
                             qCInfo(lcSession).noquote()
                                 << "keychain" << operation << redactedKey(key)
                                 << "failed:" << int(finished->error())
                                 << Redactor::text(result.detail);
                         else if (result.status == SecretStore::Status::NotFound)
                             qCDebug(lcSession).noquote()
                                 << "keychain" << operation << redactedKey(key) << "found nothing";
                         if (context)
                             deliverLater(context, std::move(done), std::move(result));
                     });
    job->start();
}

} // namespace

QString SecretStore::key(const QString &portalHost, const QString &user, const QString &what)
{
    // Host names and e-mail addresses are case-insensitive: one member, one entry.
    return portalHost.trimmed().toLower() % u'/' % user.trimmed().toLower() % u'/' % what;
}

// --- KeychainSecretStore ---------------------------------------------------------------------

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{
}

void KeychainSecretStore::read(const QString &key, QObject *context, Callback done)
{
    runJob(new QKeychain::ReadPasswordJob(m_service), u"read"_qs, key, context, std::move(done));
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context,
                                Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(secret);
    runJob(job, u"write"_qs, key, context, std::move(done));
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    runJob(new QKeychain::DeletePasswordJob(m_service), u"remove"_qs, key, context,
           std::move(done));
}

// --- MemorySecretStore -----------------------------------------------------------------------

MemorySecretStore::~MemorySecretStore()
{
    wipe();
}

void MemorySecretStore::read(const QString &key, QObject *context, Callback done)
{
    Result result;
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.cend())
        result.status = Status::NotFound;
    else
        result.secret = *it;
    deliverLater(context, std::move(done), std::move(result));
}

void MemorySecretStore::write(const QString &key, const QString &secret, QObject *context,
                              Callback done)
{
    auto it = m_secrets.find(key);
    if (it != m_secrets.end())
        wipeString(*it);
    m_secrets.insert(key, secret);
    deliverLater(context, std::move(done), Result {});
}

void MemorySecretStore::remove(const QString &key, QObject *context, Callback done)
{
    // Removing what is not there is not a failure: the goal (nothing stored) holds.
    auto it = m_secrets.find(key);
    if (it != m_secrets.end()) {
        wipeString(*it);
        m_secrets.erase(it);
    }
    deliverLater(context, std::move(done), Result {});
}

void MemorySecretStore::wipe()
{
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
        wipeString(*it);
    m_secrets.clear();
}

bool MemorySecretStore::contains(const QString &key) const
{
    return m_secrets.contains(key);
}

qsizetype MemorySecretStore::size() const
{
    return m_secrets.size();
}

} // namespace coopdesk::net
