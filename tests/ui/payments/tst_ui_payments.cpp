// The payments screens driven through their real widgets against the in-process simulator:
// the world's ledger and balances are the ground truth.
#include "tests/ui/support/demosession.h"
#include "ui/payments/amountrow.h"
#include "ui/payments/autopayscreen.h"
#include "ui/payments/paymentflow.h"
#include "ui/payments/paymentsscreen.h"
#include "ui/payments/paynowdialog.h"
#include "ui/payments/receipt.h"
#include "models/items/paymentsmodel.h"
#include "ui/common/formatting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace coopdesk;
using namespace coopdesk::ui;
using coopdesk::uitest::DemoSession;

namespace {
constexpr int slowMs = 20'000;
const QString home = u"1000123401"_qs;

template<typename T> T *child(const QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

void click(QAbstractButton *button)
{
    QVERIFY(button);
    QVERIFY2(button->isEnabled(), qPrintable(button->objectName()));
    // Freshly added widgets get their size once the layout has run.
    QTRY_VERIFY(button->isVisible() && button->height() > 0);
    // A check box reacts to its indicator and label, not to the empty width beside them.
    const QPoint at = qobject_cast<QCheckBox *>(button) ? QPoint(8, button->height() / 2)
                                                        : button->rect().center();
    QTest::mouseClick(button, Qt::LeftButton, {}, at);
}

const sim::Account &simAccount(DemoSession &session, const QString &number)
{
    const sim::Account *account = session.simulator().world().coop().account(number);
    Q_ASSERT(account);
    return *account;
}

Money totalDue(DemoSession &session, const QString &number)
{
    return session.simulator().world().balance(simAccount(session, number)).totalDue;
}

QList<sim::Payment> ledger(DemoSession &session, const QString &number)
{
    return session.simulator().world().payments(simAccount(session, number));
}

int countConfirmation(const QList<sim::Payment> &payments, const QString &confirmation)
{
    return int(std::count_if(payments.cbegin(), payments.cend(),
                             [&](const sim::Payment &p) { return p.confirmation == confirmation; }));
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("COOPDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(QDir(dir).filePath(name + u".png"_qs)));
}

void chooseOther(PaymentFlow *flow, const QString &account, const QString &amount)
{
    AmountRow *row = flow->row(account);
    QVERIFY(row);
    auto *choice = child<QComboBox>(row, u"amountChoice"_qs);
    QVERIFY(choice);
    choice->setCurrentIndex(choice->findData(int(AmountRow::Choice::Other)));
    auto *other = child<QLineEdit>(row, u"otherAmount"_qs);
    QVERIFY(other && other->isEnabled());
    other->clear();
    QTest::keyClicks(other, amount);
}

void chooseMethod(PaymentFlow *flow, const QString &text)
{
    auto *method = child<QComboBox>(flow, u"paymentMethod"_qs);
    QVERIFY(method);
    const int index = method->findText(text, Qt::MatchContains);
    QVERIFY2(index >= 0, qPrintable(text));
    method->setCurrentIndex(index);
}
} // namespace

class TestUiPayments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // The phrase heads the form, from the member's own record; Review waits for it.
    void securityPhraseOnTheForm()
    {
        DemoSession session;
        QVERIFY(session.start());
        PaymentsScreen screen(session.context());
        screen.resize(1280, 800);
        screen.show();
        screen.startPayment({home});
        QVERIFY(screen.isShowingFlow());
        const QString phrase = session.simulator().world().coop().member(uitest::demo::user)->securityPhrase;
        QVERIFY(!phrase.isEmpty());
        auto *label = child<QLabel>(screen.flow(), u"securityPhrase"_qs);
        QVERIFY(label);
        QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(phrase.toHtmlEscaped()), slowMs);
        QVERIFY(label->isVisible());
        QCOMPARE(screen.flow()->securityPhrase(), phrase);
        QTRY_VERIFY_WITH_TIMEOUT(screen.flow()->canReview(), slowMs);
        // The phrase sits above the accounts and the method.
        QVERIFY(label->mapTo(&screen, QPoint()).y()
                < child<QComboBox>(screen.flow(), u"paymentMethod"_qs)->mapTo(&screen, QPoint()).y());
    }

