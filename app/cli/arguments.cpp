#include "arguments.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTimeZone>

namespace coopdesk::cli {

namespace {

// The global options, added both before COMMAND (first pass) and after it (second pass), so
// `coopdesk-cli accounts --json` works as well as `coopdesk-cli --json accounts`.
struct GlobalOptions
{
    QCommandLineOption portal { u"portal"_qs, {}, u"URL"_qs };
    QCommandLineOption user { u"user"_qs, {}, u"EMAIL"_qs };
    QCommandLineOption caFile { u"ca-file"_qs, {}, u"PEM"_qs };
    QCommandLineOption timeZone { u"timezone"_qs, {}, u"IANA"_qs };
    QCommandLineOption weatherUrl { u"weather-url"_qs, {}, u"URL"_qs };
    QCommandLineOption noKeychain { u"no-keychain"_qs };
    QCommandLineOption json { u"json"_qs };
    QCommandLineOption verbose { u"verbose"_qs };
    QCommandLineOption insecure { u"allow-insecure-loopback"_qs };
    QCommandLineOption help { { u"h"_qs, u"help"_qs } };
    QCommandLineOption version { u"version"_qs };

    void addTo(QCommandLineParser &parser) const
    {
        for (const QCommandLineOption *o :
             { &portal, &user, &caFile, &timeZone, &weatherUrl, &noKeychain, &json, &verbose,
               &insecure, &help, &version })
            parser.addOption(*o);
    }
};

struct CommandOptions
{
    QCommandLineOption remember { u"remember"_qs };
    QCommandLineOption account { u"account"_qs, {}, u"A"_qs };
    QCommandLineOption location { u"location"_qs, {}, u"L"_qs };
    QCommandLineOption date { u"date"_qs, {}, u"YYYY-MM-DD"_qs };
    QCommandLineOption from { u"from"_qs, {}, u"YYYY-MM-DD"_qs };
    QCommandLineOption to { u"to"_qs, {}, u"YYYY-MM-DD"_qs };
    QCommandLineOption interval { u"interval"_qs, {}, u"hourly|daily|monthly"_qs };
    QCommandLineOption format { u"format"_qs, {}, u"csv|json"_qs };
    QCommandLineOption output { u"output"_qs, {}, u"FILE"_qs };
    QCommandLineOption amount { u"amount"_qs, {}, u"12.34"_qs };
    QCommandLineOption method { u"method"_qs, {}, u"ID"_qs };
    QCommandLineOption idempotencyKey { u"idempotency-key"_qs, {}, u"K"_qs };

