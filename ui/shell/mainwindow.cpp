#include "mainwindow.h"

#include "theme.h"
#include "ui/common/banner.h"
#include "ui/common/membercontext.h"
#include "ui/common/preferences.h"
#include "ui/login/loginscreen.h"
#include "ui/overview/memberdataloader.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace coopdesk::ui {

namespace {
constexpr int kScreenIdRole = Qt::UserRole + 1;

QString accountLabel(const Account &account)
{
    const ServiceLocation *location = account.location(account.primaryLocation);
    if (!location && !account.locations.isEmpty())
        location = &account.locations.first();
    QString place = location ? location->description.trimmed() : QString();
    if (place.isEmpty() && location)
        place = location->address.line1;
    if (account.inactive)
        //: Account picker entry of a closed account: number, then its place.
        return MainWindow::tr("%1 · %2 (closed)").arg(account.number, place);
    //: Account picker entry: account number, then its place ("Home", a street address).
    return MainWindow::tr("%1 · %2").arg(account.number, place);
}
} // namespace

MainWindow::MainWindow(MemberServices &services, Preferences &preferences, MemberContext &context,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_preferences(preferences)
    , m_context(context)
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_pages(new QStackedWidget(this))
    , m_login(new LoginScreen(services, preferences, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("CoopDesk"));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_login);
    m_pages->addWidget(buildMemberArea());
    setCentralWidget(m_pages);

    m_theme = m_preferences.theme();
    applyTheme(m_theme);
    applyServicePreferences();
    connect(&m_preferences, &Preferences::changed, this, [this] {
        // Only the theme is the shell's to apply; the rest reach the services from Settings.
        if (m_preferences.theme() != m_theme) {
            m_theme = m_preferences.theme();
            applyTheme(m_theme);
        }
    });

    connect(&m_services, &MemberServices::signedIn, this, [this] {
        applyServicePreferences();
        showMemberArea();
        MemberDataLoader::of(m_context)->load();
    });
    connect(&m_services, &MemberServices::sessionEnded, this, [this](const Failure &why) {
        if (m_signingOut)
            return;
        m_context.clear();
        showLogin(why.message);
    });
    connect(&m_services, &MemberServices::passwordNeeded, this, &MainWindow::askForPassword);
    connect(&m_services, &MemberServices::rememberFailed, this, [this](const QString &message) {
        m_context.report(Failure{Failure::Kind::Other, message, {}});
    });
    connect(&m_context, &MemberContext::failureReported, m_banner, &Banner::showFailure);
    connect(&m_context, &MemberContext::informed, m_banner, &Banner::showMessage);
    connect(&m_context, &MemberContext::accountsChanged, this, &MainWindow::fillAccountPicker);
    connect(&m_context, &MemberContext::currentAccountChanged, this, [this](const QString &account) {
        const int index = m_accountPicker->findData(account);
        if (index != m_accountPicker->currentIndex())
            m_accountPicker->setCurrentIndex(index);
    });

    // Built after sign-in (tests, a restarted window): show what the context already holds.
    fillAccountPicker();
    if (m_services.isSignedIn())
        showMemberArea();
    else
        m_pages->setCurrentWidget(m_login);
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::buildMemberArea()
{
    m_memberArea = new QWidget(this);
    m_memberArea->setObjectName(QStringLiteral("memberArea"));

    m_navigation = new QListWidget(m_memberArea);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Screens"));
    m_navigation->setFocusPolicy(Qt::StrongFocus);
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setFixedWidth(200);
    m_navigation->setSpacing(2);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_navigation->setFont(navFont);

    m_screens = new QStackedWidget(m_memberArea);
    m_screens->setObjectName(QStringLiteral("memberScreens"));

    auto *accountLabelWidget = new QLabel(tr("Account"), m_memberArea);
    m_accountPicker = new QComboBox(m_memberArea);
    m_accountPicker->setObjectName(QStringLiteral("accountPicker"));
    m_accountPicker->setAccessibleName(tr("Account shown"));
    m_accountPicker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_accountPicker->setMinimumContentsLength(24);
    accountLabelWidget->setBuddy(m_accountPicker);
    m_user = new QLabel(m_memberArea);
    m_user->setObjectName(QStringLiteral("signedInUser"));
    m_openPortal = new QPushButton(tr("Open in SmartHub"), m_memberArea);
    m_openPortal->setObjectName(QStringLiteral("openInSmartHub"));
    m_openPortal->setAccessibleName(tr("Open the co-op's portal in the browser"));
    m_openPortal->setToolTip(tr("For anything the app cannot do, the co-op's own portal."));

    auto *header = new QHBoxLayout;
    header->addWidget(accountLabelWidget);
    header->addWidget(m_accountPicker);
    header->addStretch(1);
    header->addWidget(m_user);
    header->addWidget(m_openPortal);

    m_banner = new Banner(m_memberArea);

    auto *right = new QVBoxLayout;
    right->addLayout(header);
    right->addWidget(m_banner);
    right->addWidget(m_screens, 1);

    auto *layout = new QHBoxLayout(m_memberArea);
    layout->addWidget(m_navigation);
    layout->addLayout(right, 1);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (QListWidgetItem *item = m_navigation->item(row))
            if (QWidget *widget = m_screenById.value(item->data(kScreenIdRole).toString()))
                m_screens->setCurrentWidget(widget);
    });
    connect(m_accountPicker, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString account = m_accountPicker->itemData(index).toString();
        if (!account.isEmpty())
            m_context.setCurrentAccount(account);
    });
    connect(m_openPortal, &QPushButton::clicked, this, [this] {
        const QUrl url = m_services.portalPage(PortalPage::Home);
        if (!url.isValid() || url.isEmpty() || !m_openUrl(url))
            m_context.report(Failure{Failure::Kind::Other,
                                     tr("The co-op's portal could not be opened in your browser."),
                                     {}});
    });
    return m_memberArea;
}

