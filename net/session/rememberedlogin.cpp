#include "rememberedlogin.h"

#include <QPointer>
#include <QSettings>

namespace coopdesk::net {

namespace {

const QString tokenPart = u"token"_qs;
const QString expiryPart = u"token-expiry"_qs;
const QString passwordPart = u"password"_qs;
const QString totpPart = u"totp-secret"_qs;

void wipeString(QString &text)
{
    if (!text.isEmpty() && text.isDetached())
        std::fill_n(text.data(), text.size(), QChar(u'\0'));
    text.clear();
}

} // namespace

QString portalKeyHost(const QUrl &portal)
{
    const QString host = portal.host().toLower();
    const int port = portal.port();
    const int standard = portal.scheme() == u"http" ? 80 : 443;
    if (port < 0 || port == standard)
        return host;
    return host + u':' + QString::number(port);
}

void StoredLogin::wipe()
{
    wipeString(token);
    wipeString(password);
    wipeString(totpSecret);
    expiresAtMs = 0;
}

// One read, write or remove of one part; `onRead` receives a read's secret.
struct RememberedLogin::Step
{
    enum class Op { Read, Write, Remove };
    Op op = Op::Read;
    QString part;
    QString secret;
    std::function<void(const Result &)> onResult; // sees every result that continues the chain
    bool optional = false; // a read whose NotFound is fine
};

RememberedLogin::RememberedLogin(SecretStore *store, QString portalHost, QString user,
                                 QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_host(std::move(portalHost))
    , m_user(std::move(user))
{
}

const QStringList &RememberedLogin::parts()
{
    static const QStringList all = { tokenPart, expiryPart, passwordPart, totpPart };
    return all;
}

QString RememberedLogin::key(const QString &part) const
{
    return SecretStore::key(m_host, m_user, part);
}

void RememberedLogin::run(QList<Step> steps, std::function<void(const Result &)> done)
{
    if (steps.isEmpty()) {
        done(Result {});
        return;
    }
    Step step = steps.takeFirst();
    const bool missingIsFine = step.op != Step::Op::Read || step.optional;
    auto next = [this, steps = std::move(steps), done, missingIsFine,
                 onResult = std::move(step.onResult)](const Result &result) mutable {
        if (result.status == Status::Unavailable
            || (result.status == Status::NotFound && !missingIsFine)) {
            done(result);
            return;
        }
        if (onResult)
            onResult(result);
        run(std::move(steps), std::move(done));
    };
    const QString key = this->key(step.part);
    switch (step.op) {
    case Step::Op::Read:
        m_store->read(key, this, std::move(next));
        break;
    case Step::Op::Write:
        m_store->write(key, step.secret, this, std::move(next));
        wipeString(step.secret);
        break;
    case Step::Op::Remove:
        m_store->remove(key, this, std::move(next));
        break;
    }
}

void RememberedLogin::load(
    std::function<void(const Result &, const std::optional<StoredLogin> &)> done)
{
    auto login = std::make_shared<StoredLogin>();
    using Op = Step::Op;
    QList<Step> steps = {
        { Op::Read, tokenPart, {}, [login](const Result &r) { login->token = r.secret; }, false },
        { Op::Read,
          expiryPart,
          {},
          [login](const Result &r) { login->expiresAtMs = r.secret.toLongLong(); },
          false },
        { Op::Read,
          passwordPart,
          {},
          [login](const Result &r) { login->password = r.secret; },
          false },
        { Op::Read,
          totpPart,
          {},
          [login](const Result &r) {
              if (r.status == Status::Ok)
                  login->totpSecret = r.secret;
          },
          true },
    };
    run(std::move(steps), [login, done = std::move(done)](const Result &result) {
        if (result.status != Status::Ok) {
            login->wipe();
            done(result, std::nullopt);
            return;
        }
        done(result, *login);
        login->wipe();
    });
}

void RememberedLogin::save(const StoredLogin &login, std::function<void(const Result &)> done)
{
    using Op = Step::Op;
    QList<Step> steps = {
        { Op::Write, tokenPart, login.token, {}, false },
        { Op::Write, expiryPart, QString::number(login.expiresAtMs), {}, false },
        { Op::Write, passwordPart, login.password, {}, false },
    };
    // No secret: make sure an older one does not linger.
    if (login.totpSecret.isEmpty())
        steps.append({ Op::Remove, totpPart, {}, {}, false });
    else
        steps.append({ Op::Write, totpPart, login.totpSecret, {}, false });
    run(std::move(steps), std::move(done));
}

void RememberedLogin::saveToken(const QString &token, qint64 expiresAtMs,
                                std::function<void(const Result &)> done)
{
    using Op = Step::Op;
    run({ { Op::Write, tokenPart, token, {}, false },
          { Op::Write, expiryPart, QString::number(expiresAtMs), {}, false } },
        std::move(done));
}

void RememberedLogin::savePassword(const QString &password,
                                   std::function<void(const Result &)> done)
{
    run({ { Step::Op::Write, passwordPart, password, {}, false } }, std::move(done));
}

void RememberedLogin::removeAll(std::function<void(const Result &)> done)
{
    QList<Step> steps;
    for (const QString &part : parts())
        steps.append({ Step::Op::Remove, part, {}, {}, false });
    run(std::move(steps), std::move(done));
}

QString RememberedUsers::settingsKey(const QString &portalHost) const
{
    // One entry per portal; QSettings escapes the ':' of a port itself.
    return u"rememberedUsers/"_qs + QString(portalHost).replace(u'/', u'_');
}

QString RememberedUsers::user(const QString &portalHost) const
{
    return m_settings.value(settingsKey(portalHost)).toString();
}

void RememberedUsers::set(const QString &portalHost, const QString &user)
{
    m_settings.setValue(settingsKey(portalHost), user);
    m_settings.sync();
}

void RememberedUsers::remove(const QString &portalHost)
{
    m_settings.remove(settingsKey(portalHost));
    m_settings.sync();
}

} // namespace coopdesk::net
