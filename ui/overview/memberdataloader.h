#pragma once

#include "ui/services/memberservices.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace coopdesk::ui {

class MemberContext;

// Fills the MemberContext with the member's accounts, then (in parallel) every account's billing
// facts and the account statuses: three rounds at most. Runs after sign-in and whenever the
// context asks for a refresh; a new load replaces one in flight. Progress is one Task (for a
// TaskProgress), failures go to context.report(). One loader per context: use of().
class MemberDataLoader : public QObject
{
    Q_OBJECT
public:
    // The context's loader, made (as the context's child) on first use.
    static MemberDataLoader *of(MemberContext &context);

    void load();
    bool isLoading() const { return !m_run.isNull(); }
    Task *task() const { return m_run; }
    // When the last load finished (the services' clock); invalid before the first.
    QDateTime lastLoaded() const { return m_lastLoaded; }

Q_SIGNALS:
    void started(coopdesk::ui::Task *task);
    // A load ended; `complete` is false when a step failed or it was cancelled.
    void loaded(bool complete);

private:
    explicit MemberDataLoader(MemberContext &context);
    class Run;
    void finish(Run *run);

    MemberContext &m_context;
    QPointer<Task> m_run; // the Run in flight
    QDateTime m_lastLoaded;
};

} // namespace coopdesk::ui
