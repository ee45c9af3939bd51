#pragma once

#include "ui/services/memberservices.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace coopdesk::ui {

class MemberContext;
class TaskProgress;

// Per account, which alerts go by e-mail or text, and the contacts they go to. A channel can be
// chosen only once a contact of that kind is verified with the code the co-op sends to it.
class NotificationsScreen : public QWidget
{
    Q_OBJECT
public:
    explicit NotificationsScreen(MemberContext &context, QWidget *parent = nullptr);

    // Loads the current account's settings and the contacts again.
    void reload();
    // Wire name of an event ("BILL_AVAILABLE"): the checkboxes are named "email_<wire>" and
    // "text_<wire>".
    static QString wireName(NotificationEvent event);
    static QString eventName(NotificationEvent event);
    static const QList<NotificationEvent> &events();

    QList<NotificationContact> contacts() const { return m_contacts; }
    NotificationSettings settings() const { return m_settings; }

Q_SIGNALS:
    void settingsLoaded(const coopdesk::NotificationSettings &settings);
    void settingsSaved(const coopdesk::NotificationSettings &settings);
    void contactsLoaded();

private:
    struct Row
    {
        QCheckBox *email = nullptr;
        QCheckBox *text = nullptr;
    };
    void loadSettings();
    void loadContacts();
    void showSettings(const NotificationSettings &settings);
    NotificationSettings collect() const;
    void save();
    void addContact();
    void verifyContact();
    void removeContact();
    void updateChannels();
    void updateContactButtons();
    void clearAll();
    const NotificationContact *selectedContact() const;
    bool hasVerified(NotificationContact::Kind kind) const;
    void refused(const QString &message);
    void track(Task *task, const QString &what);

    MemberContext &m_context;
    QString m_account;
    NotificationSettings m_settings;
    QList<NotificationContact> m_contacts;
    QString m_pendingContact; // the one just added, waiting for its code
    QString m_codeProblem;    // why the last code was refused, until a new one is typed

    QLabel *m_title;
    TaskProgress *m_progress;
    QMap<NotificationEvent, Row> m_rows;
    QSpinBox *m_threshold;
    QLabel *m_channelHint;
    QPushButton *m_save;
    QPushButton *m_revert;

    QListWidget *m_contactList;
    QComboBox *m_contactKind;
    QLineEdit *m_contactAddress;
    QPushButton *m_add;
    QLabel *m_codeHint;
    QLineEdit *m_code;
    QPushButton *m_verify;
    QPushButton *m_remove;
};

} // namespace coopdesk::ui
