#pragma once

#include "models/payment.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimeZone>

namespace coopdesk {

// The member's payment history as a table, newest first: what the payments screen lists and
// its printable twin. Card and bank numbers are only ever the masked last four.
class PaymentsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, AccountColumn, AmountColumn, FeeColumn, MethodColumn,
                  ConfirmationColumn, StatusColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: epoch ms, cents, text
        AmountCentsRole,
        FeeCentsRole,
        PostedMsRole,
        ConfirmationRole,
        AccountRole,
    };

    explicit PaymentsModel(QObject *parent = nullptr);

    // Replaces the rows; sorted newest first (ties: by confirmation, descending).
    void setPayments(QList<PaymentRecord> payments);
    void clear();
    const QList<PaymentRecord> &payments() const { return m_payments; }
    const PaymentRecord &payment(int row) const { return m_payments.at(row); }

    // Dates are shown in the co-op's zone (default: the system's).
    void setTimeZone(const QTimeZone &zone);

    // "VISA •••• 4242", "Checking •••• 6789", "Card •••• 1111" (guest): never more than 4 digits.
    static QString methodText(const PaymentRecord &payment);
    static QString statusText(const QString &status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString displayText(const PaymentRecord &payment, int column) const;
    QList<PaymentRecord> m_payments;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace coopdesk
