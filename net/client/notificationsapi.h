#pragma once

#include "models/notifications.h"
#include "net/client/smarthubclient.h"

namespace coopdesk::net {

// Alert choices per account and the contacts alerts go to (project-defined endpoints of
// issue 4, docs/api.md: secured/notifications and secured/notifications/contacts).
class NotificationsApi
{
public:
    explicit NotificationsApi(Session *session);

    Job *settings(const QString &accountNumber, QObject *context,
                  std::function<void(const NotificationSettings &)> done);
    Job *save(const NotificationSettings &settings, QObject *context,
              std::function<void(const NotificationSettings &)> done);
    Job *contacts(QObject *context, std::function<void(const QList<NotificationContact> &)> done);
    Job *addContact(NotificationContact::Kind kind, const QString &address, QObject *context,
                    std::function<void(const NotificationContact &)> done);
    Job *verifyContact(const QString &id, const QString &code, QObject *context,
                       std::function<void(const NotificationContact &)> done);
    Job *removeContact(const QString &id, QObject *context,
                       std::function<void(const QString &)> done);

    // The body PUT secured/notifications takes.
    static QByteArray settingsBody(const NotificationSettings &settings);

private:
    Session *m_session;
};

} // namespace coopdesk::net
