#include "session.h"

#include "loginexchange.h"
#include "net/transport/redactor.h"
#include "sessionlog.h"
#include "totp.h"

#include <QMetaObject>
#include <QPointer>
#include <QTimer>

#include <limits>

namespace coopdesk::net {

namespace {

// A 401 for a token the portal issued less than this long ago (by the clock), with every request
// that could still carry an older token accounted for, means the portal refuses fresh tokens.
constexpr qint64 kRefusalWindowMs = 60'000;
// Transient renewal failures are retried after 5 s, 10 s, 20 s, ... at most 60 s apart.
constexpr qint64 kRetryBaseMs = 5'000;
constexpr qint64 kRetryMaxMs = 60'000;
// A token whose answer gave no usable lifetime is treated as living as long as SmartHub's do.
constexpr qint64 kFallbackLifetimeMs = 299'000;

// Renewal failures after which there is no session left to keep.
bool endsSession(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::BadCredentials:
    case ErrorKind::MfaRequired:
    case ErrorKind::MfaRejected:
    case ErrorKind::Locked:
    case ErrorKind::SessionExpired:
    case ErrorKind::Forbidden:
        return true;
    default:
        return false;
    }
}

void wipeString(QString &text)
{
    // Only a buffer this string owns alone is overwritten: a shared one belongs to other copies
    // too, and literal data is read-only.
    if (!text.isEmpty() && text.isDetached())
        std::fill_n(text.data(), text.size(), QChar(u'\0'));
    text.clear();
}

} // namespace

void Credentials::wipe()
{
    wipeString(user);
    wipeString(password);
    wipeString(totpSecret);
    wipeString(totpCode);
}

// The state machine of session.h, and the bookkeeping that lets one renewal answer many 401s.
class Session::Private
{
public:
    enum class Trigger { Scheduled, Unauthorized };
    enum class Refresh { Untried, Works, Broken };
    enum class CallKind { Login, Refresh };
    using Resume = std::function<void(bool renewed, PortalError error)>;

    explicit Private(Session *session, PortalTransport *portal)
        : q(session)
        , transport(portal)
    {
        timer.setSingleShot(true);
        timer.setTimerType(Qt::CoarseTimer);
        QObject::connect(&timer, &QTimer::timeout, q, [this] { onTimer(); });
    }

    qint64 nowMs() const { return clock().toMSecsSinceEpoch(); }

    // --- calls to the portal ---
    void sendLogin();
    void sendRefresh();
    void startCall(const PortalRequest &request, CallKind kind, bool codeSent);
    void failLater(const PortalError &error, CallKind kind);
    void abortCall();
    void onAnswer(const PortalResponse &response, CallKind kind, bool codeSent);

    // --- the state machine ---
    void beginRenewal(Trigger why);
    void loginForRenewal();
    void installToken(LoginInfo newInfo, qint64 lifetimeSeconds);
    void loginSucceeded(LoginInfo newInfo, qint64 lifetimeSeconds);
    void loginFailed(const PortalError &error);
    void renewalSucceeded(LoginInfo newInfo, qint64 lifetimeSeconds);
    void renewalFailed(const PortalError &error);
    void endSession(const PortalError &why);
    void reset(const PortalError &forWaiters);
    void scheduleRenewal();
    void scheduleRetry();
    void onTimer();
    void resumeLater(Resume resume, bool renewed, PortalError error);
    void resumeWaiters(bool renewed, const PortalError &error);
    bool tokenBelievedValid() const { return !tokenRefused && nowMs() < deadlineMs; }

    Session *q;
    QPointer<PortalTransport> transport;
    Clock clock = [] {
        return QDateTime::currentDateTimeUtc();
    };
    int marginSeconds = 30;
    bool refreshAllowed = true;

    State state = State::LoggedOut;
    Credentials credentials;
    LoginInfo info;
    qint64 tokenSinceMs = 0; // when the current token arrived, by the clock
    qint64 deadlineMs = 0; // when it stops working, by the clock
    Refresh refresh = Refresh::Untried;
    Trigger trigger = Trigger::Scheduled;
    bool tokenRefused = false; // a 401 came and no renewal has worked since

    QTimer timer;
    qint64 dueAtMs = 0;
    int failedRenewals = 0; // transient failures in a row, for the backoff

