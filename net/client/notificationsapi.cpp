#include "notificationsapi.h"

#include "portaljob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace coopdesk::net {

namespace {

// Contact ids go into the path: only the characters an id may have.
QString pathSafe(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace

NotificationsApi::NotificationsApi(Session *session)
    : m_session(session)
{
}

QByteArray NotificationsApi::settingsBody(const NotificationSettings &settings)
{
    QJsonArray preferences;
    for (const NotificationPreference &p : settings.preferences)
        preferences.append(QJsonObject { { QStringLiteral("event"),
                                           parse::notificationEventName(p.event) },
                                         { QStringLiteral("email"), p.email },
                                         { QStringLiteral("text"), p.text } });
    QJsonObject body { { QStringLiteral("accountNumber"), settings.accountNumber },
                       { QStringLiteral("preferences"), preferences } };
    body.insert(QStringLiteral("usageThresholdKwhPerDay"),
                settings.usageThresholdKwhPerDay ? QJsonValue(*settings.usageThresholdKwhPerDay)
                                                 : QJsonValue(QJsonValue::Null));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Job *NotificationsApi::settings(const QString &accountNumber, QObject *context,
                                std::function<void(const NotificationSettings &)> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("accountNumber"), accountNumber);
    return new SingleCallJob<NotificationSettings>(
        m_session->transport(),
        getRequest(QStringLiteral("/services/secured/notifications"), query,
                   QStringLiteral("notifications")),
        [](const PortalResponse &r) { return parse::notificationSettings(r.body); }, context,
        std::move(done));
}

Job *NotificationsApi::save(const NotificationSettings &settings, QObject *context,
                            std::function<void(const NotificationSettings &)> done)
{
    return new SingleCallJob<NotificationSettings>(
        m_session->transport(),
        putJsonRequest(QStringLiteral("/services/secured/notifications"), settingsBody(settings),
                       QStringLiteral("notifications save")),
        [](const PortalResponse &r) { return parse::notificationSettings(r.body); }, context,
        std::move(done));
}

Job *NotificationsApi::contacts(QObject *context,
                                std::function<void(const QList<NotificationContact> &)> done)
{
    return new SingleCallJob<QList<NotificationContact>>(
        m_session->transport(),
        getRequest(QStringLiteral("/services/secured/notifications/contacts"), {},
                   QStringLiteral("contacts")),
        [](const PortalResponse &r) { return parse::notificationContacts(r.body); }, context,
        std::move(done));
}

Job *NotificationsApi::addContact(NotificationContact::Kind kind, const QString &address,
                                  QObject *context,
                                  std::function<void(const NotificationContact &)> done)
{
    const QJsonObject body {
        { QStringLiteral("kind"),
          kind == NotificationContact::Kind::Email ? QStringLiteral("EMAIL")
                                                   : QStringLiteral("TEXT") },
        { QStringLiteral("address"), address.trimmed() },
    };
    return new SingleCallJob<NotificationContact>(
        m_session->transport(),
        postJsonRequest(QStringLiteral("/services/secured/notifications/contacts"),
                        QJsonDocument(body).toJson(QJsonDocument::Compact),
                        QStringLiteral("contact add")),
        [](const PortalResponse &r) { return parse::notificationContact(r.body); }, context,
        std::move(done));
}

Job *NotificationsApi::verifyContact(const QString &id, const QString &code, QObject *context,
                                     std::function<void(const NotificationContact &)> done)
{
    const QJsonObject body { { QStringLiteral("code"), code.trimmed() } };
    return new SingleCallJob<NotificationContact>(
        m_session->transport(),
        postJsonRequest(u"/services/secured/notifications/contacts/" + pathSafe(id) + u"/verify",
                        QJsonDocument(body).toJson(QJsonDocument::Compact),
                        QStringLiteral("contact verify")),
        [](const PortalResponse &r) { return parse::notificationContact(r.body); }, context,
        std::move(done));
}

Job *NotificationsApi::removeContact(const QString &id, QObject *context,
                                     std::function<void(const QString &)> done)
{
    return new SingleCallJob<QString>(
        m_session->transport(),
        deleteRequest(u"/services/secured/notifications/contacts/" + pathSafe(id), {},
                      QStringLiteral("contact remove")),
        [](const PortalResponse &r) { return parse::removedContactId(r.body); }, context,
        std::move(done));
}

} // namespace coopdesk::net
