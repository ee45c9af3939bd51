<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ArgumentParser</name>
    <message>
        <location filename="../app/cli/arguments.cpp" line="169"/>
        <source>No command given.</source>
        <translation>No se indicó ningún comando.</translation>
    </message>
    <message>
        <location filename="../app/cli/arguments.cpp" line="173"/>
        <source>“%1” is not a command.</source>
        <translation>“%1” no es un comando.</translation>
    </message>
    <message>
        <location filename="../app/cli/arguments.cpp" line="185"/>
        <source>“%1” is not an option of %2.</source>
        <translation>“%1” no es una opción de %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/arguments.cpp" line="214"/>
        <source>No portal given: use --portal URL or set COOPDESK_PORTAL.</source>
        <translation>No se indicó el portal: use --portal URL o defina COOPDESK_PORTAL.</translation>
    </message>
    <message>
        <location filename="../app/cli/arguments.cpp" line="216"/>
        <source>“%1” is not a time zone; use an IANA name such as America/Denver.</source>
        <translation>“%1” no es una zona horaria; use un nombre IANA como America/Denver.</translation>
    </message>
    <message>
        <location filename="../app/cli/arguments.cpp" line="234"/>
        <location filename="../app/cli/arguments.cpp" line="237"/>
        <source>%1 needs --%2.</source>
        <translation>%1 necesita --%2.</translation>
    </message>
    <message>
        <location filename="../app/cli/arguments.cpp" line="253"/>
        <source>“%1” is not a date in the form YYYY-MM-DD.</source>
        <translation>“%1” no es una fecha con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <location filename="../app/cli/arguments.cpp" line="257"/>
        <source>--from must not be after --to.</source>
        <translation>--from no puede ser posterior a --to.</translation>
    </message>
    <message>
        <location filename="../app/cli/arguments.cpp" line="268"/>
        <source>--interval must be hourly, daily or monthly.</source>
        <translation>--interval debe ser hourly, daily o monthly.</translation>
    </message>
    <message>
        <location filename="../app/cli/arguments.cpp" line="277"/>
        <source>--format must be csv or json.</source>
        <translation>--format debe ser csv o json.</translation>
    </message>
    <message>
        <location filename="../app/cli/arguments.cpp" line="282"/>
        <source>“%1” is not an amount in dollars and cents, such as 12.34.</source>
        <translation>“%1” no es un monto en dólares y centavos, como 12.34.</translation>
    </message>
    <message>
        <location filename="../app/cli/arguments.cpp" line="285"/>
        <source>The amount to pay must be more than zero.</source>
        <translation>El monto a pagar debe ser mayor que cero.</translation>
    </message>
    <message>
        <location filename="../app/cli/arguments.cpp" line="289"/>
        <source>An idempotency key is 8 to 128 letters, digits or the characters . _ : -</source>
        <translation>Una clave de idempotencia tiene de 8 a 128 letras, dígitos o los caracteres . _ : -</translation>
    </message>
    <message>
        <location filename="../app/cli/arguments.cpp" line="311"/>
        <source>Your co-op&apos;s SmartHub portal from the command line.</source>
        <translation>El portal SmartHub de su cooperativa desde la línea de comandos.</translation>
    </message>
    <message>
        <location filename="../app/cli/arguments.cpp" line="313"/>
        <source>The password comes from COOPDESK_PASSWORD, else it is asked for on the terminal, else read as one line from standard input. A TOTP secret for co-ops with two-step verification comes from COOPDESK_TOTP_SECRET.</source>
        <translation>La contraseña se toma de COOPDESK_PASSWORD; si no está, se pide en la terminal y, si no hay terminal, se lee como una línea de la entrada estándar. El secreto TOTP de las cooperativas con verificación en dos pasos se toma de COOPDESK_TOTP_SECRET.</translation>
    </message>
    <message>
        <location filename="../app/cli/arguments.cpp" line="317"/>
        <source>The portal can also be given in COOPDESK_PORTAL. Dates are local dates in the co-op&apos;s time zone, both included.</source>
        <translation>El portal también se puede indicar en COOPDESK_PORTAL. Las fechas son fechas locales en la zona horaria de la cooperativa, ambas incluidas.</translation>
    </message>
    <message>
        <location filename="../app/cli/arguments.cpp" line="320"/>
        <source>Without “login --remember” every command logs in for itself and keeps nothing; with it, later commands use the login kept in the system keychain until “logout”.</source>
        <translation>Sin “login --remember”, cada comando inicia sesión por su cuenta y no guarda nada; con esa opción, los comandos siguientes usan el acceso guardado en el llavero del sistema hasta “logout”.</translation>
    </message>
    <message>
        <location filename="../app/cli/arguments.cpp" line="323"/>
        <source>Exit status: 0 success, 2 bad usage, 3 authentication, 4 network or certificate, 5 portal or data error, 130 cancelled.</source>
        <translation>Código de salida: 0 éxito, 2 uso incorrecto, 3 autenticación, 4 red o certificado, 5 error del portal o de los datos, 130 cancelado.</translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="56"/>
        <source>Try “coopdesk-cli --help”.</source>
        <translation>Pruebe “coopdesk-cli --help”.</translation>
    </message>
