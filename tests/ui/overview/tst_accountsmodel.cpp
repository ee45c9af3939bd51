// AccountsModel: rows, columns, roles and updates, under QAbstractItemModelTester.
#include "models/items/accountsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace coopdesk;

namespace {
Account account(const QString &number, const QString &place, const QString &street,
                bool inactive = false, bool autoPay = false)
{
    Account a;
    a.number = number;
    a.customerName = QStringLiteral("Alex Rivera");
    a.inactive = inactive;
    a.autoPay = autoPay;
    ServiceLocation location;
    location.number = number + u"-L";
    location.description = place;
    location.address.line1 = street;
    a.primaryLocation = location.number;
    a.locations.append(location);
    return a;
}

BillingFacts facts(const QString &number, qint64 dueCents, qint64 pastDueCents)
{
    BillingFacts f;
    f.accountNumber = number;
    f.totalDue = Money::fromCents(dueCents);
    f.pastDue = Money::fromCents(pastDueCents);
    return f;
}

QList<Account> threeAccounts()
{
    return {account(u"1001"_qs, u"Home"_qs, u"12 Aspen Way"_qs),
            account(u"1002"_qs, u"Farm"_qs, u"400 County Rd 7"_qs, false, true),
            account(u"1004"_qs, u"Cabin"_qs, u"9 Lake Dr"_qs, true)};
}
} // namespace

class TestAccountsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void rowsColumnsAndText()
    {
        AccountsModel model;
        model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAccounts(threeAccounts());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(AccountsModel::ColumnCount));
        QCOMPARE(model.index(0, AccountsModel::AccountColumn).data().toString(), u"1001"_qs);
        QCOMPARE(model.index(0, AccountsModel::DescriptionColumn).data().toString(),
                 u"Home, 12 Aspen Way"_qs);
        // No facts yet: nothing claimed about money.
        QVERIFY(model.index(0, AccountsModel::AmountDueColumn).data().toString().isEmpty());
        QVERIFY(!model.index(0, 0).data(AccountsModel::FactsKnownRole).toBool());
        // Closed accounts are kept and say so.
        QVERIFY(model.index(2, AccountsModel::AccountColumn).data().toString().contains(u"closed"));
        QCOMPARE(model.index(2, AccountsModel::DueDateColumn).data().toString(), u"Closed"_qs);
        QVERIFY(model.index(2, 0).data(AccountsModel::ClosedRole).toBool());
        // Auto Pay from user-data until the statuses arrive.
        QCOMPARE(model.index(1, AccountsModel::AutoPayColumn).data().toString(), u"Yes"_qs);
        QCOMPARE(model.index(0, AccountsModel::AutoPayColumn).data().toString(), u"No"_qs);
        QCOMPARE(model.headerData(AccountsModel::AmountDueColumn, Qt::Horizontal).toString(),
                 u"Amount due"_qs);
    }

    void factsStatusesTotalsAndOwing()
    {
        AccountsModel model;
        model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAccounts(threeAccounts());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setFacts(facts(u"1001"_qs, 12345, 2000));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QHash<QString, BillingFacts> all;
        all.insert(u"1001"_qs, facts(u"1001"_qs, 12345, 2000));
        all.insert(u"1002"_qs, facts(u"1002"_qs, 0, 0));
        all.insert(u"1004"_qs, facts(u"1004"_qs, 500, 500));
        model.setFacts(all);
        QCOMPARE(model.index(0, AccountsModel::AmountDueColumn).data().toString(), u"$123.45"_qs);
        QCOMPARE(model.index(0, AccountsModel::PastDueColumn).data().toString(), u"$20.00"_qs);
        QCOMPARE(model.index(0, 0).data(AccountsModel::AmountDueCentsRole).toLongLong(), 12345);
        QCOMPARE(model.totalDue(), Money::fromCents(12345 + 0 + 500));
        // Closed accounts cannot take payments; accounts owing nothing are not paid.
        QCOMPARE(model.owingAccounts(), QStringList{u"1001"_qs});

        AccountStatuses statuses;
        statuses.paperless = true;
        statuses.accounts = {{u"1001"_qs, QDate(2026, 9, 25), 0, false, {}},
                             {u"1002"_qs, QDate(), 0, false, {}}, // left Auto Pay
                             {u"1004"_qs, QDate(), 0, false, {}}};
        model.setStatuses(statuses);
        QCOMPARE(model.index(0, AccountsModel::DueDateColumn).data().toString(),
                 QLocale(QLocale::English, QLocale::UnitedStates).toString(QDate(2026, 9, 25), QLocale::ShortFormat));
        QCOMPARE(model.index(1, AccountsModel::DueDateColumn).data().toString(), u"Nothing due"_qs);
        QCOMPARE(model.index(1, AccountsModel::AutoPayColumn).data().toString(), u"No"_qs);
        QCOMPARE(model.index(0, AccountsModel::PaperlessColumn).data().toString(), u"Paperless"_qs);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalDue(), Money());
    }

    void sortsByRawValues()
    {
        AccountsModel model;
        model.setAccounts(threeAccounts());
        QHash<QString, BillingFacts> all;
        all.insert(u"1001"_qs, facts(u"1001"_qs, 900, 0));    // $9.00
        all.insert(u"1002"_qs, facts(u"1002"_qs, 10000, 0));  // $100.00: after $9 as money, before as text
        all.insert(u"1004"_qs, facts(u"1004"_qs, 0, 0));
        model.setFacts(all);
        QSortFilterProxyModel sorted;
        QAbstractItemModelTester tester(&sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);
        sorted.setSourceModel(&model);
        sorted.setSortRole(AccountsModel::SortRole);
        sorted.sort(AccountsModel::AmountDueColumn, Qt::DescendingOrder);
        QCOMPARE(sorted.index(0, 0).data(AccountsModel::AccountNumberRole).toString(), u"1002"_qs);
        QCOMPARE(sorted.index(1, 0).data(AccountsModel::AccountNumberRole).toString(), u"1001"_qs);
        QCOMPARE(sorted.index(2, 0).data(AccountsModel::AccountNumberRole).toString(), u"1004"_qs);
    }

    void spanishLocaleFormatsMoney()
    {
        AccountsModel model;
        model.setLocale(QLocale(QLocale::Spanish, QLocale::Spain));
        model.setAccounts(threeAccounts());
        model.setFacts(facts(u"1001"_qs, 123456, 0));
        const QString text = model.index(0, AccountsModel::AmountDueColumn).data().toString();
        QVERIFY2(text.contains(u"234,56"), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestAccountsModel)
#include "tst_accountsmodel.moc"