    void invalidAmountBlocksConfirm()
    {
        DemoSession session;
        QVERIFY(session.start());
        PaymentsScreen screen(session.context());
        screen.resize(1280, 800);
        screen.show();
        screen.startPayment({home});
        PaymentFlow *flow = screen.flow();
        QTRY_VERIFY_WITH_TIMEOUT(flow->canReview(), slowMs);
        auto *review = child<QPushButton>(flow, u"reviewPayment"_qs);
        auto *error = child<QLabel>(flow->row(home), u"amountError"_qs);
        QVERIFY(review && error);

        const QStringList bad = {u"12.345"_qs, u"abc"_qs, u"0"_qs, u"-5"_qs, u"200000"_qs};
        for (const QString &amount : bad) {
            chooseOther(flow, home, amount);
            QVERIFY2(!review->isEnabled(), qPrintable(amount));
            QVERIFY2(error->isVisible() && !error->text().isEmpty(), qPrintable(amount));
            QTest::mouseClick(review, Qt::LeftButton);
            QCOMPARE(flow->step(), PaymentFlow::Step::Form);
        }
        chooseOther(flow, home, u""_qs);
        QVERIFY(!review->isEnabled());
        chooseOther(flow, home, u"25.5"_qs);
        QVERIFY(review->isEnabled());
        QVERIFY(!error->isVisible());
        QCOMPARE(flow->row(home)->amount(), Money::fromCents(2550));
    }