</context>
<context>
    <name>PayNowApi</name>
    <message>
        <location filename="../net/client/paynowapi.cpp" line="81"/>
        <source>Enter the account number and the last name on the account.</source>
        <translation>Ingrese el número de cuenta y el apellido del titular de la cuenta.</translation>
    </message>
    <message>
        <location filename="../net/client/paynowapi.cpp" line="84"/>
        <source>Enter an amount from $0.01 to $100,000.00.</source>
        <translation>Ingrese un monto entre $0.01 y $100,000.00.</translation>
    </message>
    <message>
        <location filename="../net/client/paynowapi.cpp" line="88"/>
        <source>The card number is not valid; please check it.</source>
        <translation>El número de tarjeta no es válido; por favor revíselo.</translation>
    </message>
    <message>
        <location filename="../net/client/paynowapi.cpp" line="91"/>
        <source>The card&apos;s expiry date is not valid or has passed.</source>
        <translation>La fecha de vencimiento de la tarjeta no es válida o ya pasó.</translation>
    </message>
    <message>
        <location filename="../net/client/paynowapi.cpp" line="96"/>
        <source>The security code on the back of the card is not valid.</source>
        <translation>El código de seguridad del reverso de la tarjeta no es válido.</translation>
    </message>
    <message>
        <location filename="../net/client/paynowapi.cpp" line="99"/>
        <source>Enter the card&apos;s five-digit billing ZIP code.</source>
        <translation>Ingrese el código postal de facturación de la tarjeta, de cinco dígitos.</translation>
    </message>
    <message>
        <location filename="../net/client/paynowapi.cpp" line="103"/>
        <source>The bank routing number is not valid; please check it.</source>
        <translation>El número de ruta bancaria no es válido; por favor revíselo.</translation>
    </message>
    <message>
        <location filename="../net/client/paynowapi.cpp" line="106"/>
        <source>The bank account number is not valid; please check it.</source>
        <translation>El número de cuenta bancaria no es válido; por favor revíselo.</translation>
    </message>
    <message>
        <location filename="../net/client/paynowapi.cpp" line="110"/>
        <source>Choose a checking or a savings account.</source>
        <translation>Elija una cuenta de cheques o de ahorros.</translation>
    </message>
    <message>
        <location filename="../net/client/paynowapi.cpp" line="115"/>
        <source>This payment cannot be sent as it is; please start it again.</source>
        <translation>Este pago no se puede enviar así; por favor vuelva a empezarlo.</translation>
    </message>
</context>
<context>
    <name>PaymentsApi</name>
    <message>
        <location filename="../net/client/paymentsapi.cpp" line="60"/>
        <source>Choose the account to pay.</source>
        <translation>Elija la cuenta que desea pagar.</translation>
    </message>
    <message>
        <location filename="../net/client/paymentsapi.cpp" line="62"/>
        <source>Choose how to pay.</source>
        <translation>Elija cómo desea pagar.</translation>
    </message>
    <message>
        <location filename="../net/client/paymentsapi.cpp" line="64"/>
        <source>Enter an amount from $0.01 to $100,000.00.</source>
        <translation>Ingrese un monto entre $0.01 y $100,000.00.</translation>
    </message>
    <message>
        <location filename="../net/client/paymentsapi.cpp" line="66"/>
        <source>This payment cannot be sent as it is; please start it again.</source>
        <translation>Este pago no se puede enviar así; por favor vuelva a empezarlo.</translation>
    </message>
    <message>
        <location filename="../net/client/paymentsapi.cpp" line="116"/>
        <source>The co-op&apos;s answer to your payment was lost, so we are checking whether it went through.</source>
        <translation>Se perdió la respuesta de la cooperativa a su pago, así que estamos verificando si se realizó.</translation>
    </message>