    QPointer<PortalCall> call;
    quint64 epoch = 0; // bumped by every call and reset: a late answer of an older one is void
    QList<Resume> waiters;

    // 401 bookkeeping: every authorize() is one attempt that can come back 401 at most once, so
    // (attempts authorized so far) - (401s seen) bounds the requests still out with an older
    // token when a new one arrives. That many 401s after a renewal are replayed without another.
    quint64 authorizations = 0;
    quint64 refusals = 0;
    quint64 staleAllowance = 0;
    bool renewedAfter401 = false; // the current token came from a renewal a 401 started
    qint64 renewedAtMs = 0;
};

// --- calls to the portal ---------------------------------------------------------------------

void Session::Private::startCall(const PortalRequest &request, CallKind kind, bool codeSent)
{
    abortCall();
    if (!transport) {
        failLater(PortalError::make(ErrorKind::Cancelled, u"no transport"_qs), kind);
        return;
    }
    ++epoch;
    PortalCall *started = transport->send(request);
    call = started;
    QObject::connect(started, &PortalCall::finished, q,
                     [this, started, kind, codeSent](const PortalResponse &response) {
                         if (call != started)
                             return; // superseded (logout, a new login)
                         call = nullptr;
                         onAnswer(response, kind, codeSent);
                     });
}

void Session::Private::failLater(const PortalError &error, CallKind kind)
{
    // Answered on the event loop like a real call, never inside login() or renew().
    abortCall();
    const quint64 expected = ++epoch;
    QMetaObject::invokeMethod(
        q,
        [this, expected, error, kind] {
            if (epoch == expected)
                onAnswer(PortalResponse { 0, {}, {}, error }, kind, kind == CallKind::Login);
        },
        Qt::QueuedConnection);
}

void Session::Private::abortCall()
{
    if (PortalCall *running = call.data()) {
        call = nullptr;
        QObject::disconnect(running, nullptr, q, nullptr);
        running->cancel();
    }
}

void Session::Private::sendLogin()
{
    QString code;
    if (!credentials.totpSecret.isEmpty()) {
        const auto totp = Totp::fromSecret(credentials.totpSecret);
        if (!totp) {
            failLater(PortalError::make(ErrorKind::MfaRejected,
                                        u"the stored TOTP secret is not base32"_qs),
                      CallKind::Login);
            return;
        }
        // A fresh code for this moment: SmartHub accepts the current 30-s step (and one either
        // side), and every re-login needs its own.
        code = totp->codeAt(clock().toSecsSinceEpoch());
    } else if (!credentials.totpCode.isEmpty()) {
        code = credentials.totpCode;
        wipeString(credentials.totpCode); // a typed code is good for one login only
    }
    qCDebug(lcSession).noquote() << "login as" << Redactor::email(credentials.user)
                                 << (code.isEmpty() ? "without" : "with") << "a verification code";
    const bool codeSent = !code.isEmpty();
    PortalRequest request
        = loginexchange::loginRequest(credentials.user, credentials.password, code);
    wipeString(code);
    startCall(request, CallKind::Login, codeSent);
}

void Session::Private::sendRefresh()
{
    qCDebug(lcSession).noquote() << "refreshing the token of" << Redactor::email(info.username);
    PortalRequest request = loginexchange::refreshRequest(info.token);
    startCall(request, CallKind::Refresh, false);
}

void Session::Private::onAnswer(const PortalResponse &response, CallKind kind, bool codeSent)
{
    loginexchange::Answer answer = loginexchange::readAnswer(
        response, codeSent, kind == CallKind::Login ? credentials.user : info.username);

    if (kind == CallKind::Refresh) {
        if (answer.info) {
            refresh = Refresh::Works;
            renewalSucceeded(std::move(*answer.info), answer.lifetimeSeconds);
            return;
        }
        if (answer.error.isTransient()) {
            renewalFailed(answer.error);
            return;
        }
        // No refresh here (404/405), or it refused our token (401): a full login instead. A
        // refusal of a token we believe valid means refresh does not work on this portal.
        qCInfo(lcSession).noquote() << "refresh refused, logging in again:" << answer.error.detail;
        if (trigger == Trigger::Scheduled && tokenBelievedValid())
            refresh = Refresh::Broken;
        loginForRenewal();
        return;
    }

    if (state == State::LoggingIn) {
        if (answer.info)
            loginSucceeded(std::move(*answer.info), answer.lifetimeSeconds);
        else
            loginFailed(answer.error);
    } else if (state == State::Renewing) {
        if (answer.info)
            renewalSucceeded(std::move(*answer.info), answer.lifetimeSeconds);
        else
            renewalFailed(answer.error);
    }
}

