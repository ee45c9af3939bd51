#include "paymentsmodel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace coopdesk {

namespace {
QString money(Money amount)
{
    return QLocale().toCurrencyString(amount.toDollars(), QStringLiteral("$"), 2);
}
} // namespace

PaymentsModel::PaymentsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PaymentsModel::setPayments(QList<PaymentRecord> payments)
{
    std::stable_sort(payments.begin(), payments.end(),
                     [](const PaymentRecord &a, const PaymentRecord &b) {
                         if (a.postedMs != b.postedMs)
                             return a.postedMs > b.postedMs;
                         return a.confirmation > b.confirmation;
                     });
    beginResetModel();
    m_payments = std::move(payments);
    endResetModel();
}

void PaymentsModel::clear()
{
    if (m_payments.isEmpty())
        return;
    beginResetModel();
    m_payments.clear();
    endResetModel();
}

void PaymentsModel::setTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid() || zone == m_zone)
        return;
    m_zone = zone;
    if (!m_payments.isEmpty())
        Q_EMIT dataChanged(index(0, DateColumn), index(rowCount() - 1, DateColumn),
                           {Qt::DisplayRole, Qt::AccessibleTextRole, Qt::ToolTipRole});
}

QString PaymentsModel::methodText(const PaymentRecord &payment)
{
    QString name = payment.methodBrand;
    if (name.isEmpty()) {
        if (payment.methodKind == u"CARD")
            name = tr("Card");
        else if (payment.methodKind == u"BANK")
            name = tr("Bank account");
    }
    if (payment.methodLast4.isEmpty())
        return name.isEmpty() ? tr("Not shown") : name;
    // Only the last four digits ever reach the app; never show more even if sent.
    const QString last4 = payment.methodLast4.right(4);
    if (name.isEmpty())
        name = tr("Account");
    //: A masked payment method: %1 the brand ("VISA"), %2 the last four digits
    return tr("%1 •••• %2").arg(name, last4);
}

QString PaymentsModel::statusText(const QString &status)
{
    if (status == u"POSTED")
        //: A payment's status: the co-op has it
        return tr("Posted");
    if (status == u"PENDING")
        return tr("Pending");
    if (status == u"FAILED" || status == u"RETURNED")
        return tr("Returned");
    return status;
}

int PaymentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_payments.size());
}

int PaymentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PaymentsModel::displayText(const PaymentRecord &payment, int column) const
{
    switch (column) {
    case DateColumn: {
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(payment.postedMs, m_zone);
        return QLocale().toString(when.date(), QLocale::ShortFormat);
    }
    case AccountColumn:
        return payment.accountNumber;
    case AmountColumn:
        return money(payment.amount);
    case FeeColumn:
        return payment.fee.isZero() ? QStringLiteral("–") : money(payment.fee);
    case MethodColumn:
        return methodText(payment);
    case ConfirmationColumn:
        return payment.confirmation;
    case StatusColumn:
        return statusText(payment.status);
    default:
        return {};
    }
}

QVariant PaymentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PaymentRecord &payment = m_payments.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(payment, column);
    case Qt::AccessibleTextRole:
        if (column == FeeColumn && payment.fee.isZero())
            return tr("No fee");
        return displayText(payment, column);
    case Qt::ToolTipRole:
        if (column == DateColumn)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(payment.postedMs, m_zone),
                                      QLocale::LongFormat);
        if (column == MethodColumn && payment.guest)
            return tr("Paid without logging in (Pay Now)");
        return {};
    case Qt::TextAlignmentRole:
        if (column == AmountColumn || column == FeeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        switch (column) {
        case DateColumn: return payment.postedMs;
        case AmountColumn: return payment.amount.cents();
        case FeeColumn: return payment.fee.cents();
        default: return displayText(payment, column);
        }
    case AmountCentsRole:
        return payment.amount.cents();
    case FeeCentsRole:
        return payment.fee.cents();
    case PostedMsRole:
        return payment.postedMs;
    case ConfirmationRole:
        return payment.confirmation;
    case AccountRole:
        return payment.accountNumber;
    default:
        return {};
    }
}

QVariant PaymentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case AccountColumn: return tr("Account");
    case AmountColumn: return tr("Amount");
    //: Column of the convenience fee charged with a payment
    case FeeColumn: return tr("Fee");
    //: Column: how it was paid (card or bank account, masked)
    case MethodColumn: return tr("Method");
    case ConfirmationColumn: return tr("Confirmation");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

} // namespace coopdesk