</context>
<context>
    <name>PortalConfig</name>
    <message>
        <location filename="../net/transport/portalconfig.cpp" line="51"/>
        <source>Enter the address of your co-op&apos;s portal.</source>
        <translation>Ingrese la dirección del portal de su cooperativa.</translation>
    </message>
    <message>
        <location filename="../net/transport/portalconfig.cpp" line="59"/>
        <source>This is not a web address, such as yourcoop.smarthub.coop.</source>
        <translation>Esta no es una dirección web, como sucooperativa.smarthub.coop.</translation>
    </message>
    <message>
        <location filename="../net/transport/portalconfig.cpp" line="63"/>
        <source>The portal address must not contain a user name or password.</source>
        <translation>La dirección del portal no debe contener un nombre de usuario ni una contraseña.</translation>
    </message>
    <message>
        <location filename="../net/transport/portalconfig.cpp" line="67"/>
        <source>The portal address must start with https://.</source>
        <translation>La dirección del portal debe empezar con https://.</translation>
    </message>
    <message>
        <location filename="../net/transport/portalconfig.cpp" line="70"/>
        <source>CoopDesk only connects to a co-op&apos;s portal over a secure (https) connection.</source>
        <translation>CoopDesk solo se conecta al portal de una cooperativa mediante una conexión segura (https).</translation>
    </message>
    <message>
        <location filename="../net/transport/portalconfig.cpp" line="88"/>
        <source>The certificate file could not be read.</source>
        <translation>No se pudo leer el archivo del certificado.</translation>
    </message>
    <message>
        <location filename="../net/transport/portalconfig.cpp" line="92"/>
        <source>The certificate file is too large to be a CA bundle.</source>
        <translation>El archivo del certificado es demasiado grande para ser un paquete de CA.</translation>
    </message>
    <message>
        <location filename="../net/transport/portalconfig.cpp" line="98"/>
        <source>The certificate file holds no PEM certificate.</source>
        <translation>El archivo no contiene ningún certificado PEM.</translation>
    </message>
