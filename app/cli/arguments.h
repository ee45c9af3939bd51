#pragma once

#include "models/money.h"
#include "models/usage.h"

#include <QCoreApplication>
#include <QDate>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace coopdesk::cli {

enum class Command { Login, Logout, Accounts, Bills, BillPdf, Usage, Weather, Payments, Pay };
enum class DataFormat { Csv, Json };

// Everything the command line (and COOPDESK_PORTAL) asked for, checked for form but not yet
// against the portal. Secrets are never here: they come from the environment or a prompt.
struct Invocation
{
    // Global options (accepted before or after COMMAND).
    QString portal; // as typed, or COOPDESK_PORTAL
    QString user;
    QString caFile;
    QString timeZone; // IANA id; empty: from the service address, else New York
    QString weatherUrl; // Open-Meteo-compatible archive base URL
    bool noKeychain = false;
    bool json = false;
    bool verbose = false;
    bool allowInsecureLoopback = false; // hidden: plain http:// to 127.0.0.1 (tests only)

    Command command = Command::Accounts;

    // Command options.
    bool remember = false;
    QString account;
    QString location; // empty: the account's primary location
    QDate date; // bill-pdf
    QDate from; // usage, weather: local dates, both inclusive
    QDate to;
    UsageInterval interval = UsageInterval::Daily;
    std::optional<DataFormat> format; // usage, weather: unset = --json decides
    QString output; // bill-pdf, usage: a file, or "-" for stdout
    Money amount;
    QString methodId;
    QString idempotencyKey;

    // The format of usage/weather data: an explicit --format wins over --json.
    DataFormat dataFormat() const
    {
        return format.value_or(json ? DataFormat::Json : DataFormat::Csv);
    }
};

struct ParseOutcome
{
    enum class Kind { Run, Help, Version, Error };
    Kind kind = Kind::Error;
    Invocation invocation;
    QString text; // Help: the help text; Error: one translated sentence
};

// Parses `arguments` (arguments[0] is the program). The usual mistakes come back as Kind::Error
// with a sentence for the member; main() prints it and exits with status 2.
class ArgumentParser
{
    Q_DECLARE_TR_FUNCTIONS(ArgumentParser)
public:
    static ParseOutcome parse(const QStringList &arguments, const QProcessEnvironment &environment);
    static QString helpText();
    static QString commandName(Command command);
};

} // namespace coopdesk::cli