void MainWindow::addMemberScreen(const QString &id, const QString &title, QWidget *screen)
{
    Q_ASSERT(!m_screenById.contains(id));
    screen->setParent(m_screens);
    m_screens->addWidget(screen);
    m_screenById.insert(id, screen);
    auto *item = new QListWidgetItem(title, m_navigation);
    item->setData(kScreenIdRole, id);
    item->setSizeHint(QSize(0, 36));
    if (m_navigation->count() == 1)
        m_navigation->setCurrentRow(0);
}

void MainWindow::showScreen(const QString &id)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(kScreenIdRole).toString() == id) {
            m_navigation->setCurrentRow(row);
            return;
        }
    }
}

QWidget *MainWindow::screen(const QString &id) const
{
    return m_screenById.value(id);
}

QString MainWindow::currentScreen() const
{
    return m_screenById.key(m_screens->currentWidget());
}

bool MainWindow::isMemberAreaShown() const
{
    return m_pages->currentWidget() == m_memberArea;
}

void MainWindow::setUrlOpener(UrlOpener opener)
{
    m_openUrl = opener;
    m_login->setUrlOpener(std::move(opener));
}

void MainWindow::signOut(bool forget)
{
    m_signingOut = true;
    m_services.signOut(forget);
    m_signingOut = false;
    m_context.clear();
    showLogin(forget ? tr("You have signed out, and this device no longer remembers your login.")
                     : tr("You have signed out."));
}

void MainWindow::showMemberArea()
{
    m_user->setText(m_services.signedInUser());
    m_banner->hide();
    if (m_navigation->count() > 0)
        m_navigation->setCurrentRow(0);
    m_pages->setCurrentWidget(m_memberArea);
    m_navigation->setFocus();
}

void MainWindow::showLogin(const QString &message)
{
    if (QDialog *prompt = m_passwordPrompt) {
        m_passwordPrompt.clear(); // its rejected() must not sign out a second time
        prompt->reject();
    }
    m_banner->hide();
    m_user->clear();
    m_pages->setCurrentWidget(m_login);
    m_login->reset(message);
}

void MainWindow::fillAccountPicker()
{
    const QSignalBlocker blocker(m_accountPicker);
    m_accountPicker->clear();
    for (const Account &account : m_context.accounts())
        m_accountPicker->addItem(accountLabel(account), account.number);
    m_accountPicker->setCurrentIndex(m_accountPicker->findData(m_context.currentAccount()));
}

void MainWindow::askForPassword()
{
    if (m_passwordPrompt) {
        m_passwordPrompt->raise();
        return;
    }
    // Non-blocking (open(), not exec()): the session waits for providePassword().
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("passwordPrompt"));
    dialog->setWindowTitle(tr("Password needed"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *text = new QLabel(tr("To keep you signed in, your co-op needs your password again."), dialog);
    text->setWordWrap(true);
    auto *password = new QLineEdit(dialog);
    password->setObjectName(QStringLiteral("promptPassword"));
    password->setEchoMode(QLineEdit::Password);
    password->setAccessibleName(tr("Password"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Continue"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Sign out"));
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(password);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, dialog, password] {
        if (m_passwordPrompt == dialog)
            m_passwordPrompt.clear();
        m_services.providePassword(password->text());
    });
    connect(dialog, &QDialog::rejected, this, [this, dialog] {
        if (m_passwordPrompt != dialog)
            return; // closed by the shell itself (signed out meanwhile)
        m_passwordPrompt.clear();
        if (isMemberAreaShown())
            signOut(false);
    });
    m_passwordPrompt = dialog;
    dialog->open();
    password->setFocus();
}

void MainWindow::applyServicePreferences()
{
    m_services.setWeatherSource(m_preferences.weatherSource());
    const QString zone = m_preferences.timeZoneId();
    if (!zone.isEmpty())
        m_services.setCoopTimeZone(QTimeZone(zone.toLatin1()));
}

} // namespace coopdesk::ui