</context>
<context>
    <name>PortalError</name>
    <message>
        <location filename="../net/transport/portalerror.cpp" line="26"/>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <location filename="../net/transport/portalerror.cpp" line="28"/>
        <source>The co-op&apos;s portal could not be reached. Check your internet connection and try again.</source>
        <translation>No se pudo conectar con el portal de la cooperativa. Revise su conexión a internet e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../net/transport/portalerror.cpp" line="31"/>
        <source>The co-op&apos;s portal did not answer in time, so please try again in a moment.</source>
        <translation>El portal de la cooperativa no respondió a tiempo; por favor inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../net/transport/portalerror.cpp" line="33"/>
        <source>The connection to the co-op&apos;s portal is not secure (certificate problem), so CoopDesk stopped.</source>
        <translation>La conexión con el portal de la cooperativa no es segura (problema de certificado), así que CoopDesk se detuvo.</translation>
    </message>
    <message>
        <location filename="../net/transport/portalerror.cpp" line="36"/>
        <source>The email or password is not correct.</source>
        <translation>El correo electrónico o la contraseña no son correctos.</translation>
    </message>
    <message>
        <location filename="../net/transport/portalerror.cpp" line="38"/>
        <source>Your co-op asks for a verification code from your authenticator app.</source>
        <translation>Su cooperativa pide un código de verificación de su app de autenticación.</translation>
    </message>
    <message>
        <location filename="../net/transport/portalerror.cpp" line="40"/>
        <source>The verification code was not accepted. Wait for a new code and try again.</source>
        <translation>No se aceptó el código de verificación. Espere un código nuevo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../net/transport/portalerror.cpp" line="42"/>
        <source>Your account is locked after too many failed sign-ins. Contact your co-op to unlock it.</source>
        <translation>Su cuenta está bloqueada por demasiados intentos fallidos de inicio de sesión. Comuníquese con su cooperativa para desbloquearla.</translation>
    </message>
    <message>
        <location filename="../net/transport/portalerror.cpp" line="45"/>
        <source>Your sign-in has ended, so please sign in again.</source>
        <translation>Su sesión terminó; por favor inicie sesión de nuevo.</translation>
    </message>
    <message>
        <location filename="../net/transport/portalerror.cpp" line="47"/>
        <source>Your login does not have access to this part of the co-op&apos;s portal.</source>
        <translation>Su usuario no tiene acceso a esta parte del portal de la cooperativa.</translation>
    </message>
    <message>
        <location filename="../net/transport/portalerror.cpp" line="49"/>
        <source>The co-op&apos;s portal could not find what CoopDesk asked for.</source>
        <translation>El portal de la cooperativa no encontró lo que CoopDesk solicitó.</translation>
    </message>
    <message>
        <location filename="../net/transport/portalerror.cpp" line="51"/>
        <source>The co-op&apos;s portal refused this because it conflicts with an earlier request.</source>
        <translation>El portal de la cooperativa lo rechazó porque entra en conflicto con una solicitud anterior.</translation>
    </message>
    <message>
        <location filename="../net/transport/portalerror.cpp" line="53"/>
        <source>The co-op&apos;s portal did not accept the request.</source>
        <translation>El portal de la cooperativa no aceptó la solicitud.</translation>
    </message>
    <message>
        <location filename="../net/transport/portalerror.cpp" line="55"/>
        <source>The co-op&apos;s portal is busy right now, so please wait a minute and try again.</source>
        <translation>El portal de la cooperativa está ocupado en este momento; por favor espere un minuto e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../net/transport/portalerror.cpp" line="57"/>
        <source>The co-op&apos;s portal had a problem, so please try again later.</source>
        <translation>El portal de la cooperativa tuvo un problema; por favor inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <location filename="../net/transport/portalerror.cpp" line="59"/>
        <source>The co-op&apos;s portal sent an answer CoopDesk did not understand.</source>
        <translation>El portal de la cooperativa envió una respuesta que CoopDesk no entendió.</translation>
    </message>
    <message>
        <location filename="../net/transport/portalerror.cpp" line="61"/>
        <source>CoopDesk only connects to a co-op&apos;s portal over a secure (https) connection.</source>
        <translation>CoopDesk solo se conecta al portal de una cooperativa mediante una conexión segura (https).</translation>
    </message>
    <message>
        <location filename="../net/transport/portalerror.cpp" line="63"/>
        <source>The system keychain is unavailable or locked, so your sign-in is kept only until CoopDesk closes.</source>
        <translation>El llavero del sistema no está disponible o está bloqueado, así que su sesión se conserva solo hasta que CoopDesk se cierre.</translation>
    </message>
    <message>
        <location filename="../net/transport/portalerror.cpp" line="66"/>
        <source>Something went wrong talking to the co-op&apos;s portal.</source>
        <translation>Algo salió mal al comunicarse con el portal de la cooperativa.</translation>
    </message>
