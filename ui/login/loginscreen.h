#pragma once

#include "ui/services/memberservices.h"

#include <QUrl>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace coopdesk::ui {

class Preferences;

// Sign-in: the co-op's portal (checked as the member types; recent ones offered), e-mail,
// password, a TOTP code only when the portal asks, and "Remember my login on this device" (off
// by default, with the co-op's warning). Errors appear in plain words under the form. Also the
// ways out: register or reset a password in the browser, or pay without logging in.
//
//   idle --Sign in--> signing in --signedIn--> (the shell shows the member area)
//                          |--CodeNeeded--> idle, code field shown
//                          `--other failure--> idle, message shown, e-mail kept
class LoginScreen : public QWidget
{
    Q_OBJECT
public:
    using UrlOpener = std::function<bool(const QUrl &)>;

    LoginScreen(MemberServices &services, Preferences &preferences, QWidget *parent = nullptr);

    // How links open (QDesktopServices::openUrl by default); tests record them instead.
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }

    QString portal() const;
    void setPortal(const QString &portal);
    // Back to the form after a sign-out or an ended session, with why (may be empty).
    void reset(const QString &message = {});
    // Fills the form and signs in, as if typed (the demo signs in with no typing).
    void signInAs(const QString &portal, const QString &user, const QString &password);
    bool isSigningIn() const { return m_signingIn; }
    bool isCodeAsked() const { return m_codeAsked; }

Q_SIGNALS:
    void payWithoutLoginRequested(const QString &portal);

private:
    void checkPortal();
    void updateRemembered();
    void updateSignInEnabled();
    void signIn();
    void signInRemembered();
    void setSigningIn(bool busy);
    void showError(const QString &message);
    void onFailed(const Failure &failure);
    void openPage(PortalPage page);

    MemberServices &m_services;
    Preferences &m_preferences;
    UrlOpener m_openUrl;
    bool m_signingIn = false;
    bool m_portalOk = false;
    bool m_codeAsked = false; // the portal asked for a TOTP code
    QString m_remembered;

    QComboBox *m_portal;
    QLabel *m_portalProblem;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLabel *m_codeLabel;
    QLineEdit *m_code;
    QCheckBox *m_remember;
    QLabel *m_rememberWarning;
    QLabel *m_error;
    QPushButton *m_signIn;
    QPushButton *m_signInRemembered;
    QProgressBar *m_progress;
    QPushButton *m_register;
    QPushButton *m_forgot;
    QPushButton *m_payNow;
};

} // namespace coopdesk::ui