// --- the state machine -----------------------------------------------------------------------

void Session::Private::installToken(LoginInfo newInfo, qint64 lifetimeSeconds)
{
    const qint64 now = nowMs();
    wipeString(info.token);
    info = std::move(newInfo);
    tokenSinceMs = now;
    // Scheduling uses the lifetime by our own clock when the portal gives one, so a skewed
    // clock does not renew too late (or at once); `expiration` otherwise.
    if (lifetimeSeconds > 0)
        deadlineMs = now + lifetimeSeconds * 1000;
    else
        deadlineMs = info.expiresAtMs;
    if (deadlineMs <= now) {
        qCWarning(lcSession) << "the token's expiration is already past by our clock; assuming"
                             << kFallbackLifetimeMs / 1000 << "s";
        deadlineMs = now + kFallbackLifetimeMs;
    }
    if (info.expiresAtMs <= 0)
        info.expiresAtMs = deadlineMs;
    tokenRefused = false;
    failedRenewals = 0;

    // Requests authorized until now carry an older token; of those, only the ones on the wire
    // can still come back 401 because of it (the transport authorizes every attempt as it
    // sends it, so queued and backing-off calls will carry the new one).
    const quint64 unanswered = authorizations > refusals ? authorizations - refusals : 0;
    const quint64 onTheWire = transport ? quint64(transport->inFlight()) : 0;
    staleAllowance = qMin(unanswered, onTheWire);
}

void Session::Private::loginSucceeded(LoginInfo newInfo, qint64 lifetimeSeconds)
{
    installToken(std::move(newInfo), lifetimeSeconds);
    renewedAfter401 = false;
    state = State::Active;
    qCInfo(lcSession).noquote() << "logged in as" << Redactor::email(info.username) << "for"
                                << (deadlineMs - tokenSinceMs) / 1000 << "s";
    scheduleRenewal();
    resumeWaiters(true, {});
    Q_EMIT q->loggedIn(info);
}

void Session::Private::loginFailed(const PortalError &error)
{
    qCInfo(lcSession).noquote() << "login failed:" << int(error.kind) << error.detail;
    reset(error);
    Q_EMIT q->loginFailed(error);
}

void Session::Private::beginRenewal(Trigger why)
{
    if (state != State::Active)
        return;
    state = State::Renewing;
    trigger = why;
    timer.stop();
    dueAtMs = 0;
    // Refresh needs a token the portal still accepts: not after a 401, not past the deadline.
    if (refreshAllowed && refresh != Refresh::Broken && why == Trigger::Scheduled
        && tokenBelievedValid()) {
        sendRefresh();
        return;
    }
    loginForRenewal();
}

void Session::Private::loginForRenewal()
{
    if (credentials.password.isEmpty()) {
        // Ask once; everything waiting stays queued until providePassword() or logout().
        qCInfo(lcSession) << "renewal needs the password, asking for it";
        state = State::WaitingForPassword;
        Q_EMIT q->passwordNeeded();
        return;
    }
    state = State::Renewing;
    sendLogin();
}

void Session::Private::renewalSucceeded(LoginInfo newInfo, qint64 lifetimeSeconds)
{
    const bool after401 = trigger == Trigger::Unauthorized || tokenRefused;
    installToken(std::move(newInfo), lifetimeSeconds);
    renewedAfter401 = after401;
    renewedAtMs = tokenSinceMs;
    state = State::Active;
    qCInfo(lcSession).noquote() << "session renewed for" << (deadlineMs - tokenSinceMs) / 1000
                                << "s;" << waiters.size() << "waiting requests resume";
    scheduleRenewal();
    resumeWaiters(true, {});
    Q_EMIT q->renewed(info);
}