</context>
<context>
    <name>PortalWeatherSource</name>
    <message>
        <location filename="../net/client/portalweathersource.cpp" line="22"/>
        <source>Your co-op&apos;s portal</source>
        <translation>El portal de su cooperativa</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../app/cli/report.cpp" line="108"/>
        <source>This login has no accounts.</source>
        <translation>Este usuario no tiene cuentas.</translation>
    </message>
    <message>
        <location filename="../app/cli/report.cpp" line="111"/>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <location filename="../app/cli/report.cpp" line="111"/>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <location filename="../app/cli/report.cpp" line="159"/>
        <source>Total due: %1</source>
        <translation>Total a pagar: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/report.cpp" line="161"/>
        <source>Past due: %1</source>
        <translation>Saldo vencido: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/report.cpp" line="165"/>
        <source>There are no bills on this account yet.</source>
        <translation>Esta cuenta todavía no tiene facturas.</translation>
    </message>
    <message>
        <location filename="../app/cli/report.cpp" line="166"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../app/cli/report.cpp" line="166"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../app/cli/report.cpp" line="166"/>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <location filename="../app/cli/report.cpp" line="166"/>
        <location filename="../app/cli/report.cpp" line="214"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../app/cli/report.cpp" line="212"/>
        <source>No payments on this account yet.</source>
        <translation>Esta cuenta todavía no tiene pagos.</translation>
    </message>
    <message>
        <location filename="../app/cli/report.cpp" line="214"/>
        <source>Posted</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <location filename="../app/cli/report.cpp" line="214"/>
        <source>Confirmation</source>
        <translation>Confirmación</translation>
    </message>
    <message>
        <location filename="../app/cli/report.cpp" line="214"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../app/cli/report.cpp" line="214"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/cli/report.cpp" line="216"/>
        <source>guest payment</source>
        <translation>pago como invitado</translation>
    </message>
    <message>
        <location filename="../app/cli/report.cpp" line="218"/>
        <source>%1 ending %2</source>
        <translation>%1 terminada en %2</translation>
    </message>
    <message>
        <location filename="../app/cli/report.cpp" line="262"/>
        <source>Payment %1: confirmation %2, %3, %4.</source>
        <translation>Pago %1: confirmación %2, %3, %4.</translation>
    </message>
    <message>
        <location filename="../app/cli/report.cpp" line="267"/>
        <source>Paid with %1 ending %2.</source>
        <translation>Pagado con %1 terminada en %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/report.cpp" line="269"/>
        <source>This payment was already made with this idempotency key; nothing more was charged.</source>
        <translation>Este pago ya se había hecho con esta clave de idempotencia; no se cobró nada más.</translation>
    </message>
    <message>
        <location filename="../app/cli/report.cpp" line="273"/>
        <source>Total due now: %1</source>
        <translation>Total a pagar ahora: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/report.cpp" line="275"/>
        <source>Idempotency key: %1</source>
        <translation>Clave de idempotencia: %1</translation>
    </message>
