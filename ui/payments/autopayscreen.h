#pragma once

#include "ui/common/membercontext.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QGridLayout;
class QLabel;
class QPushButton;

namespace coopdesk::ui {

// Auto Pay per account (enrol with a stored card or bank account, or leave) and the login's
// paper bills switch. Every change is confirmed inline first; the portal's answer updates the
// context's statuses.
class AutoPayScreen : public QWidget
{
    Q_OBJECT
public:
    explicit AutoPayScreen(MemberContext &context, QWidget *parent = nullptr);

    bool isBusy() const { return m_busy; }
    bool isConfirming() const;
    QString confirmationText() const;

public Q_SLOTS:
    void reload(); // statuses and stored methods from the portal

Q_SIGNALS:
    void changed(); // a change the portal accepted

private:
    void rebuild();
    void ask(const QString &question, const QString &yes, std::function<void()> action);
    void enrol(const QString &account, const QString &methodId);
    void leave(const QString &account);
    void setPaperless(bool paperless);
    QString methodName(const QString &methodId) const;

    MemberContext &m_context;
    QList<StoredPaymentMethod> m_methods;
    QGridLayout *m_grid;
    QWidget *m_rows;
    QCheckBox *m_paperless;
    QLabel *m_paperlessNote;
    QWidget *m_confirmBar;
    QLabel *m_confirmText;
    QPushButton *m_confirmYes;
    QPushButton *m_confirmNo;
    std::function<void()> m_pending;
    bool m_busy = false;
};

} // namespace coopdesk::ui