void Session::Private::renewalFailed(const PortalError &error)
{
    if (endsSession(error.kind)) {
        endSession(error);
        return;
    }
    // Offline, timeout, portal trouble: keep the session; what waited fails with this error.
    qCInfo(lcSession).noquote() << "renewal failed for now:" << int(error.kind) << error.detail;
    if (trigger == Trigger::Unauthorized)
        tokenRefused = true;
    renewedAfter401 = false;
    state = State::Active;
    resumeWaiters(false, error);
    scheduleRetry();
}

void Session::Private::endSession(const PortalError &why)
{
    qCInfo(lcSession).noquote() << "session ended:" << int(why.kind) << why.detail;
    reset(why);
    Q_EMIT q->ended(why);
}

void Session::Private::reset(const PortalError &forWaiters)
{
    abortCall();
    ++epoch;
    timer.stop();
    dueAtMs = 0;
    credentials.wipe();
    wipeString(info.token);
    info = {};
    tokenSinceMs = deadlineMs = 0;
    refresh = Refresh::Untried;
    tokenRefused = renewedAfter401 = false;
    staleAllowance = 0;
    failedRenewals = 0;
    state = State::LoggedOut;
    resumeWaiters(false, forWaiters);
}

void Session::Private::scheduleRenewal()
{
    // Renew `margin` before the deadline, but never later than half-way through a short-lived
    // token (so a lifetime under twice the margin does not renew back to back).
    const qint64 now = nowMs();
    const qint64 lifetime = qMax<qint64>(0, deadlineMs - tokenSinceMs);
    const qint64 margin = qMin<qint64>(qint64(marginSeconds) * 1000, lifetime / 2);
    const qint64 delay
        = qBound<qint64>(0, deadlineMs - margin - now, qint64(std::numeric_limits<int>::max()));
    dueAtMs = now + delay;
    timer.start(int(delay));
}

void Session::Private::scheduleRetry()
{
    // While the token still works there is time to try again; once it is refused or past its
    // deadline the next 401 starts the next attempt instead.
    const qint64 left = deadlineMs - nowMs();
    if (tokenRefused || left <= 0) {
        timer.stop();
        dueAtMs = 0;
        return;
    }
    const int step = qMin(failedRenewals++, 4);
    const qint64 delay = qMin(qMin(kRetryBaseMs << step, kRetryMaxMs), left);
    dueAtMs = nowMs() + delay;
    timer.start(int(delay));
}

void Session::Private::onTimer()
{
    dueAtMs = 0;
    beginRenewal(Trigger::Scheduled);
}

void Session::Private::resumeLater(Resume resume, bool renewed, PortalError error)
{
    // On the transport's side of the event loop, never inside onUnauthorized() or a signal of
    // ours; dropped with the transport, which owns the requests they belong to.
    if (!transport || !resume)
        return;
    QMetaObject::invokeMethod(
        transport.data(),
        [resume = std::move(resume), renewed, error = std::move(error)] { resume(renewed, error); },
        Qt::QueuedConnection);
}

void Session::Private::resumeWaiters(bool renewed, const PortalError &error)
{
    const QList<Resume> waiting = std::exchange(waiters, {});
    for (const Resume &resume : waiting)
        resumeLater(resume, renewed, error);
}

// --- Session ---------------------------------------------------------------------------------

Session::Session(PortalTransport *transport, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, transport))
{
    if (transport)
        transport->setAuthenticator(this);
}

Session::~Session()
{
    d->reset(PortalError::make(ErrorKind::Cancelled, u"session deleted"_qs));
    if (d->transport)
        d->transport->setAuthenticator(nullptr);
}

void Session::setClock(Clock clock)
{
    d->clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); });
}

void Session::setRenewalMarginSeconds(int seconds)
{
    d->marginSeconds = qMax(0, seconds);
}

void Session::setRefreshAllowed(bool allowed)
{
    d->refreshAllowed = allowed;
}

void Session::login(const Credentials &credentials)
{
    d->reset(PortalError::make(ErrorKind::Cancelled, u"a new login started"_qs));
    d->credentials = credentials;
    d->state = State::LoggingIn;
    d->sendLogin();
}