</context>
<context>
    <name>coopdesk::cli::CommandRunner</name>
    <message>
        <location filename="../app/cli/commandrunner.cpp" line="116"/>
        <source>--weather-url must be a web address such as https://archive-api.open-meteo.com.</source>
        <translation>--weather-url debe ser una dirección web como https://archive-api.open-meteo.com.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandrunner.cpp" line="157"/>
        <source>No user given: use --user EMAIL, or sign in with “login --remember” first.</source>
        <translation>No se indicó el usuario: use --user CORREO o inicie sesión antes con “login --remember”.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandrunner.cpp" line="546"/>
        <location filename="../app/cli/commandrunner.cpp" line="604"/>
        <source>Detail: %1</source>
        <translation>Detalle: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commandrunner.cpp" line="170"/>
        <source>No user given: use --user EMAIL.</source>
        <translation>No se indicó el usuario: use --user CORREO.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandrunner.cpp" line="175"/>
        <source>--remember keeps the login in the system keychain, so it cannot be used with --no-keychain.</source>
        <translation>--remember guarda el acceso en el llavero del sistema, así que no se puede usar con --no-keychain.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandrunner.cpp" line="192"/>
        <source>Signed in to %1 as %2.</source>
        <translation>Sesión iniciada en %1 como %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandrunner.cpp" line="194"/>
        <source>The login is kept in the system keychain until “coopdesk-cli logout”.</source>
        <translation>El acceso queda guardado en el llavero del sistema hasta “coopdesk-cli logout”.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandrunner.cpp" line="228"/>
        <source>Signed out: nothing of %1 is kept for %2 any more.</source>
        <translation>Sesión cerrada: ya no se guarda nada de %1 para %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandrunner.cpp" line="231"/>
        <source>No login is remembered for %1.</source>
        <translation>No hay ningún acceso recordado para %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandrunner.cpp" line="239"/>
        <source>With --no-keychain the system keychain is left alone, so nothing was removed.</source>
        <translation>Con --no-keychain no se toca el llavero del sistema, así que no se eliminó nada.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandrunner.cpp" line="254"/>
        <source>The system keychain is unavailable or locked, so the remembered login could not be removed.</source>
        <translation>El llavero del sistema no está disponible o está bloqueado, así que no se pudo eliminar el acceso recordado.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandrunner.cpp" line="305"/>
        <source>This login has no account %1.</source>
        <translation>Este usuario no tiene la cuenta %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandrunner.cpp" line="315"/>
        <source>Account %1 has no service location %2.</source>
        <translation>La cuenta %1 no tiene la ubicación de servicio %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandrunner.cpp" line="329"/>
        <source>The co-op&apos;s portal lists no service location for account %1.</source>
        <translation>El portal de la cooperativa no muestra ninguna ubicación de servicio para la cuenta %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandrunner.cpp" line="345"/>
        <source>The co-op&apos;s time zone is not known, so America/New_York is used; set it with --timezone.</source>
        <translation>No se conoce la zona horaria de la cooperativa, así que se usa America/New_York; indíquela con --timezone.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandrunner.cpp" line="398"/>
        <source>Account %1 has no bill dated %2.</source>
        <translation>La cuenta %1 no tiene ninguna factura con fecha %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandrunner.cpp" line="405"/>
        <source>The co-op&apos;s portal offers no PDF of the bill of %1.</source>
        <translation>El portal de la cooperativa no ofrece el PDF de la factura del %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandrunner.cpp" line="416"/>
        <source>Saved the bill of %1 to %2.</source>
        <translation>Se guardó la factura del %1 en %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandrunner.cpp" line="451"/>
        <source>Wrote %1 rows to %2.</source>
        <translation>Se escribieron %1 filas en %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandrunner.cpp" line="459"/>
        <source>Downloading usage: %1 of %2 parts…</source>
        <translation>Descargando el consumo: %1 de %2 partes…</translation>
    </message>
    <message>
        <location filename="../app/cli/commandrunner.cpp" line="517"/>
        <source>Your security phrase: %1</source>
        <translation>Su frase de seguridad: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commandrunner.cpp" line="549"/>
        <source>The co-op did not receive this payment, so nothing was charged.</source>
        <translation>La cooperativa no recibió este pago, así que no se cobró nada.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandrunner.cpp" line="573"/>
        <source>The file %1 could not be written.</source>
        <translation>No se pudo escribir el archivo %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandrunner.cpp" line="609"/>
        <source>To try this same payment again without paying twice, run the same command with --idempotency-key %1.</source>
        <translation>Para intentar este mismo pago otra vez sin pagar dos veces, ejecute el mismo comando con --idempotency-key %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandrunner.cpp" line="616"/>
        <source>Sign in again with “coopdesk-cli login --remember” to update the remembered login.</source>
        <translation>Vuelva a iniciar sesión con “coopdesk-cli login --remember” para actualizar el acceso recordado.</translation>
    </message>
</context>
<context>
    <name>coopdesk::cli::SignIn</name>
    <message>
        <location filename="../app/cli/signin.cpp" line="67"/>
        <source>The remembered login is not in the system keychain, so this command signs in by itself.</source>
        <translation>El acceso recordado no está en el llavero del sistema, así que este comando inicia sesión por su cuenta.</translation>
    </message>
    <message>
        <location filename="../app/cli/signin.cpp" line="103"/>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <location filename="../app/cli/signin.cpp" line="106"/>
        <source>No password was given: set COOPDESK_PASSWORD, or type it when asked.</source>
        <translation>No se indicó la contraseña: defina COOPDESK_PASSWORD o escríbala cuando se le pida.</translation>
    </message>
    <message>
        <location filename="../app/cli/signin.cpp" line="118"/>
        <source>COOPDESK_TOTP_SECRET is not a TOTP secret (base32, or an otpauth:// address).</source>
        <translation>COOPDESK_TOTP_SECRET no es un secreto TOTP (base32 o una dirección otpauth://).</translation>
    </message>
    <message>
        <location filename="../app/cli/signin.cpp" line="143"/>
        <source>Verification code from your authenticator app: </source>
        <translation>Código de verificación de su app de autenticación: </translation>
    </message>
    <message>
        <location filename="../app/cli/signin.cpp" line="164"/>
        <location filename="../app/cli/signin.cpp" line="200"/>
        <source>Detail: %1</source>
        <translation>Detalle: %1</translation>
    </message>
</context>
</TS>
