#include "taskprogress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace coopdesk::ui {

TaskProgress::TaskProgress(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_label);
    row->addWidget(m_bar, 1);
    row->addWidget(m_cancel);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(m_label->sizeHint().height());
    m_cancel->setAccessibleName(tr("Cancel loading"));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_task)
            m_task->cancel();
    });
    hide();
}

void TaskProgress::track(Task *task, const QString &what)
{
    if (m_task && m_task != task)
        disconnect(m_task, nullptr, this, nullptr);
    m_task = task;
    if (!task) {
        hide();
        return;
    }
    m_label->setText(what);
    m_bar->setRange(0, 0); // busy until the first progress report
    connect(task, &Task::progress, this, [this](int done, int total) {
        if (total > 0) {
            m_bar->setRange(0, total);
            m_bar->setValue(done);
        }
    });
    connect(task, &Task::finished, this, [this, task] {
        if (m_task == task) {
            m_task.clear();
            hide();
        }
    });
    show();
}

} // namespace coopdesk::ui
