#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace coopdesk::ui {

class MemberContext;

// Settings: temperature units, language (at next start), the co-op's time zone, the weather
// source, the theme, and signing out (optionally forgetting this device's remembered login).
// Every choice is stored in Preferences at once and handed to the services where it acts.
class PreferencesScreen : public QWidget
{
    Q_OBJECT
public:
    explicit PreferencesScreen(MemberContext &context, QWidget *parent = nullptr);

Q_SIGNALS:
    void signOutRequested(bool forget);

private:
    void load();
    void updateAutomaticZone();

    MemberContext &m_context;
    QComboBox *m_units;
    QComboBox *m_language;
    QComboBox *m_timeZone;
    QComboBox *m_weather;
    QComboBox *m_theme;
    QLabel *m_languageNote;
    QPushButton *m_signOut;
    QPushButton *m_signOutForget;
};

} // namespace coopdesk::ui
