#include "screens.h"

#include "ui/bills/billsscreen.h"
#include "ui/common/membercontext.h"
#include "ui/login/loginscreen.h"
#include "ui/notifications/duereminder.h"
#include "ui/notifications/notificationsscreen.h"
#include "ui/outages/outagesscreen.h"
#include "ui/overview/overviewscreen.h"
#include "ui/payments/autopayscreen.h"
#include "ui/payments/paymentsscreen.h"
#include "ui/payments/paynowdialog.h"
#include "ui/preferences/preferencesscreen.h"
#include "ui/profile/profilescreen.h"
#include "ui/shell/mainwindow.h"
#include "ui/usage/usagescreen.h"

#include <QApplication>
#include <QSystemTrayIcon>

namespace coopdesk::app {

namespace {

// "Bill due soon" goes to the desktop's notification area when there is one, else the banner.
ui::DueReminder::Notifier desktopNotifier(ui::MainWindow &window, ui::MemberContext &context)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        return [&context](const QString &title, const QString &message) {
            context.inform(title + u"  " + message);
        };
    }
    auto *tray = new QSystemTrayIcon(QApplication::windowIcon(), &window);
    tray->setToolTip(QStringLiteral("CoopDesk"));
    tray->show();
    return [tray](const QString &title, const QString &message) {
        tray->showMessage(title, message, QSystemTrayIcon::Information);
    };
}

} // namespace

void addScreens(ui::MainWindow &window, ui::MemberContext &context)
{
    using ui::MainWindow;
    auto *overview = new ui::OverviewScreen(context);
    window.addMemberScreen(QStringLiteral("overview"), MainWindow::tr("Overview"), overview);
    window.addMemberScreen(QStringLiteral("usage"), MainWindow::tr("Usage"),
                           new ui::UsageScreen(context));
    window.addMemberScreen(QStringLiteral("bills"), MainWindow::tr("Bills"),
                           new ui::BillsScreen(context));
    auto *payments = new ui::PaymentsScreen(context);
    window.addMemberScreen(QStringLiteral("payments"), MainWindow::tr("Payments"), payments);
    window.addMemberScreen(QStringLiteral("autopay"), MainWindow::tr("Auto Pay and paperless"),
                           new ui::AutoPayScreen(context));
    window.addMemberScreen(QStringLiteral("notifications"), MainWindow::tr("Notifications"),
                           new ui::NotificationsScreen(context));
    window.addMemberScreen(QStringLiteral("profile"), MainWindow::tr("Profile"),
                           new ui::ProfileScreen(context));
    window.addMemberScreen(QStringLiteral("outages"), MainWindow::tr("Outages and contact"),
                           new ui::OutagesScreen(context));
    auto *preferences = new ui::PreferencesScreen(context);
    window.addMemberScreen(QStringLiteral("preferences"), MainWindow::tr("Settings"), preferences);

    // "Pay all" on the overview opens the payment form for the accounts that owe.
    QObject::connect(overview, &ui::OverviewScreen::payRequested, payments,
                     [&window, payments](const QStringList &accounts) {
                         window.showScreen(QStringLiteral("payments"));
                         payments->startPayment(accounts);
                     });
    QObject::connect(preferences, &ui::PreferencesScreen::signOutRequested, &window,
                     &ui::MainWindow::signOut);

    // "Pay without logging in" on the login page: guest Pay Now, never blocking the window.
    QObject::connect(window.loginScreen(), &ui::LoginScreen::payWithoutLoginRequested, &window,
                     [&window, &context](const QString &portal) {
                         auto *dialog = new ui::PayNowDialog(context.services(), portal, &window);
                         dialog->setAttribute(Qt::WA_DeleteOnClose);
                         dialog->open();
                     });

    new ui::DueReminder(context, desktopNotifier(window, context), &window);
}

} // namespace coopdesk::app
