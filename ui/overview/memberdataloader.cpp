#include "memberdataloader.h"

#include "ui/common/membercontext.h"

#include <QList>
#include <QTimer>

namespace coopdesk::ui {

// One load as a Task: accounts, then facts of each account beside the statuses. Progress
// counts calls (1 + accounts + 1). The services' tasks take this object as their context, so
// deleting it ends them silently.
class MemberDataLoader::Run : public Task
{
public:
    Run(MemberContext &context, MemberDataLoader *loader)
        : Task(loader)
        , m_context(context)
    {
        // Tasks start on the next event-loop turn (the Task contract): connect first.
        QTimer::singleShot(0, this, &Run::loadAccounts);
    }

    void cancel() override
    {
        if (m_ended)
            return;
        for (const QPointer<Task> &task : std::as_const(m_calls))
            if (task)
                disconnect(task, nullptr, this, nullptr);
        end(Failure{Failure::Kind::Cancelled, {}, {}});
    }

    bool complete() const { return m_complete; }

private:
    void loadAccounts()
    {
        Task *call = m_context.services().accounts(this, [this](const QList<Account> &accounts) {
            if (m_ended)
                return;
            m_context.setAccounts(accounts);
            step();
            loadDetails(accounts);
        });
        follow(call);
    }

    void loadDetails(const QList<Account> &accounts)
    {
        m_total = 2 + int(accounts.size());
        m_pending = int(accounts.size()) + 1;
        Q_EMIT progress(m_done, m_total);
        for (const Account &account : accounts) {
            Task *call = m_context.services().billingFacts(
                account.number, this, [this](const BillingFacts &facts) {
                    if (m_ended)
                        return;
                    m_context.setFacts(facts);
                    step();
                    answered();
                });
            follow(call);
        }
        Task *call = m_context.services().accountStatuses(this, [this](const AccountStatuses &statuses) {
            if (m_ended)
                return;
            m_context.setStatuses(statuses);
            step();
            answered();
        });
        follow(call);
    }

    void follow(Task *call)
    {
        m_calls.append(call);
        connect(call, &Task::failed, this, [this](const Failure &failure) {
            if (m_ended)
                return;
            m_complete = false;
            // One banner per load is enough: the first failure says what went wrong.
            if (!m_reported) {
                m_reported = true;
                m_context.report(failure);
            }
            if (m_total == 0) { // the accounts themselves failed: nothing else to ask
                end(std::nullopt);
                return;
            }
            answered();
        });
    }

    void step()
    {
        ++m_done;
        Q_EMIT progress(m_done, m_total);
    }

    void answered()
    {
        if (--m_pending == 0)
            end(std::nullopt);
    }

    void end(const std::optional<Failure> &failure)
    {
        if (m_ended)
            return;
        m_ended = true;
        if (failure) {
            m_complete = false;
            Q_EMIT failed(*failure);
        }
        auto *loader = static_cast<MemberDataLoader *>(parent());
        loader->finish(this);
        Q_EMIT finished();
        deleteLater();
    }

    MemberContext &m_context;
    QList<QPointer<Task>> m_calls;
    int m_total = 0;
    int m_done = 0;
    int m_pending = 0;
    bool m_ended = false;
    bool m_complete = true;
    bool m_reported = false;
};

MemberDataLoader *MemberDataLoader::of(MemberContext &context)
{
    if (auto *existing = context.findChild<MemberDataLoader *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new MemberDataLoader(context);
}

MemberDataLoader::MemberDataLoader(MemberContext &context)
    : QObject(&context)
    , m_context(context)
{
    connect(&context, &MemberContext::refreshRequested, this, &MemberDataLoader::load);
    // Signed out: whatever is still loading belongs to the member who left.
    connect(&context, &MemberContext::cleared, this, [this] {
        if (m_run)
            m_run->cancel();
        m_lastLoaded = {};
    });
}

void MemberDataLoader::load()
{
    if (m_run)
        m_run->cancel();
    m_run = new Run(m_context, this);
    Q_EMIT started(m_run);
}

void MemberDataLoader::finish(Run *run)
{
    const bool complete = run->complete();
    if (complete)
        m_lastLoaded = m_context.services().now();
    if (m_run == run)
        m_run.clear();
    Q_EMIT loaded(complete);
}

} // namespace coopdesk::ui
