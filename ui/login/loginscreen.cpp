#include "loginscreen.h"

#include "ui/common/preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace coopdesk::ui {

namespace {
// A readable "problem" colour on the current background (light or dark theme).
void markAsProblem(QLabel *label)
{
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20));
    label->setPalette(palette);
}

QPushButton *linkButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    QFont font = button->font();
    font.setUnderline(true);
    button->setFont(font);
    return button;
}
} // namespace

LoginScreen::LoginScreen(MemberServices &services, Preferences &preferences, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_preferences(preferences)
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_portal(new QComboBox(this))
    , m_portalProblem(new QLabel(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_codeLabel(new QLabel(tr("Verification code"), this))
    , m_code(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember my login on this device"), this))
    , m_rememberWarning(new QLabel(this))
    , m_error(new QLabel(this))
    , m_signIn(new QPushButton(tr("Sign in"), this))
    , m_signInRemembered(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_register(linkButton(tr("New user? Register"), QStringLiteral("register"), this))
    , m_forgot(linkButton(tr("Forgot password"), QStringLiteral("forgotPassword"), this))
    , m_payNow(new QPushButton(tr("Pay without logging in"), this))
{
    setObjectName(QStringLiteral("loginScreen"));

    auto *title = new QLabel(tr("Sign in to your co-op"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(
        tr("Use the e-mail and password of your co-op's SmartHub portal."), this);
    subtitle->setWordWrap(true);

    m_portal->setObjectName(QStringLiteral("portal"));
    m_portal->setEditable(true);
    m_portal->setInsertPolicy(QComboBox::NoInsert);
    m_portal->addItems(m_preferences.recentPortals());
    m_portal->setCurrentIndex(m_portal->count() > 0 ? 0 : -1);
    m_portal->lineEdit()->setPlaceholderText(tr("yourcoop.smarthub.coop"));
    m_portal->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_portal->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_portal->setAccessibleName(tr("Co-op portal address"));
    m_portal->setToolTip(tr("The address of your co-op's SmartHub portal, such as "
                            "yourcoop.smarthub.coop."));
    m_portalProblem->setObjectName(QStringLiteral("portalProblem"));
    m_portalProblem->setWordWrap(true);
    markAsProblem(m_portalProblem);
    m_portalProblem->hide();

    m_email->setObjectName(QStringLiteral("email"));
    m_email->setAccessibleName(tr("E-mail"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);

    m_code->setObjectName(QStringLiteral("totpCode"));
    m_code->setAccessibleName(tr("Verification code from your authenticator app"));
    m_code->setPlaceholderText(tr("6-digit code"));
    m_code->setMaxLength(8);
    m_code->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData);
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,8}")), m_code));
    m_codeLabel->setBuddy(m_code);
    m_codeLabel->hide();
    m_code->hide();

    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setAccessibleName(tr("Remember my login on this device"));
    m_remember->setChecked(false); // off by default (design.md)
    m_rememberWarning->setObjectName(QStringLiteral("rememberWarning"));
    m_rememberWarning->setWordWrap(true);
    m_rememberWarning->setText(
        tr("Anyone who can use this device will be able to open your account. Only choose "
           "this on a device that is yours alone. Your login is kept in this computer's "
           "keychain and nowhere else."));
    m_rememberWarning->hide();

    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Sign-in problem"));
    markAsProblem(m_error);
    m_error->hide();

    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setAccessibleName(tr("Sign in"));
    m_signIn->setDefault(true);
    m_signInRemembered->setObjectName(QStringLiteral("signInRemembered"));
    m_signInRemembered->hide();
    m_progress->setObjectName(QStringLiteral("signInProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setAccessibleName(tr("Signing in"));
    m_progress->hide();

    m_register->setAccessibleName(tr("Register as a new user in the co-op's portal"));
    m_forgot->setAccessibleName(tr("Reset your password in the co-op's portal"));
    m_payNow->setObjectName(QStringLiteral("payWithoutLogin"));
    m_payNow->setAccessibleName(tr("Pay a bill without logging in"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *portalLabel = new QLabel(tr("Co-op portal"), this);
    portalLabel->setBuddy(m_portal);
    form->addRow(portalLabel, m_portal);
    form->addRow(QString(), m_portalProblem);
    auto *emailLabel = new QLabel(tr("E-mail"), this);
    emailLabel->setBuddy(m_email);
    form->addRow(emailLabel, m_email);
    auto *passwordLabel = new QLabel(tr("Password"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, m_password);
    form->addRow(m_codeLabel, m_code);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_rememberWarning);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_signInRemembered);
    buttons->addStretch(1);

    auto *links = new QHBoxLayout;
    links->addWidget(m_register);
    links->addWidget(m_forgot);
    links->addStretch(1);

    auto *card = new QWidget(this);
    card->setObjectName(QStringLiteral("loginCard"));
    card->setMaximumWidth(520);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->addWidget(title);
    cardLayout->addWidget(subtitle);
    cardLayout->addSpacing(12);
    cardLayout->addLayout(form);
    cardLayout->addWidget(m_error);
    cardLayout->addWidget(m_progress);
    cardLayout->addLayout(buttons);
    cardLayout->addSpacing(8);
    cardLayout->addLayout(links);
    cardLayout->addSpacing(16);
    auto *payLabel = new QLabel(tr("Just want to pay a bill?"), this);
    cardLayout->addWidget(payLabel);
    auto *payRow = new QHBoxLayout;
    payRow->addWidget(m_payNow);
    payRow->addStretch(1);
    cardLayout->addLayout(payRow);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(card, 3);
    centre->addStretch(1);
    outer->addLayout(centre);
    outer->addStretch(2);

    setTabOrder(m_portal, m_email);
    setTabOrder(m_email, m_password);
    setTabOrder(m_password, m_code);
    setTabOrder(m_code, m_remember);
    setTabOrder(m_remember, m_signIn);
    setTabOrder(m_signIn, m_signInRemembered);
    setTabOrder(m_signInRemembered, m_register);
    setTabOrder(m_register, m_forgot);
    setTabOrder(m_forgot, m_payNow);

    connect(m_portal, &QComboBox::editTextChanged, this, &LoginScreen::checkPortal);
    connect(m_remember, &QCheckBox::toggled, m_rememberWarning, &QWidget::setVisible);
    connect(m_signIn, &QPushButton::clicked, this, &LoginScreen::signIn);
    connect(m_signInRemembered, &QPushButton::clicked, this, &LoginScreen::signInRemembered);
    connect(m_email, &QLineEdit::returnPressed, this, &LoginScreen::signIn);
    connect(m_password, &QLineEdit::returnPressed, this, &LoginScreen::signIn);
    connect(m_code, &QLineEdit::returnPressed, this, &LoginScreen::signIn);
    connect(m_register, &QPushButton::clicked, this, [this] { openPage(PortalPage::Register); });
    connect(m_forgot, &QPushButton::clicked, this, [this] { openPage(PortalPage::ForgotPassword); });
    connect(m_payNow, &QPushButton::clicked, this, [this] {
        if (!m_portalOk) {
            showError(tr("Enter your co-op's portal address first."));
            m_portal->setFocus();
            return;
        }
        Q_EMIT payWithoutLoginRequested(portal());
    });

    connect(&m_services, &MemberServices::signedIn, this, [this] {
        if (!m_signingIn)
            return;
        setSigningIn(false);
        m_preferences.addRecentPortal(portal());
        m_preferences.setLastUser(portal(), m_email->text().trimmed());
        m_password->clear();
        m_code->clear();
        m_codeAsked = false;
        m_codeLabel->hide();
        m_code->hide();
        m_error->hide();
    });
    connect(&m_services, &MemberServices::signInFailed, this, &LoginScreen::onFailed);

    checkPortal();
}

QString LoginScreen::portal() const
{
    return m_portal->currentText().trimmed();
}

void LoginScreen::setPortal(const QString &portal)
{
    m_portal->setEditText(portal);
    checkPortal();
}

void LoginScreen::reset(const QString &message)
{
    setSigningIn(false);
    m_password->clear();
    m_code->clear();
    m_codeAsked = false;
    m_codeLabel->hide();
    m_code->hide();
    if (message.isEmpty())
        m_error->hide();
    else
        showError(message);
    updateRemembered();
    (m_email->text().isEmpty() ? static_cast<QWidget *>(m_email) : m_password)->setFocus();
}

void LoginScreen::signInAs(const QString &portal, const QString &user, const QString &password)
{
    setPortal(portal);
    m_email->setText(user);
    m_password->setText(password);
    signIn();
}

void LoginScreen::checkPortal()
{
    const QString typed = portal();
    const QString problem = typed.isEmpty() ? QString() : m_services.checkPortalAddress(typed);
    m_portalOk = !typed.isEmpty() && problem.isEmpty();
    m_portalProblem->setText(problem);
    m_portalProblem->setVisible(!problem.isEmpty());
    m_portal->setAccessibleDescription(problem);
    if (m_portalOk && m_email->text().isEmpty())
        m_email->setText(m_preferences.lastUser(typed));
    updateRemembered();
}

void LoginScreen::updateRemembered()
{
    m_remembered = m_portalOk ? m_services.rememberedUser(portal()) : QString();
    m_signInRemembered->setVisible(!m_remembered.isEmpty());
    //: A button offering the login this device remembers; %1 is the e-mail.
    m_signInRemembered->setText(tr("Sign in as %1").arg(m_remembered));
    m_signInRemembered->setAccessibleName(m_signInRemembered->text());
}

void LoginScreen::setSigningIn(bool busy)
{
    m_signingIn = busy;
    m_signIn->setEnabled(!busy);
    m_signInRemembered->setEnabled(!busy);
    m_portal->setEnabled(!busy);
    m_email->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_code->setEnabled(!busy);
    m_remember->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_signIn->setText(busy ? tr("Signing in…") : tr("Sign in"));
}

void LoginScreen::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setAccessibleDescription(message);
    m_error->setVisible(!message.isEmpty());
}

void LoginScreen::signIn()
{
    if (m_signingIn)
        return;
    if (!m_portalOk) {
        showError(portal().isEmpty() ? tr("Enter your co-op's portal address.")
                                     : m_services.checkPortalAddress(portal()));
        m_portal->setFocus();
        return;
    }
    if (m_email->text().trimmed().isEmpty()) {
        showError(tr("Enter the e-mail you use for your co-op's portal."));
        m_email->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    if (m_codeAsked && m_code->text().size() < 6) {
        showError(tr("Enter the 6-digit code from your authenticator app."));
        m_code->setFocus();
        return;
    }
    showError(QString());
    setSigningIn(true);
    SignInRequest request;
    request.portal = portal();
    request.user = m_email->text().trimmed();
    request.password = m_password->text();
    request.totpCode = m_codeAsked ? m_code->text() : QString();
    request.remember = m_remember->isChecked();
    m_services.signIn(request);
}

void LoginScreen::signInRemembered()
{
    if (m_signingIn || m_remembered.isEmpty())
        return;
    showError(QString());
    m_email->setText(m_remembered);
    setSigningIn(true);
    m_services.signInRemembered(portal(), m_remembered);
}

void LoginScreen::onFailed(const Failure &failure)
{
    if (!m_signingIn)
        return;
    setSigningIn(false);
    if (failure.isCancelled())
        return;
    if (failure.kind == Failure::Kind::CodeNeeded) {
        const bool first = !m_codeAsked;
        m_codeAsked = true;
        m_codeLabel->show();
        m_code->show();
        m_code->clear();
        m_code->setFocus();
        showError(first && !failure.message.isEmpty()
                      ? failure.message
                      : first ? tr("Your co-op asks for the code from your authenticator app.")
                              : failure.message);
        return;
    }
    showError(failure.message.isEmpty() ? tr("Signing in did not work. Please try again.")
                                        : failure.message);
    // The e-mail stays; the password is typed again.
    m_password->clear();
    if (failure.kind == Failure::Kind::SignIn)
        m_password->setFocus();
}

void LoginScreen::openPage(PortalPage page)
{
    if (!m_portalOk) {
        showError(tr("Enter your co-op's portal address first."));
        m_portal->setFocus();
        return;
    }
    const QUrl url = m_services.portalPage(page, portal());
    if (!url.isValid() || url.isEmpty() || !m_openUrl(url))
        showError(tr("The co-op's portal could not be opened in your browser."));
}

} // namespace coopdesk::ui