void Session::adoptToken(const QString &user, const QString &token, qint64 expiresAtMs)
{
    d->reset(PortalError::make(ErrorKind::Cancelled, u"another token adopted"_qs));
    d->credentials.user = user;
    if (expiresAtMs <= 0) // not kept: the JWT says it
        expiresAtMs = loginexchange::jwtExpiry(token) * 1000;
    LoginInfo adopted;
    adopted.token = token;
    adopted.username = user;
    adopted.primaryUsername = user;
    adopted.expiresAtMs = expiresAtMs;
    const qint64 now = d->nowMs();
    d->installToken(std::move(adopted), -1);
    // installToken() treats a past expiration as clock skew; an adopted token is simply old.
    // When it was issued is unknown: assume SmartHub's usual lifetime for the renewal margin.
    d->deadlineMs = expiresAtMs;
    d->info.expiresAtMs = expiresAtMs;
    d->tokenSinceMs = expiresAtMs - kFallbackLifetimeMs;
    d->state = State::Active;
    qCInfo(lcSession).noquote() << "resuming a kept session of" << Redactor::email(user)
                                << ((expiresAtMs - now) / 1000) << "s before it expires";
    d->scheduleRenewal();
}

void Session::adoptToken(const Credentials &credentials, const QString &token, qint64 expiresAtMs)
{
    adoptToken(credentials.user, token, expiresAtMs);
    d->credentials = credentials;
    wipeString(d->credentials.totpCode); // a typed code belonged to the login that made it
}

void Session::logout()
{
    if (d->state != State::LoggedOut)
        qCInfo(lcSession) << "logged out";
    d->reset(PortalError::make(ErrorKind::Cancelled, u"logged out"_qs));
}

void Session::providePassword(const QString &password)
{
    if (d->state == State::LoggedOut)
        return;
    wipeString(d->credentials.password);
    d->credentials.password = password;
    if (d->state == State::WaitingForPassword && !password.isEmpty()) {
        d->state = State::Renewing;
        d->sendLogin();
    }
}

bool Session::isActive() const
{
    return d->state == State::Active || d->state == State::Renewing
        || d->state == State::WaitingForPassword;
}

Session::State Session::state() const
{
    return d->state;
}

const LoginInfo &Session::info() const
{
    return d->info;
}

PortalTransport *Session::transport() const
{
    return d->transport.data();
}

bool Session::hasPassword() const
{
    return !d->credentials.password.isEmpty();
}

qint64 Session::renewalDueAtMs() const
{
    return d->timer.isActive() ? d->dueAtMs : 0;
}

void Session::authorize(QNetworkRequest &request)
{
    if (d->info.token.isEmpty())
        return;
    ++d->authorizations;
    request.setRawHeader("Authorization", "Bearer " + d->info.token.toLatin1());
    request.setRawHeader("X-Nisc-Smarthub-Username", d->info.username.toUtf8());
}

void Session::onUnauthorized(std::function<void(bool renewed, PortalError error)> resume)
{
    ++d->refusals;
    switch (d->state) {
    case State::LoggedOut:
        d->resumeLater(std::move(resume), false,
                       PortalError::make(ErrorKind::SessionExpired, u"not logged in"_qs, 401));
        return;
    case State::LoggingIn:
    case State::Renewing:
    case State::WaitingForPassword:
        // One renewal for all: wait for the one under way.
        d->waiters.append(std::move(resume));
        return;
    case State::Active:
        break;
    }
    if (d->staleAllowance > 0) {
        // A request sent with the previous token; the current one is fine: replay it.
        --d->staleAllowance;
        d->resumeLater(std::move(resume), true, {});
        return;
    }
    if (d->renewedAfter401 && d->nowMs() - d->renewedAtMs < kRefusalWindowMs) {
        // The token from the renewal that the last 401 started is refused too: no loop.
        d->waiters.append(std::move(resume));
        d->endSession(PortalError::make(ErrorKind::SessionExpired,
                                        u"the portal refused a token it had just issued"_qs, 401));
        return;
    }
    qCInfo(lcSession) << "token refused (401), renewing";
    d->waiters.append(std::move(resume));
    d->beginRenewal(Private::Trigger::Unauthorized);
}

void Session::renew()
{
    d->beginRenewal(Private::Trigger::Scheduled);
}

} // namespace coopdesk::net
