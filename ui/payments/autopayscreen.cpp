#include "autopayscreen.h"

#include "paymenttext.h"
#include "ui/common/formatting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace coopdesk::ui {

AutoPayScreen::AutoPayScreen(MemberContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(u"autoPayScreen"_qs);
    auto *title = new QLabel(tr("Auto Pay and paper bills"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    title->setFont(font);

    auto *autoPayBox = new QGroupBox(tr("Auto Pay"), this);
    auto *intro = new QLabel(tr("With Auto Pay the co-op takes each bill's amount from the stored "
                                "card or bank account on its due date."), autoPayBox);
    intro->setWordWrap(true);
    m_rows = new QWidget(autoPayBox);
    m_grid = new QGridLayout(m_rows);
    m_grid->setContentsMargins(0, 0, 0, 0);
    auto *autoPayLayout = new QVBoxLayout(autoPayBox);
    autoPayLayout->addWidget(intro);
    autoPayLayout->addWidget(m_rows);

    auto *paperBox = new QGroupBox(tr("Paper bills"), this);
    m_paperless = new QCheckBox(tr("Go paperless: stop mailing paper bills"), paperBox);
    m_paperless->setObjectName(u"paperlessSwitch"_qs);
    m_paperless->setAccessibleName(tr("Go paperless for every account of this login"));
    m_paperlessNote = new QLabel(
            tr("This applies to every account of this login, not only to one account. Bills "
               "stay available here and in SmartHub."), paperBox);
    m_paperlessNote->setObjectName(u"paperlessWarning"_qs);
    m_paperlessNote->setWordWrap(true);
    auto *paperLayout = new QVBoxLayout(paperBox);
    paperLayout->addWidget(m_paperless);
    paperLayout->addWidget(m_paperlessNote);
    // The switch only asks; the portal's answer moves it.
    connect(m_paperless, &QCheckBox::clicked, this, [this](bool checked) {
        const QSignalBlocker blocker(m_paperless);
        m_paperless->setChecked(!checked);
        const int count = int(m_context.accounts().size());
        if (checked)
            ask(tr("Stop paper bills for all %n account(s) of this login?", nullptr, count),
                tr("Go paperless"), [this] { setPaperless(true); });
        else
            ask(tr("Mail paper bills again for all %n account(s) of this login?", nullptr, count),
                tr("Mail paper bills"), [this] { setPaperless(false); });
    });

    m_confirmBar = new QFrame(this);
    m_confirmBar->setObjectName(u"autoPayConfirmBar"_qs);
    static_cast<QFrame *>(m_confirmBar)->setFrameShape(QFrame::StyledPanel);
    m_confirmBar->setBackgroundRole(QPalette::AlternateBase);
    m_confirmBar->setAutoFillBackground(true);
    m_confirmText = new QLabel(m_confirmBar);
    m_confirmText->setObjectName(u"autoPayConfirmText"_qs);
    m_confirmText->setWordWrap(true);
    m_confirmYes = new QPushButton(m_confirmBar);
    m_confirmYes->setObjectName(u"autoPayConfirm"_qs);
    m_confirmNo = new QPushButton(tr("Cancel"), m_confirmBar);
    m_confirmNo->setObjectName(u"autoPayCancel"_qs);
    m_confirmNo->setAccessibleName(tr("Cancel this change"));
    auto *barLayout = new QHBoxLayout(m_confirmBar);
    barLayout->addWidget(m_confirmText, 1);
    barLayout->addWidget(m_confirmNo);
    barLayout->addWidget(m_confirmYes);
    m_confirmBar->hide();
    connect(m_confirmNo, &QPushButton::clicked, this, [this] {
        m_pending = nullptr;
        m_confirmBar->hide();
    });
    connect(m_confirmYes, &QPushButton::clicked, this, [this] {
        auto action = std::move(m_pending);
        m_pending = nullptr;
        m_confirmBar->hide();
        if (action)
            action();
    });

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(title);
    contentLayout->addWidget(m_confirmBar);
    contentLayout->addWidget(autoPayBox);
    contentLayout->addWidget(paperBox);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(&m_context, &MemberContext::statusesChanged, this, &AutoPayScreen::rebuild);
    connect(&m_context, &MemberContext::accountsChanged, this, &AutoPayScreen::rebuild);
    connect(&m_context, &MemberContext::cleared, this, [this] {
        m_methods.clear();
        m_pending = nullptr;
        m_confirmBar->hide();
        rebuild();
    });
    rebuild();
    reload();
}

bool AutoPayScreen::isConfirming() const
{
    return !m_confirmBar->isHidden();
}

QString AutoPayScreen::confirmationText() const
{
    return m_confirmText->text();
}

void AutoPayScreen::reload()
{
    MemberServices &services = m_context.services();
    if (!services.isSignedIn())
        return;
    Task *methods = services.paymentMethods(this, [this](const QList<StoredPaymentMethod> &found) {
        m_methods = found;
        rebuild();
    });
    connect(methods, &Task::failed, this, [this](const Failure &failure) { m_context.report(failure); });
    Task *statuses = services.accountStatuses(this, [this](const AccountStatuses &found) {
        m_context.setStatuses(found); // rebuild() follows statusesChanged
    });
    connect(statuses, &Task::failed, this, [this](const Failure &failure) { m_context.report(failure); });
}

QString AutoPayScreen::methodName(const QString &methodId) const
{
    for (const StoredPaymentMethod &method : m_methods)
        if (method.id == methodId)
            return storedMethodText(method);
    return methodId;
}

void AutoPayScreen::rebuild()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const AccountStatuses &statuses = m_context.statuses();
    {
        const QSignalBlocker blocker(m_paperless);
        m_paperless->setChecked(statuses.paperless);
    }
    m_paperless->setEnabled(!m_busy && !m_context.accounts().isEmpty());

    int row = 0;
    for (const Account &account : m_context.accounts()) {
        const AccountStatus *status = statuses.find(account.number);
        const bool enrolled = status ? status->autoPay : account.autoPay;
        auto *name = new QLabel(accountLabel(account), m_rows);
        auto *state = new QLabel(m_rows);
        state->setObjectName(u"autoPayState_"_qs + account.number);
        if (account.inactive)
            state->setText(tr("Closed account"));
        else if (enrolled && status && !status->autoPayMethodId.isEmpty())
            //: %1 the masked stored method Auto Pay uses
            state->setText(tr("On: pays from %1").arg(methodName(status->autoPayMethodId)));
        else if (enrolled)
            state->setText(tr("On"));
        else
            state->setText(tr("Off"));
        m_grid->addWidget(name, row, 0);
        m_grid->addWidget(state, row, 1);
        if (!account.inactive) {
            auto *method = new QComboBox(m_rows);
            method->setObjectName(u"autoPayMethod_"_qs + account.number);
            //: %1 an account number
            method->setAccessibleName(tr("Auto Pay method for account %1").arg(account.number));
            for (const StoredPaymentMethod &stored : std::as_const(m_methods))
                method->addItem(storedMethodText(stored), stored.id);
            if (status && !status->autoPayMethodId.isEmpty())
                method->setCurrentIndex(std::max(0, method->findData(status->autoPayMethodId)));
            auto *enrolButton = new QPushButton(enrolled ? tr("Change method") : tr("Turn on Auto Pay"), m_rows);
            enrolButton->setObjectName(u"autoPayEnrol_"_qs + account.number);
            enrolButton->setAccessibleName(tr("Turn on Auto Pay for account %1").arg(account.number));
            enrolButton->setEnabled(!m_busy && method->count() > 0);
            auto *leaveButton = new QPushButton(tr("Turn off"), m_rows);
            leaveButton->setObjectName(u"autoPayLeave_"_qs + account.number);
            leaveButton->setAccessibleName(tr("Turn off Auto Pay for account %1").arg(account.number));
            leaveButton->setEnabled(!m_busy && enrolled);
            const QString number = account.number;
            connect(enrolButton, &QPushButton::clicked, this, [this, number, method] {
                const QString methodId = method->currentData().toString();
                //: %1 an account number, %2 a masked card or bank account
                ask(tr("Pay each bill of account %1 automatically from %2 on its due date?")
                            .arg(number, methodName(methodId)),
                    tr("Turn on Auto Pay"), [this, number, methodId] { enrol(number, methodId); });
            });
            connect(leaveButton, &QPushButton::clicked, this, [this, number] {
                ask(tr("Turn off Auto Pay for account %1? You will need to pay its bills yourself.")
                            .arg(number),
                    tr("Turn off Auto Pay"), [this, number] { leave(number); });
            });
            m_grid->addWidget(method, row, 2);
            m_grid->addWidget(enrolButton, row, 3);
            m_grid->addWidget(leaveButton, row, 4);
        }
        ++row;
    }
    m_grid->setColumnStretch(0, 2);
    m_grid->setColumnStretch(1, 2);
    m_grid->setColumnStretch(2, 2);
}

void AutoPayScreen::ask(const QString &question, const QString &yes, std::function<void()> action)
{
    m_pending = std::move(action);
    m_confirmText->setText(question);
    m_confirmYes->setText(yes);
    m_confirmYes->setAccessibleName(yes);
    m_confirmBar->show();
    m_confirmYes->setFocus();
}

void AutoPayScreen::enrol(const QString &account, const QString &methodId)
{
    m_busy = true;
    rebuild();
    Task *task = m_context.services().setAutoPay(account, methodId, this, [this, methodId](const AccountStatus &status) {
        m_busy = false;
        AccountStatuses statuses = m_context.statuses();
        bool found = false;
        for (AccountStatus &known : statuses.accounts) {
            if (known.accountNumber == status.accountNumber) {
                known = status;
                found = true;
            }
        }
        if (!found)
            statuses.accounts.append(status);
        m_context.setStatuses(statuses);
        if (status.autoPay)
            m_context.inform(tr("Auto Pay is on for account %1, from %2.")
                                     .arg(status.accountNumber, methodName(methodId)));
        else
            m_context.inform(tr("Auto Pay is off for account %1.").arg(status.accountNumber));
        m_context.requestRefresh();
        Q_EMIT changed();
    });
    connect(task, &Task::failed, this, [this](const Failure &failure) {
        m_busy = false;
        rebuild();
        m_context.report(failure);
    });
}

void AutoPayScreen::leave(const QString &account)
{
    enrol(account, QString()); // an empty method leaves Auto Pay
}

void AutoPayScreen::setPaperless(bool paperless)
{
    m_busy = true;
    rebuild();
    Task *task = m_context.services().setPaperless(paperless, this, [this](const AccountStatuses &statuses) {
        m_busy = false;
        m_context.setStatuses(statuses);
        m_context.inform(statuses.paperless
                                 ? tr("Paper bills are off for every account of this login.")
                                 : tr("Paper bills will be mailed again for every account of this login."));
        Q_EMIT changed();
    });
    connect(task, &Task::failed, this, [this](const Failure &failure) {
        m_busy = false;
        rebuild();
        m_context.report(failure);
    });
}

} // namespace coopdesk::ui
