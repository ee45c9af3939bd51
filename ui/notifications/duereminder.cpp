#include "duereminder.h"

#include "ui/common/formatting.h"
#include "ui/common/membercontext.h"

using namespace Qt::StringLiterals;

namespace coopdesk::ui {

DueReminder::DueReminder(MemberContext &context, Notifier notifier, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_notifier(std::move(notifier))
{
    connect(&context, &MemberContext::statusesChanged, this, &DueReminder::check);
    connect(&context, &MemberContext::factsChanged, this, &DueReminder::check);
    // A new member (kiosk, sign-out) starts with nothing remembered about the previous one.
    connect(&context, &MemberContext::cleared, this, [this] { m_notified.clear(); });
    m_timer.setInterval(std::chrono::hours(1));
    connect(&m_timer, &QTimer::timeout, this, &DueReminder::check);
    m_timer.start();
}

void DueReminder::check()
{
    if (!m_notifier)
        return;
    const MemberServices &services = m_context.services();
    const QDate today = services.wallClock().localDate(services.now().toMSecsSinceEpoch());
    if (!today.isValid())
        return;
    for (const AccountStatus &status : m_context.statuses().accounts) {
        if (!status.dueDate.isValid())
            continue;
        const qint64 daysLeft = today.daysTo(status.dueDate);
        if (daysLeft < 0 || daysLeft > kDaysAhead)
            continue;
        // Auto Pay draws the bill on its own: a reminder would only make the member wonder
        // whether to pay twice.
        const Account *account = m_context.account(status.accountNumber);
        if (status.autoPay || (account && account->autoPay))
            continue;
        if (account && account->inactive)
            continue;
        // Nothing owed (paid already, or a credit): nothing to remind of. Without the balance
        // we cannot know, so we wait for the facts rather than nag.
        const std::optional<BillingFacts> facts = m_context.facts(status.accountNumber);
        if (!facts || facts->totalDue <= Money())
            continue;
        const QString key = status.accountNumber + u'|' + status.dueDate.toString(Qt::ISODate);
        if (m_notified.contains(key))
            continue;
        m_notified.insert(key);
        const QString title = tr("Bill due soon");
        QString message;
        if (daysLeft == 0)
            message = tr("%1 for account %2 is due today.")
                          .arg(formatMoney(facts->totalDue), status.accountNumber);
        else
            //: %1 amount, %2 account number, %3 date
            message = tr("%1 for account %2 is due on %3.")
                          .arg(formatMoney(facts->totalDue), status.accountNumber,
                               formatLongDate(status.dueDate));
        m_notifier(title, message);
    }
}

} // namespace coopdesk::ui
