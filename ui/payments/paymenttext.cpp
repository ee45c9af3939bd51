#include "paymenttext.h"

#include "ui/common/formatting.h"

#include <QCoreApplication>

namespace coopdesk::ui {

QString storedMethodText(const StoredPaymentMethod &method)
{
    QString name = method.brand;
    if (name.isEmpty())
        name = method.kind == u"CARD"
                ? QCoreApplication::translate("PaymentText", "Card")
                : QCoreApplication::translate("PaymentText", "Bank account");
    //: A masked payment method: %1 the brand ("VISA"), %2 the last four digits
    const QString masked = QCoreApplication::translate("PaymentText", "%1 •••• %2")
                                   .arg(name, method.last4.right(4));
    if (method.expiry.isEmpty())
        return masked;
    //: %1 a masked card ("VISA •••• 4242"), %2 its expiry ("09/28")
    return QCoreApplication::translate("PaymentText", "%1 (expires %2)").arg(masked, method.expiry);
}

QString accountLabel(const Account &account)
{
    const ServiceLocation *location = account.location(account.primaryLocation);
    if (!location && !account.locations.isEmpty())
        location = &account.locations.first();
    QString text = account.number;
    if (location && !location->description.isEmpty())
        //: An account and what it is: %1 the account number, %2 its place ("Home")
        text = QCoreApplication::translate("PaymentText", "%1 · %2").arg(account.number, location->description);
    if (account.inactive)
        //: %1 an account that is closed
        text = QCoreApplication::translate("PaymentText", "%1 (closed)").arg(text);
    return text;
}

QString convenienceFeeText(Money fee)
{
    if (fee.isZero())
        return QCoreApplication::translate("PaymentText", "No convenience fee");
    //: %1 an amount of money charged on top of each payment with a card
    return QCoreApplication::translate("PaymentText", "Convenience fee: %1 per payment")
            .arg(formatMoney(fee));
}

} // namespace coopdesk::ui
