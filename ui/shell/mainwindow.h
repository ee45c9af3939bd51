#pragma once

#include "ui/services/memberservices.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>

class QComboBox;
class QDialog;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace coopdesk::ui {

class Banner;
class LoginScreen;
class MemberContext;
class Preferences;
enum class ThemeChoice;

// The frame of the desktop app: the login page, or the member area (navigation on the left; a
// header with the account picker, "Open in SmartHub" and the banner; the chosen screen). It
// follows the session: signed in -> member area and the member's data loaded; session ended or
// signed out -> every piece of member data forgotten and back to the login page.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    using UrlOpener = std::function<bool(const QUrl &)>;

    MainWindow(MemberServices &services, Preferences &preferences, MemberContext &context,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a screen of the member area (the window takes it) with its navigation entry.
    void addMemberScreen(const QString &id, const QString &title, QWidget *screen);
    void showScreen(const QString &id);
    QWidget *screen(const QString &id) const;
    QString currentScreen() const;

    LoginScreen *loginScreen() const { return m_login; }
    Banner *banner() const { return m_banner; }
    bool isMemberAreaShown() const;
    // How "Open in SmartHub" opens the browser (QDesktopServices::openUrl by default).
    void setUrlOpener(UrlOpener opener);

public Q_SLOTS:
    // Ends the session (and forgets this device's login when asked) and shows the login page.
    void signOut(bool forget = false);

private:
    QWidget *buildMemberArea();
    void showMemberArea();
    void showLogin(const QString &message);
    void fillAccountPicker();
    void askForPassword();
    void applyServicePreferences();

    MemberServices &m_services;
    Preferences &m_preferences;
    MemberContext &m_context;
    UrlOpener m_openUrl;
    bool m_signingOut = false;
    ThemeChoice m_theme;

    QStackedWidget *m_pages;
    LoginScreen *m_login;
    QWidget *m_memberArea = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_screens = nullptr;
    QComboBox *m_accountPicker = nullptr;
    QLabel *m_user = nullptr;
    QPushButton *m_openPortal = nullptr;
    Banner *m_banner = nullptr;
    QHash<QString, QWidget *> m_screenById;
    QPointer<QDialog> m_passwordPrompt;
};

} // namespace coopdesk::ui