    // A payment made through the widgets: once in the ledger, once in history, balance down.
    void paymentAppearsOnceAndBalanceDrops()
    {
        DemoSession session;
        QVERIFY(session.start());
        PaymentsScreen screen(session.context());
        screen.resize(1280, 800);
        screen.show();
        QTRY_VERIFY_WITH_TIMEOUT(!screen.isLoading() && screen.model()->rowCount() > 0, slowMs);

        const Money before = totalDue(session, home);
        const qsizetype ledgerBefore = ledger(session, home).size();
        QSignalSpy informed(&session.context(), &MemberContext::informed);
        QSignalSpy refresh(&session.context(), &MemberContext::refreshRequested);

        click(child<QPushButton>(&screen, u"makePayment"_qs));
        QVERIFY(screen.isShowingFlow());
        PaymentFlow *flow = screen.flow();
        QCOMPARE(flow->accounts(), QStringList {home}); // the current account
        QTRY_VERIFY_WITH_TIMEOUT(flow->canReview(), slowMs);
        chooseOther(flow, home, u"25.00"_qs);
        chooseMethod(flow, u"VISA"_qs);
        auto *fee = child<QLabel>(flow, u"convenienceFee"_qs);
        QVERIFY(fee && fee->isVisible() && !fee->text().isEmpty());
        QCOMPARE(flow->total(), Money::fromCents(2500) + flow->totalFees());
        screenshot(&screen, u"payments-form"_qs);

        click(child<QPushButton>(flow, u"reviewPayment"_qs));
        QCOMPARE(flow->step(), PaymentFlow::Step::Confirm);
        const QString summary = child<QLabel>(flow, u"confirmSummary"_qs)->text();
        QVERIFY(summary.contains(u"$25.00"_qs));
        QVERIFY(summary.contains(u"4242"_qs));
        screenshot(&screen, u"payments-confirm"_qs);

        click(child<QPushButton>(flow, u"confirmPayment"_qs));
        QTRY_COMPARE_WITH_TIMEOUT(flow->step(), PaymentFlow::Step::Receipt, slowMs);
        const Receipt receipt = flow->receiptView()->receipt();
        QCOMPARE(receipt.lines.size(), 1);
        const QString confirmation = receipt.lines.first().confirmation;
        QVERIFY(!confirmation.isEmpty());
        QCOMPARE(receipt.lines.first().amount, Money::fromCents(2500));
        QVERIFY(flow->receiptView()->text().contains(confirmation));
        screenshot(&screen, u"payments-receipt"_qs);

        // Ground truth: one new payment, the balance down by exactly its amount.
        const QList<sim::Payment> after = ledger(session, home);
        QCOMPARE(after.size(), ledgerBefore + 1);
        QCOMPARE(countConfirmation(after, confirmation), 1);
        QCOMPARE(totalDue(session, home), before - Money::fromCents(2500));
        QCOMPARE(informed.count(), 1);
        QVERIFY(informed.first().first().toString().contains(confirmation));
        QVERIFY(refresh.count() >= 1);

        // Back to the history: the payment is listed exactly once.
        click(child<QPushButton>(flow, u"receiptDone"_qs));
        QVERIFY(!screen.isShowingFlow());
        auto listed = [&] {
            int n = 0;
            for (int row = 0; row < screen.model()->rowCount(); ++row)
                n += screen.model()->payment(row).confirmation == confirmation;
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(listed(), 1, slowMs);
        QTRY_VERIFY(!screen.isLoading());
        QCOMPARE(listed(), 1);
        QCOMPARE(screen.model()->payment(0).confirmation, confirmation); // newest first
        screenshot(&screen, u"payments-history"_qs);

        // The receipt as a PDF file, and through the print path.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"receipt.pdf"_qs);
        QVERIFY(flow->receiptView()->saveReceiptPdf(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5).startsWith("%PDF"));
        file.close();
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QVERIFY(pdf.pageCount() >= 1);
        QVERIFY(pdf.getAllText(0).text().contains(confirmation));

        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = dir.filePath(u"printed.pdf"_qs);
        printer.setOutputFileName(printed);
        flow->receiptView()->printReceipt(printer);
        QVERIFY(QFileInfo(printed).size() > 0);
    }

    // The submit's answer is lost (connection reset after processing): the app looks the key
    // up and ends with the recorded payment; it never sends the payment a second time.
    void lostAnswerIsLookedUpNotResubmitted()
    {
        DemoSession session;
        QVERIFY(session.start());
        PaymentsScreen screen(session.context());
        screen.resize(1280, 800);
        screen.show();
        screen.startPayment({home});
        PaymentFlow *flow = screen.flow();
        QTRY_VERIFY_WITH_TIMEOUT(flow->canReview(), slowMs);
        chooseOther(flow, home, u"10.00"_qs);
        chooseMethod(flow, u"Checking"_qs);
        click(child<QPushButton>(flow, u"reviewPayment"_qs));
        QCOMPARE(flow->step(), PaymentFlow::Step::Confirm);

        const Money before = totalDue(session, home);
        const qsizetype ledgerBefore = ledger(session, home).size();
        sim::api::FaultRule reset;
        reset.kind = sim::api::FaultKind::Reset;
        reset.pathPrefix = u"/services/secured/payments"_qs;
        reset.remaining = 1;
        session.simulator().faults().add(reset);
        QSignalSpy handled(&session.simulator(), &sim::Simulator::requestHandled);
        QSignalSpy checking(flow, &PaymentFlow::checkingOutcome);

        click(child<QPushButton>(flow, u"confirmPayment"_qs));
        QTRY_COMPARE_WITH_TIMEOUT(flow->step(), PaymentFlow::Step::Receipt, slowMs);
        int submits = 0;
        int lookups = 0;
        for (const QList<QVariant> &call : std::as_const(handled)) {
            const QString path = call.at(1).toString();
            submits += call.at(0).toByteArray() == "POST" && path == u"/services/secured/payments";
            lookups += path.startsWith(u"/services/secured/payments/status");
        }
        QCOMPARE(submits, 1);
        QVERIFY(lookups >= 1);
        QCOMPARE(checking.count(), 1);
        QVERIFY(!checking.first().first().toString().isEmpty());

        const QString confirmation = flow->receiptView()->receipt().lines.value(0).confirmation;
        QVERIFY(!confirmation.isEmpty());
        const QList<sim::Payment> after = ledger(session, home);
        QCOMPARE(after.size(), ledgerBefore + 1);
        QCOMPARE(countConfirmation(after, confirmation), 1);
        QCOMPARE(totalDue(session, home), before - Money::fromCents(1000));
    }

    // The overview's "Pay all": one payment per account, each with its own key.
    void payAllPaysEveryAccount()
    {
        DemoSession session;
        QVERIFY(session.start());
        QStringList owing;
        for (const Account &account : session.context().accounts())
            if (!account.inactive && totalDue(session, account.number) > Money())
                owing << account.number;
        QVERIFY2(owing.size() >= 2, "the demo member should owe on two accounts");
        owing = owing.mid(0, 2);
        QHash<QString, Money> before;
        QHash<QString, qsizetype> ledgerBefore;
        for (const QString &number : std::as_const(owing)) {
            before[number] = totalDue(session, number);
            ledgerBefore[number] = ledger(session, number).size();
        }

        PaymentsScreen screen(session.context());
        screen.resize(1280, 800);
        screen.show();
        screen.startPayment(owing);
        PaymentFlow *flow = screen.flow();
        QCOMPARE(flow->accounts(), owing);
        QTRY_VERIFY_WITH_TIMEOUT(flow->canReview(), slowMs);
        chooseMethod(flow, u"Checking"_qs);
        for (const QString &number : std::as_const(owing)) {
            QCOMPARE(flow->row(number)->choice(), AmountRow::Choice::TotalDue);
            QCOMPARE(flow->row(number)->amount(), before.value(number));
        }
        click(child<QPushButton>(flow, u"reviewPayment"_qs));
        click(child<QPushButton>(flow, u"confirmPayment"_qs));
        QTRY_COMPARE_WITH_TIMEOUT(flow->step(), PaymentFlow::Step::Receipt, slowMs);

        const Receipt receipt = flow->receiptView()->receipt();
        QCOMPARE(receipt.lines.size(), 2);
        QVERIFY(receipt.lines.at(0).confirmation != receipt.lines.at(1).confirmation);
        QStringList keys;
        for (const Receipt::Line &line : receipt.lines) {
            QCOMPARE(line.amount, before.value(line.account));
            const QList<sim::Payment> after = ledger(session, line.account);
            QCOMPARE(after.size(), ledgerBefore.value(line.account) + 1);
            QCOMPARE(countConfirmation(after, line.confirmation), 1);
            QCOMPARE(totalDue(session, line.account), Money());
            for (const sim::Payment &payment : after)
                if (payment.confirmation == line.confirmation)
                    keys << payment.idempotencyKey;
        }
        QCOMPARE(keys.size(), 2);
        QVERIFY(!keys.at(0).isEmpty() && keys.at(0) != keys.at(1));
    }

    // Adding and removing accounts of the login on the form.
    void addAndRemoveAccounts()
    {
        DemoSession session;
        QVERIFY(session.start());
        PaymentsScreen screen(session.context());
        screen.show();
        screen.startPayment({home});
        PaymentFlow *flow = screen.flow();
        auto *add = child<QComboBox>(flow, u"addAccountChoice"_qs);
        QVERIFY(add);
        QVERIFY(add->findData(u"1000123404"_qs) < 0); // closed: cannot be paid
        QVERIFY(add->findData(home) < 0);             // already on the form
        const QString farm = u"1000123402"_qs;
        add->setCurrentIndex(add->findData(farm));
        click(child<QPushButton>(flow, u"addAccount"_qs));
        QCOMPARE(flow->accounts(), (QStringList {home, farm}));
        QTRY_VERIFY_WITH_TIMEOUT(flow->row(farm)->hasFacts(), slowMs);
        click(child<QAbstractButton>(flow->row(home), u"removeAccount"_qs));
        QTRY_COMPARE(flow->accounts(), QStringList {farm});
        QVERIFY(!child<QAbstractButton>(flow->row(farm), u"removeAccount"_qs)->isEnabled());
        QVERIFY(add->findData(home) >= 0);
    }

    // Guest Pay Now by account number and last name: the balance drops, the card is wiped.
    void payNowAsGuest()
    {
        DemoSession::Options options;
        options.signIn = false;
        DemoSession session(options);
        QVERIFY(session.start());
        const Money before = totalDue(session, home);
        const qsizetype ledgerBefore = ledger(session, home).size();

        PayNowDialog dialog(session.services(), session.portal());
        dialog.open(); // returns at once: the dialog never blocks
        QTest::keyClicks(child<QLineEdit>(&dialog, u"payNowAccount"_qs), home);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"payNowName"_qs), u"rivera"_qs);
        click(child<QPushButton>(&dialog, u"payNowLookup"_qs));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.step(), PayNowDialog::Step::Details, slowMs);
        QCOMPARE(dialog.lookup()->amountDue, before);
        QVERIFY(child<QLabel>(&dialog, u"payNowAmountDue"_qs)->text().contains(formatMoney(before)));

        auto *amount = child<QLineEdit>(&dialog, u"payNowAmount"_qs);
        amount->clear();
        QTest::keyClicks(amount, u"20.00"_qs);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"cardNumber"_qs), u"4242 4242 4242 4242"_qs);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"cardExpiry"_qs), u"12/30"_qs);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"cardCvv"_qs), u"123"_qs);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"cardZip"_qs), u"80540"_qs);
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        screenshot(&dialog, u"paynow-form"_qs);
        click(child<QPushButton>(&dialog, u"payNowReview"_qs));
        QCOMPARE(dialog.step(), PayNowDialog::Step::Confirm);
        QVERIFY(child<QLabel>(&dialog, u"payNowConfirmText"_qs)->text().contains(u"4242"_qs));
        click(child<QPushButton>(&dialog, u"payNowConfirm"_qs));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.step(), PayNowDialog::Step::Receipt, slowMs);

        const QString confirmation = dialog.receiptView()->receipt().lines.value(0).confirmation;
        QVERIFY(!confirmation.isEmpty());
        QVERIFY(dialog.receiptView()->text().contains(u"4242"_qs));
        QVERIFY(!dialog.receiptView()->text().contains(u"4242 4242"_qs));
        const QList<sim::Payment> after = ledger(session, home);
        QCOMPARE(after.size(), ledgerBefore + 1);
        QCOMPARE(countConfirmation(after, confirmation), 1);
        for (const sim::Payment &payment : after)
            if (payment.confirmation == confirmation)
                QVERIFY(payment.guest);
        QCOMPARE(totalDue(session, home), before - Money::fromCents(2000));
        // Nothing of the card stays in the form once paid.
        for (const char *name : {"cardNumber", "cardExpiry", "cardCvv", "cardZip"})
            QVERIFY2(child<QLineEdit>(&dialog, QString::fromLatin1(name))->text().isEmpty(), name);
        screenshot(&dialog, u"paynow-receipt"_qs);
        click(child<QPushButton>(&dialog, u"receiptDone"_qs));
        QVERIFY(!dialog.isVisible());
    }

    // A card that fails its check digit is refused on the form: nothing reaches the portal.
    void badCardRefusedBeforeSending()
    {
        DemoSession::Options options;
        options.signIn = false;
        DemoSession session(options);
        QVERIFY(session.start());
        const qsizetype ledgerBefore = ledger(session, home).size();
        QSignalSpy handled(&session.simulator(), &sim::Simulator::requestHandled);

        PayNowDialog dialog(session.services(), session.portal());
        dialog.open();
        QTest::keyClicks(child<QLineEdit>(&dialog, u"payNowAccount"_qs), home);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"payNowName"_qs), u"Rivera"_qs);
        click(child<QPushButton>(&dialog, u"payNowLookup"_qs));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.step(), PayNowDialog::Step::Details, slowMs);
        auto *amount = child<QLineEdit>(&dialog, u"payNowAmount"_qs);
        amount->clear();
        QTest::keyClicks(amount, u"20.00"_qs);
        auto *number = child<QLineEdit>(&dialog, u"cardNumber"_qs);
        QTest::keyClicks(number, u"4242 4242 4242 4241"_qs); // Luhn fails
        QTest::keyClicks(child<QLineEdit>(&dialog, u"cardExpiry"_qs), u"12/30"_qs);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"cardCvv"_qs), u"123"_qs);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"cardZip"_qs), u"80540"_qs);
        auto *review = child<QPushButton>(&dialog, u"payNowReview"_qs);
        auto *problem = child<QLabel>(&dialog, u"payNowProblem"_qs);
        QVERIFY(!review->isEnabled());
        QVERIFY(problem->isVisible() && !problem->text().isEmpty());
        screenshot(&dialog, u"paynow-badcard"_qs);
        QTest::mouseClick(review, Qt::LeftButton);
        QCOMPARE(dialog.step(), PayNowDialog::Step::Details);

        // Fixing the last digit lets it through (the check is not simply "always refuse").
        number->backspace();
        QTest::keyClicks(number, u"2"_qs);
        QVERIFY2(review->isEnabled(), qPrintable(problem->text()));

        // A bad routing number is caught the same way.
        click(child<QAbstractButton>(&dialog, u"payNowBank"_qs));
        QTest::keyClicks(child<QLineEdit>(&dialog, u"bankRouting"_qs), u"021000022"_qs);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"bankAccount"_qs), u"000123456789"_qs);
        QVERIFY(!review->isEnabled());

        dialog.reject();
        QCOMPARE(ledger(session, home).size(), ledgerBefore);
        for (const QList<QVariant> &call : std::as_const(handled))
            QVERIFY2(!call.at(1).toString().startsWith(u"/services/paynow/payments"),
                     qPrintable(call.at(1).toString()));
        // Closing wiped every card and bank field.
        for (const char *name : {"cardNumber", "cardCvv", "bankRouting", "bankAccount"})
            QVERIFY2(child<QLineEdit>(&dialog, QString::fromLatin1(name))->text().isEmpty(), name);
    }

    // Auto Pay on, off, and paper bills off for the whole login: each confirmed first.
    void autoPayAndPaperless()
    {
        DemoSession session;
        QVERIFY(session.start());
        AutoPayScreen screen(session.context());
        screen.resize(1280, 800);
        screen.show();
        const QString enrolName = u"autoPayEnrol_"_qs + home;
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(&screen, enrolName)
                                         && child<QPushButton>(&screen, enrolName)->isEnabled(), slowMs);
        const AccountStatus *status = session.context().statuses().find(home);
        QVERIFY(status && !status->autoPay);
        QVERIFY(session.context().statuses().find(u"1000123402"_qs)->autoPay);

        // Cancel changes nothing.
        click(child<QPushButton>(&screen, enrolName));
        QVERIFY(screen.isConfirming());
        click(child<QPushButton>(&screen, u"autoPayCancel"_qs));
        QVERIFY(!screen.isConfirming());
        QVERIFY(!session.context().statuses().find(home)->autoPay);

        auto *method = child<QComboBox>(&screen, u"autoPayMethod_"_qs + home);
        method->setCurrentIndex(method->findData(u"pm-1002"_qs));
        click(child<QPushButton>(&screen, enrolName));
        QVERIFY(screen.confirmationText().contains(home));
        QVERIFY(screen.confirmationText().contains(u"6789"_qs));
        click(child<QPushButton>(&screen, u"autoPayConfirm"_qs));
        QTRY_VERIFY_WITH_TIMEOUT(session.context().statuses().find(home)->autoPay, slowMs);
        QCOMPARE(session.context().statuses().find(home)->autoPayMethodId, u"pm-1002"_qs);
        QTRY_VERIFY(!screen.isBusy());
        QVERIFY(portalStatuses(session).find(home)->autoPay); // the portal agrees
        screenshot(&screen, u"autopay"_qs);

        click(child<QPushButton>(&screen, u"autoPayLeave_"_qs + home));
        click(child<QPushButton>(&screen, u"autoPayConfirm"_qs));
        QTRY_VERIFY_WITH_TIMEOUT(!session.context().statuses().find(home)->autoPay, slowMs);
        QTRY_VERIFY(!screen.isBusy());
        QVERIFY(!portalStatuses(session).find(home)->autoPay);

        // Paper bills: the switch asks first and moves only on the portal's answer.
        auto *paperless = child<QCheckBox>(&screen, u"paperlessSwitch"_qs);
        QVERIFY(!paperless->isChecked());
        QVERIFY(child<QLabel>(&screen, u"paperlessWarning"_qs)->text().contains(u"every account"_qs));
        click(paperless);
        QVERIFY(!paperless->isChecked());
        QVERIFY(screen.isConfirming());
        click(child<QPushButton>(&screen, u"autoPayConfirm"_qs));
        QTRY_VERIFY_WITH_TIMEOUT(session.context().statuses().paperless, slowMs);
        QTRY_VERIFY(paperless->isChecked());
        QVERIFY(portalStatuses(session).paperless);
        screenshot(&screen, u"autopay-paperless"_qs);
    }

private:
    static AccountStatuses portalStatuses(DemoSession &session)
    {
        AccountStatuses answer;
        bool done = false;
        session.services().accountStatuses(&session.context(), [&](const AccountStatuses &s) {
            answer = s;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, slowMs); }();
        return answer;
    }
};

QTEST_MAIN(TestUiPayments)
#include "tst_ui_payments.moc"