    // Only the options a command takes are known to its parser: anything else is an error.
    QList<const QCommandLineOption *> of(Command command) const
    {
        switch (command) {
        case Command::Login:
            return { &remember };
        case Command::Logout:
        case Command::Accounts:
            return {};
        case Command::Bills:
        case Command::Payments:
            return { &account };
        case Command::BillPdf:
            return { &account, &date, &output };
        case Command::Usage:
            return { &account, &location, &from, &to, &interval, &format, &output };
        case Command::Weather:
            return { &account, &location, &from, &to, &format };
        case Command::Pay:
            return { &account, &amount, &method, &idempotencyKey };
        }
        return {};
    }
};

std::optional<Command> commandFromName(const QString &name)
{
    static const QList<std::pair<QString, Command>> names = {
        { u"login"_qs, Command::Login },       { u"logout"_qs, Command::Logout },
        { u"accounts"_qs, Command::Accounts }, { u"bills"_qs, Command::Bills },
        { u"bill-pdf"_qs, Command::BillPdf },  { u"usage"_qs, Command::Usage },
        { u"weather"_qs, Command::Weather },   { u"payments"_qs, Command::Payments },
        { u"pay"_qs, Command::Pay },
    };
    for (const auto &[n, c] : names) {
        if (n == name)
            return c;
    }
    return std::nullopt;
}

// Strictly YYYY-MM-DD: QDate's ISO parser alone would also take "2026-9-1".
std::optional<QDate> parseDate(const QString &text)
{
    static const QRegularExpression form(u"^\\d{4}-\\d{2}-\\d{2}$"_qs);
    if (!form.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

// The portal's rule for idempotency keys (docs/api.md): refuse a bad one before any network.
bool isValidIdempotencyKey(const QString &key)
{
    static const QRegularExpression form(u"^[A-Za-z0-9._:-]{8,128}$"_qs);
    return form.match(key).hasMatch();
}

} // namespace

QString ArgumentParser::commandName(Command command)
{
    switch (command) {
    case Command::Login:
        return u"login"_qs;
    case Command::Logout:
        return u"logout"_qs;
    case Command::Accounts:
        return u"accounts"_qs;
    case Command::Bills:
        return u"bills"_qs;
    case Command::BillPdf:
        return u"bill-pdf"_qs;
    case Command::Usage:
        return u"usage"_qs;
    case Command::Weather:
        return u"weather"_qs;
    case Command::Payments:
        return u"payments"_qs;
    case Command::Pay:
        return u"pay"_qs;
    }
    return {};
}

ParseOutcome ArgumentParser::parse(const QStringList &arguments,
                                   const QProcessEnvironment &environment)
{
    ParseOutcome outcome;
    auto fail = [&outcome](const QString &sentence) {
        outcome.kind = ParseOutcome::Kind::Error;
        outcome.text = sentence;
        return outcome;
    };
    const QString program = arguments.value(0, u"coopdesk-cli"_qs);

    // Pass 1: global options up to COMMAND; the rest is left for pass 2.
    const GlobalOptions globals;
    QCommandLineParser first;
    first.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    first.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    globals.addTo(first);
    if (!first.parse(arguments))
        return fail(first.errorText());

    const QStringList rest = first.positionalArguments();
    if (rest.isEmpty()) {
        if (first.isSet(globals.version)) {
            outcome.kind = ParseOutcome::Kind::Version;
            return outcome;
        }
        if (first.isSet(globals.help)) {
            outcome.kind = ParseOutcome::Kind::Help;
            outcome.text = helpText();
            return outcome;
        }
        return fail(tr("No command given."));
    }
    const std::optional<Command> command = commandFromName(rest.first());
    if (!command)
        return fail(tr("“%1” is not a command.").arg(rest.first()));

    // Pass 2: the command's own options, plus the globals again.
    const CommandOptions options;
    QCommandLineParser second;
    second.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    globals.addTo(second);
    for (const QCommandLineOption *o : options.of(*command))
        second.addOption(*o);
    if (!second.parse(QStringList { program } + rest.mid(1)))
        return fail(second.errorText());
    if (!second.positionalArguments().isEmpty())
        return fail(tr("“%1” is not an option of %2.")
                        .arg(second.positionalArguments().first(), commandName(*command)));
    if (first.isSet(globals.help) || second.isSet(globals.help)) {
        outcome.kind = ParseOutcome::Kind::Help;
        outcome.text = helpText();
        return outcome;
    }

    auto value = [&](const QCommandLineOption &o) {
        return second.isSet(o) ? second.value(o) : first.value(o);
    };
    auto isSet = [&](const QCommandLineOption &o) {
        return first.isSet(o) || second.isSet(o);
    };

    Invocation &inv = outcome.invocation;
    inv.command = *command;
    inv.portal
        = isSet(globals.portal) ? value(globals.portal) : environment.value(u"COOPDESK_PORTAL"_qs);
    inv.user = value(globals.user).trimmed();
    inv.caFile = value(globals.caFile);
    inv.timeZone = value(globals.timeZone);
    inv.weatherUrl = value(globals.weatherUrl);
    inv.noKeychain = isSet(globals.noKeychain);
    inv.json = isSet(globals.json);
    inv.verbose = isSet(globals.verbose);
    inv.allowInsecureLoopback = isSet(globals.insecure);

    if (inv.portal.trimmed().isEmpty())
        return fail(tr("No portal given: use --portal URL or set COOPDESK_PORTAL."));
    if (!inv.timeZone.isEmpty() && !QTimeZone(inv.timeZone.toUtf8()).isValid())
        return fail(tr("“%1” is not a time zone; use an IANA name such as America/Denver.")
                        .arg(inv.timeZone));

    // Only options the command's parser knows may be asked about (Qt warns otherwise).
    const QList<const QCommandLineOption *> known = options.of(*command);
    auto has = [&](const QCommandLineOption &o) {
        return known.contains(&o) && second.isSet(o);
    };
    auto text = [&](const QCommandLineOption &o) {
        return has(o) ? second.value(o) : QString();
    };

    // Every option a command takes is required, except these.
    const QList<const QCommandLineOption *> optional
        = { &options.remember, &options.location, &options.format, &options.output,
            &options.idempotencyKey };
    for (const QCommandLineOption *o : known) {
        if (!optional.contains(o) && !second.isSet(*o))
            return fail(tr("%1 needs --%2.").arg(commandName(*command), o->names().first()));
    }
    if (*command == Command::BillPdf && text(options.output).isEmpty())
        return fail(tr("%1 needs --%2.").arg(commandName(*command), u"output"_qs));

    inv.remember = has(options.remember);
    inv.account = text(options.account).trimmed();
    inv.location = text(options.location).trimmed();
    inv.output = text(options.output);
    inv.methodId = text(options.method).trimmed();
    inv.idempotencyKey = text(options.idempotencyKey);

    for (auto [option, target] :
         { std::pair { &options.date, &inv.date }, std::pair { &options.from, &inv.from },
           std::pair { &options.to, &inv.to } }) {
        if (!has(*option))
            continue;
        const std::optional<QDate> date = parseDate(text(*option));
        if (!date)
            return fail(tr("“%1” is not a date in the form YYYY-MM-DD.").arg(text(*option)));
        *target = *date;
    }
    if (inv.from.isValid() && inv.to.isValid() && inv.from > inv.to)
        return fail(tr("--from must not be after --to."));

    if (has(options.interval)) {
        const QString interval = text(options.interval).toLower();
        if (interval == u"hourly")
            inv.interval = UsageInterval::Native;
        else if (interval == u"daily")
            inv.interval = UsageInterval::Daily;
        else if (interval == u"monthly")
            inv.interval = UsageInterval::Monthly;
        else
            return fail(tr("--interval must be hourly, daily or monthly."));
    }
    if (has(options.format)) {
        const QString format = text(options.format).toLower();
        if (format == u"csv")
            inv.format = DataFormat::Csv;
        else if (format == u"json")
            inv.format = DataFormat::Json;
        else
            return fail(tr("--format must be csv or json."));
    }
    if (has(options.amount)) {
        const std::optional<Money> amount = Money::parse(text(options.amount).trimmed());
        if (!amount)
            return fail(tr("“%1” is not an amount in dollars and cents, such as 12.34.")
                            .arg(text(options.amount)));
        if (amount->cents() <= 0)
            return fail(tr("The amount to pay must be more than zero."));
        inv.amount = *amount;
    }
    if (has(options.idempotencyKey) && !isValidIdempotencyKey(inv.idempotencyKey))
        return fail(tr("An idempotency key is 8 to 128 letters, digits or the characters . _ : -"));

    outcome.kind = ParseOutcome::Kind::Run;
    return outcome;
}

QString ArgumentParser::helpText()
{
    // The synopsis is the scripting interface itself and stays in English; the prose is translated.
    const QString synopsis
        = uR"(coopdesk-cli [--portal URL] [--user EMAIL] [--ca-file PEM] [--timezone IANA]
             [--weather-url URL] [--no-keychain] [--json] [--verbose] COMMAND [options]
  login [--remember]        logout
  accounts
  bills --account A
  bill-pdf --account A --date YYYY-MM-DD --output FILE
  usage --account A [--location L] --from YYYY-MM-DD --to YYYY-MM-DD
        --interval hourly|daily|monthly [--format csv|json] [--output FILE]
  weather --account A [--location L] --from YYYY-MM-DD --to YYYY-MM-DD [--format csv|json]
  payments --account A
  pay --account A --amount 12.34 --method ID [--idempotency-key K]
)"_qs;
    return synopsis + u'\n' + tr("Your co-op's SmartHub portal from the command line.") + u'\n'
        + u'\n'
        + tr("The password comes from COOPDESK_PASSWORD, else it is asked for on the terminal, "
             "else read as one line from standard input. A TOTP secret for co-ops with two-step "
             "verification comes from COOPDESK_TOTP_SECRET.")
        + u'\n'
        + tr("The portal can also be given in COOPDESK_PORTAL. Dates are local dates in the "
             "co-op's time zone, both included.")
        + u'\n'
        + tr("Without “login --remember” every command logs in for itself and keeps nothing; "
             "with it, later commands use the login kept in the system keychain until “logout”.")
        + u'\n' + u'\n'
        + tr("Exit status: 0 success, 2 bad usage, 3 authentication, 4 network or certificate, "
             "5 portal or data error, 130 cancelled.")
        + u'\n';
}

} // namespace coopdesk::cli
