#pragma once

#include "ui/services/memberservices.h"

#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace coopdesk::ui {

class MemberContext;
class TaskProgress;

// The member's own details: password (with the co-ops' rule checked as they type), security
// phrase, phones and mailing address. Passwords typed here are wiped once used and when the
// member data is cleared.
class ProfileScreen : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileScreen(MemberContext &context, QWidget *parent = nullptr);

    void reload();
    MemberProfile profile() const { return m_profile; }
    QString securityPhrase() const { return m_phrase; }

Q_SIGNALS:
    void profileLoaded();
    void profileSaved();
    void passwordChanged();
    void securityPhraseChanged();

private:
    struct PhoneRow
    {
        QComboBox *type = nullptr;
        QLineEdit *number = nullptr;
        QToolButton *remove = nullptr;
    };
    QWidget *buildPasswordBox();
    QWidget *buildPhraseBox();
    QWidget *buildContactBox();
    void updatePasswordRules();
    void changePassword();
    void wipePasswords();
    void updatePhrase();
    void changePhrase();
    void showProfile(const MemberProfile &profile);
    void addPhoneRow(const PhoneNumber &phone);
    void removePhoneRow(QToolButton *button);
    void relayoutPhones();
    MemberProfile collectProfile() const;
    std::optional<QString> problemWith(const MemberProfile &profile) const;
    void saveProfile();
    void clearAll();
    void track(Task *task, const QString &what);
    void refused(const QString &message);

    MemberContext &m_context;
    MemberProfile m_profile;
    QString m_phrase;
    bool m_loaded = false;
    TaskProgress *m_progress;

    QLineEdit *m_currentPassword;
    QLineEdit *m_newPassword;
    QLineEdit *m_repeatPassword;
    QLabel *m_ruleLength;
    QLabel *m_ruleCapital;
    QLabel *m_ruleNumeral;
    QLabel *m_ruleSpecial;
    QLabel *m_ruleSpaces;
    QLabel *m_ruleMatch;
    QPushButton *m_changePassword;

    QLabel *m_currentPhrase;
    QLineEdit *m_newPhrase;
    QLabel *m_phraseRule;
    QPushButton *m_changePhrase;

    QLabel *m_name;
    QWidget *m_phonesBox;
    QGridLayout *m_phonesGrid;
    QList<PhoneRow> m_phones;
    QPushButton *m_addPhone;
    QLineEdit *m_line1;
    QLineEdit *m_line2;
    QLineEdit *m_city;
    QLineEdit *m_state;
    QLineEdit *m_zip;
    QPushButton *m_saveProfile;
};

} // namespace coopdesk::ui
