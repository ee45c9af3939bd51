#pragma once

#include "ui/services/memberservices.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace coopdesk::ui {

// A slim "Loading usage... [=====    ] Cancel" row for a screen's long work. Hidden while
// idle; track() shows it for one task (replacing any earlier one) and hides it when the task
// finishes. Cancel calls the task's cancel().
class TaskProgress : public QWidget
{
    Q_OBJECT
public:
    explicit TaskProgress(QWidget *parent = nullptr);
    void track(Task *task, const QString &what);
    bool isBusy() const { return !m_task.isNull(); }
    Task *task() const { return m_task; }

private:
    QPointer<Task> m_task;
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};

} // namespace coopdesk::ui
