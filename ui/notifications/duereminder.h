#pragma once

#include <QDate>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace coopdesk::ui {

class MemberContext;

// While the app runs, says once per (account, due date) on the desktop that a bill is due within
// three days. Looks again whenever balances or statuses change and every hour, with the
// services' clock (never the system's) so tests and screenshots can move time.
class DueReminder : public QObject
{
    Q_OBJECT
public:
    using Notifier = std::function<void(const QString &title, const QString &message)>;
    static constexpr int kDaysAhead = 3;

    DueReminder(MemberContext &context, Notifier notifier, QObject *parent = nullptr);

    // Looks at every account now; called by the signals and the timer.
    void check();
    QTimer &timer() { return m_timer; } // tests: the hourly re-check

private:
    MemberContext &m_context;
    Notifier m_notifier;
    QTimer m_timer;
    QSet<QString> m_notified; // "account|yyyy-MM-dd"
};

} // namespace coopdesk::ui
