// PortalConfig: turning what a member typed into a portal address, and reading a CA file.
#include "portaltransport.h"
#include "redirects.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>

namespace coopdesk::net {

namespace {

QString trConfig(const char *text)
{
    return QCoreApplication::translate("PortalConfig", text);
}

template<typename T> T refuse(QString *whyNot, const QString &reason)
{
    if (whyNot)
        *whyNot = reason;
    return T {};
}

// A host name a portal could have: letters, digits, '-' and '.', at least one dot (a bare
// "novec" is more likely a co-op's short name than a host), or an IP address, or localhost.
bool plausibleHost(const QString &host)
{
    if (host.isEmpty())
        return false;
    if (!QHostAddress(host).isNull() || host == u"localhost")
        return true;
    if (!host.contains(u'.') || host.startsWith(u'.') || host.endsWith(u'.'))
        return false;
    for (QChar c : host) {
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'.'))
            return false;
    }
    return !host.contains(u".."_qs);
}

} // namespace

std::optional<QUrl> PortalConfig::normalizeBaseUrl(const QString &text, bool allowInsecureLoopback,
                                                   QString *whyNot)
{
    using Result = std::optional<QUrl>;
    QString typed = text.trimmed();
    if (typed.isEmpty())
        return refuse<Result>(whyNot,
                              trConfig(QT_TRANSLATE_NOOP(
                                  "PortalConfig", "Enter the address of your co-op's portal.")));
    if (!typed.contains(u"://"_qs))
        typed.prepend(u"https://"_qs);

    const QUrl parsed(typed, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || !plausibleHost(parsed.host()))
        return refuse<Result>(whyNot,
                              trConfig(QT_TRANSLATE_NOOP("PortalConfig",
                                                         "This is not a web address, such as "
                                                         "yourcoop.smarthub.coop.")));
    if (!parsed.userInfo().isEmpty())
        return refuse<Result>(
            whyNot,
            trConfig(QT_TRANSLATE_NOOP("PortalConfig",
                                       "The portal address must not contain a user name or "
                                       "password.")));
    if (scheme != u"https" && scheme != u"http")
        return refuse<Result>(whyNot,
                              trConfig(QT_TRANSLATE_NOOP(
                                  "PortalConfig", "The portal address must start with https://.")));
    if (scheme == u"http" && !(allowInsecureLoopback && isLoopbackHost(parsed.host())))
        return refuse<Result>(
            whyNot,
            trConfig(QT_TRANSLATE_NOOP("PortalConfig",
                                       "CoopDesk only connects to a co-op's portal over a secure "
                                       "(https) connection.")));

    // Only scheme, host and port: a trailing slash or a copied page path broke other clients.
    QUrl base;
    base.setScheme(scheme);
    base.setHost(parsed.host().toLower());
    const int defaultPort = scheme == u"https" ? 443 : 80;
    if (parsed.port() >= 0 && parsed.port() != defaultPort)
        base.setPort(parsed.port());
    return base;
}

QList<QSslCertificate> PortalConfig::loadCaFile(const QString &path, QString *whyNot)
{
    using Result = QList<QSslCertificate>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse<Result>(
            whyNot,
            trConfig(QT_TRANSLATE_NOOP("PortalConfig", "The certificate file could not be read.")));
    // A CA bundle is small; anything huge is not one.
    constexpr qint64 kMaxBytes = 4 * 1024 * 1024;
    if (file.size() > kMaxBytes)
        return refuse<Result>(
            whyNot,
            trConfig(QT_TRANSLATE_NOOP("PortalConfig",
                                       "The certificate file is too large to be a CA "
                                       "bundle.")));
    QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    certificates.removeIf([](const QSslCertificate &c) { return c.isNull(); });
    if (certificates.isEmpty())
        return refuse<Result>(
            whyNot,
            trConfig(QT_TRANSLATE_NOOP("PortalConfig",
                                       "The certificate file holds no PEM certificate.")));
    return certificates;
}

} // namespace coopdesk::net
