<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ArgumentParser</name>
    <message>
        <source>No command given.</source>
        <translation>No se indicó ningún comando.</translation>
    </message>
    <message>
        <source>“%1” is not a command.</source>
        <translation>“%1” no es un comando.</translation>
    </message>
    <message>
        <source>“%1” is not an option of %2.</source>
        <translation>“%1” no es una opción de %2.</translation>
    </message>
    <message>
        <source>No portal given: use --portal URL or set COOPDESK_PORTAL.</source>
        <translation>No se indicó el portal: use --portal URL o defina COOPDESK_PORTAL.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; use an IANA name such as America/Denver.</source>
        <translation>“%1” no es una zona horaria; use un nombre IANA como America/Denver.</translation>
    </message>
    <message>
        <source>%1 needs --%2.</source>
        <translation>%1 necesita --%2.</translation>
    </message>
    <message>
        <source>“%1” is not a date in the form YYYY-MM-DD.</source>
        <translation>“%1” no es una fecha con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from no puede ser posterior a --to.</translation>
    </message>
    <message>
        <source>--interval must be hourly, daily or monthly.</source>
        <translation>--interval debe ser hourly, daily o monthly.</translation>
    </message>
    <message>
        <source>--format must be csv or json.</source>
        <translation>--format debe ser csv o json.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in dollars and cents, such as 12.34.</source>
        <translation>“%1” no es un monto en dólares y centavos, como 12.34.</translation>
    </message>
    <message>
        <source>The amount to pay must be more than zero.</source>
        <translation>El monto a pagar debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>An idempotency key is 8 to 128 letters, digits or the characters . _ : -</source>
        <translation>Una clave de idempotencia tiene de 8 a 128 letras, dígitos o los caracteres . _ : -</translation>
    </message>
    <message>
        <source>Your co-op&apos;s SmartHub portal from the command line.</source>
        <translation>El portal SmartHub de su cooperativa desde la línea de comandos.</translation>
    </message>
    <message>
        <source>The password comes from COOPDESK_PASSWORD, else it is asked for on the terminal, else read as one line from standard input. A TOTP secret for co-ops with two-step verification comes from COOPDESK_TOTP_SECRET.</source>
        <translation>La contraseña se toma de COOPDESK_PASSWORD; si no está, se pide en la terminal y, si no hay terminal, se lee como una línea de la entrada estándar. El secreto TOTP de las cooperativas con verificación en dos pasos se toma de COOPDESK_TOTP_SECRET.</translation>
    </message>
    <message>
        <source>The portal can also be given in COOPDESK_PORTAL. Dates are local dates in the co-op&apos;s time zone, both included.</source>
        <translation>El portal también se puede indicar en COOPDESK_PORTAL. Las fechas son fechas locales en la zona horaria de la cooperativa, ambas incluidas.</translation>
    </message>
    <message>
        <source>Without “login --remember” every command logs in for itself and keeps nothing; with it, later commands use the login kept in the system keychain until “logout”.</source>
        <translation>Sin “login --remember”, cada comando inicia sesión por su cuenta y no guarda nada; con esa opción, los comandos siguientes usan el acceso guardado en el llavero del sistema hasta “logout”.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 2 bad usage, 3 authentication, 4 network or certificate, 5 portal or data error, 130 cancelled.</source>
        <translation>Código de salida: 0 éxito, 2 uso incorrecto, 3 autenticación, 4 red o certificado, 5 error del portal o de los datos, 130 cancelado.</translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>Try “coopdesk-cli --help”.</source>
        <translation>Pruebe “coopdesk-cli --help”.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Try “coopdesk --help”.</source>
        <translation>Pruebe “coopdesk --help”.</translation>
    </message>
    <message>
        <source>The demo co-op could not start: %1</source>
        <extracomment>%1 is the technical reason the demo co-op could not start.</extracomment>
        <translation>No se pudo iniciar la cooperativa de demostración: %1</translation>
    </message>
    <message>
        <source>CoopDesk (demo)</source>
        <translation>CoopDesk (demostración)</translation>
    </message>
</context>
<context>
    <name>DesktopCommandLine</name>
    <message>
        <source>CoopDesk: your electric co-op account on your desktop. Bills, payments, and usage against the weather.</source>
        <translation>CoopDesk: su cuenta de la cooperativa eléctrica en su escritorio. Facturas, pagos y consumo comparado con el clima.</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Shows the version.</source>
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <source>Starts a demo co-op inside the app and signs in as its demo member. Nothing is sent anywhere and nothing is kept.</source>
        <translation>Inicia una cooperativa de demostración dentro de la app e inicia sesión como su socio de demostración. No se envía nada a ningún lugar y no se guarda nada.</translation>
    </message>
    <message>
        <source>Fills in your co-op&apos;s portal address on the login screen.</source>
        <extracomment>%1 placeholder name in --help: the co-op&apos;s portal address.</extracomment>
        <translation>Completa la dirección del portal de su cooperativa en la pantalla de inicio de sesión.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <extracomment>%1 is what was typed on the command line that coopdesk does not understand.</extracomment>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--demo runs its own co-op; it cannot be combined with --portal.</source>
        <translation>--demo usa su propia cooperativa; no se puede combinar con --portal.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Consumo</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Auto Pay and paperless</source>
        <translation>Pago automático y facturas sin papel</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Outages and contact</source>
        <translation>Apagones y contacto</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
</context>
<context>
    <name>PayNowApi</name>
    <message>
        <source>Enter the account number and the last name on the account.</source>
        <translation>Ingrese el número de cuenta y el apellido del titular de la cuenta.</translation>
    </message>
    <message>
        <source>Enter an amount from $0.01 to $100,000.00.</source>
        <translation>Ingrese un monto entre $0.01 y $100,000.00.</translation>
    </message>
    <message>
        <source>The card number is not valid; please check it.</source>
        <translation>El número de tarjeta no es válido; por favor revíselo.</translation>
    </message>
    <message>
        <source>The card&apos;s expiry date is not valid or has passed.</source>
        <translation>La fecha de vencimiento de la tarjeta no es válida o ya pasó.</translation>
    </message>
    <message>
        <source>The security code on the back of the card is not valid.</source>
        <translation>El código de seguridad del reverso de la tarjeta no es válido.</translation>
    </message>
    <message>
        <source>Enter the card&apos;s five-digit billing ZIP code.</source>
        <translation>Ingrese el código postal de facturación de la tarjeta, de cinco dígitos.</translation>
    </message>
    <message>
        <source>The bank routing number is not valid; please check it.</source>
        <translation>El número de ruta bancaria no es válido; por favor revíselo.</translation>
    </message>
    <message>
        <source>The bank account number is not valid; please check it.</source>
        <translation>El número de cuenta bancaria no es válido; por favor revíselo.</translation>
    </message>
    <message>
        <source>Choose a checking or a savings account.</source>
        <translation>Elija una cuenta de cheques o de ahorros.</translation>
    </message>
    <message>
        <source>This payment cannot be sent as it is; please start it again.</source>
        <translation>Este pago no se puede enviar así; por favor vuelva a empezarlo.</translation>
    </message>
</context>
<context>
    <name>PaymentText</name>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Cuenta bancaria</translation>
    </message>
    <message>
        <source>%1 •••• %2</source>
        <extracomment>A masked payment method: %1 the brand (&quot;VISA&quot;), %2 the last four digits</extracomment>
        <translation>%1 •••• %2</translation>
    </message>
    <message>
        <source>%1 (expires %2)</source>
        <extracomment>%1 a masked card (&quot;VISA •••• 4242&quot;), %2 its expiry (&quot;09/28&quot;)</extracomment>
        <translation>%1 (vence %2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>An account and what it is: %1 the account number, %2 its place (&quot;Home&quot;)</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <extracomment>%1 an account that is closed</extracomment>
        <translation>%1 (cerrada)</translation>
    </message>
    <message>
        <source>No convenience fee</source>
        <translation>Sin cargo por servicio</translation>
    </message>
    <message>
        <source>Convenience fee: %1 per payment</source>
        <extracomment>%1 an amount of money charged on top of each payment with a card</extracomment>
        <translation>Cargo por servicio: %1 por pago</translation>
    </message>
</context>
<context>
    <name>PaymentsApi</name>
    <message>
        <source>Choose the account to pay.</source>
        <translation>Elija la cuenta que desea pagar.</translation>
    </message>
    <message>
        <source>Choose how to pay.</source>
        <translation>Elija cómo desea pagar.</translation>
    </message>
    <message>
        <source>Enter an amount from $0.01 to $100,000.00.</source>
        <translation>Ingrese un monto entre $0.01 y $100,000.00.</translation>
    </message>
    <message>
        <source>This payment cannot be sent as it is; please start it again.</source>
        <translation>Este pago no se puede enviar así; por favor vuelva a empezarlo.</translation>
    </message>
    <message>
        <source>The co-op&apos;s answer to your payment was lost, so we are checking whether it went through.</source>
        <translation>Se perdió la respuesta de la cooperativa a su pago, así que estamos verificando si se realizó.</translation>
    </message>
</context>
<context>
    <name>PortalConfig</name>
    <message>
        <source>Enter the address of your co-op&apos;s portal.</source>
        <translation>Ingrese la dirección del portal de su cooperativa.</translation>
    </message>
    <message>
        <source>This is not a web address, such as yourcoop.smarthub.coop.</source>
        <translation>Esta no es una dirección web, como sucooperativa.smarthub.coop.</translation>
    </message>
    <message>
        <source>The portal address must not contain a user name or password.</source>
        <translation>La dirección del portal no debe contener un nombre de usuario ni una contraseña.</translation>
    </message>
    <message>
        <source>The portal address must start with https://.</source>
        <translation>La dirección del portal debe empezar con https://.</translation>
    </message>
    <message>
        <source>CoopDesk only connects to a co-op&apos;s portal over a secure (https) connection.</source>
        <translation>CoopDesk solo se conecta al portal de una cooperativa mediante una conexión segura (https).</translation>
    </message>
    <message>
        <source>The certificate file could not be read.</source>
        <translation>No se pudo leer el archivo del certificado.</translation>
    </message>
    <message>
        <source>The certificate file is too large to be a CA bundle.</source>
        <translation>El archivo del certificado es demasiado grande para ser un paquete de CA.</translation>
    </message>
    <message>
        <source>The certificate file holds no PEM certificate.</source>
        <translation>El archivo no contiene ningún certificado PEM.</translation>
    </message>
</context>
<context>
    <name>PortalError</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>The co-op&apos;s portal could not be reached. Check your internet connection and try again.</source>
        <translation>No se pudo conectar con el portal de la cooperativa. Revise su conexión a internet e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The co-op&apos;s portal did not answer in time, so please try again in a moment.</source>
        <translation>El portal de la cooperativa no respondió a tiempo; por favor inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The connection to the co-op&apos;s portal is not secure (certificate problem), so CoopDesk stopped.</source>
        <translation>La conexión con el portal de la cooperativa no es segura (problema de certificado), así que CoopDesk se detuvo.</translation>
    </message>
    <message>
        <source>The email or password is not correct.</source>
        <translation>El correo electrónico o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>Your co-op asks for a verification code from your authenticator app.</source>
        <translation>Su cooperativa pide un código de verificación de su app de autenticación.</translation>
    </message>
    <message>
        <source>The verification code was not accepted. Wait for a new code and try again.</source>
        <translation>No se aceptó el código de verificación. Espere un código nuevo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Your account is locked after too many failed sign-ins. Contact your co-op to unlock it.</source>
        <translation>Su cuenta está bloqueada por demasiados intentos fallidos de inicio de sesión. Comuníquese con su cooperativa para desbloquearla.</translation>
    </message>
    <message>
        <source>Your sign-in has ended, so please sign in again.</source>
        <translation>Su sesión terminó; por favor inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Your login does not have access to this part of the co-op&apos;s portal.</source>
        <translation>Su usuario no tiene acceso a esta parte del portal de la cooperativa.</translation>
    </message>
    <message>
        <source>The co-op&apos;s portal could not find what CoopDesk asked for.</source>
        <translation>El portal de la cooperativa no encontró lo que CoopDesk solicitó.</translation>
    </message>
    <message>
        <source>The co-op&apos;s portal refused this because it conflicts with an earlier request.</source>
        <translation>El portal de la cooperativa lo rechazó porque entra en conflicto con una solicitud anterior.</translation>
    </message>
    <message>
        <source>The co-op&apos;s portal did not accept the request.</source>
        <translation>El portal de la cooperativa no aceptó la solicitud.</translation>
    </message>
    <message>
        <source>The co-op&apos;s portal is busy right now, so please wait a minute and try again.</source>
        <translation>El portal de la cooperativa está ocupado en este momento; por favor espere un minuto e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The co-op&apos;s portal had a problem, so please try again later.</source>
        <translation>El portal de la cooperativa tuvo un problema; por favor inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The co-op&apos;s portal sent an answer CoopDesk did not understand.</source>
        <translation>El portal de la cooperativa envió una respuesta que CoopDesk no entendió.</translation>
    </message>
    <message>
        <source>CoopDesk only connects to a co-op&apos;s portal over a secure (https) connection.</source>
        <translation>CoopDesk solo se conecta al portal de una cooperativa mediante una conexión segura (https).</translation>
    </message>
    <message>
        <source>The system keychain is unavailable or locked, so your sign-in is kept only until CoopDesk closes.</source>
        <translation>El llavero del sistema no está disponible o está bloqueado, así que su sesión se conserva solo hasta que CoopDesk se cierre.</translation>
    </message>
    <message>
        <source>Something went wrong talking to the co-op&apos;s portal.</source>
        <translation>Algo salió mal al comunicarse con el portal de la cooperativa.</translation>
    </message>
</context>
<context>
    <name>PortalWeatherSource</name>
    <message>
        <source>Your co-op&apos;s portal</source>
        <translation>El portal de su cooperativa</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Payment receipt</source>
        <translation>Recibo de pago</translation>
    </message>
    <message>
        <source>Paid to: %1</source>
        <extracomment>%1 the co-op&apos;s portal address</extracomment>
        <translation>Pagado a: %1</translation>
    </message>
    <message>
        <source>Paid on: %1</source>
        <extracomment>%1 date and time the payment was made</extracomment>
        <translation>Fecha de pago: %1</translation>
    </message>
    <message>
        <source>Paid with: %1</source>
        <extracomment>%1 the masked payment method (&quot;VISA •••• 4242&quot;)</extracomment>
        <translation>Pagado con: %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmación</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Fee</source>
        <extracomment>Column: the convenience fee of a payment</extracomment>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Total charged: %1</source>
        <extracomment>%1 the sum of the payments and their fees</extracomment>
        <translation>Total cobrado: %1</translation>
    </message>
    <message>
        <source>Keep the confirmation numbers: the co-op can find a payment by them.</source>
        <translation>Guarde los números de confirmación: con ellos la cooperativa puede encontrar un pago.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>This login has no accounts.</source>
        <translation>Este usuario no tiene cuentas.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>Total due: %1</source>
        <translation>Total a pagar: %1</translation>
    </message>
    <message>
        <source>Past due: %1</source>
        <translation>Saldo vencido: %1</translation>
    </message>
    <message>
        <source>There are no bills on this account yet.</source>
        <translation>Esta cuenta todavía no tiene facturas.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>No payments on this account yet.</source>
        <translation>Esta cuenta todavía no tiene pagos.</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmación</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>guest payment</source>
        <translation>pago como invitado</translation>
    </message>
    <message>
        <source>%1 ending %2</source>
        <translation>%1 terminada en %2</translation>
    </message>
    <message>
        <source>Payment %1: confirmation %2, %3, %4.</source>
        <translation>Pago %1: confirmación %2, %3, %4.</translation>
    </message>
    <message>
        <source>Paid with %1 ending %2.</source>
        <translation>Pagado con %1 terminada en %2.</translation>
    </message>
    <message>
        <source>This payment was already made with this idempotency key; nothing more was charged.</source>
        <translation>Este pago ya se había hecho con esta clave de idempotencia; no se cobró nada más.</translation>
    </message>
    <message>
        <source>Total due now: %1</source>
        <translation>Total a pagar ahora: %1</translation>
    </message>
    <message>
        <source>Idempotency key: %1</source>
        <translation>Clave de idempotencia: %1</translation>
    </message>
</context>
<context>
    <name>UsageExport</name>
    <message>
        <source>Could not save %1: %2</source>
        <extracomment>Banner text when an export failed; %1 the file, %2 the system&apos;s reason</extracomment>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>the image could not be written</source>
        <translation>no se pudo escribir la imagen</translation>
    </message>
    <message>
        <source>the PDF could not be created</source>
        <translation>no se pudo crear el PDF</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>no se pudo terminar el PDF</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Please sign in to your co-op first.</source>
        <translation>Primero inicie sesión en su cooperativa.</translation>
    </message>
</context>
<context>
    <name>coopdesk::AccountsModel</name>
    <message>
        <source>%1, %2</source>
        <extracomment>An account&apos;s description in the overview: location name, then its street address.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <extracomment>An account number in the overview, for an account the co-op has closed.</extracomment>
        <translation>%1 (cerrada)</translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>The due-date cell of an account the co-op has closed.</extracomment>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <extracomment>The due-date cell of an account with nothing to pay.</extracomment>
        <translation>Nada por pagar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Paperless</source>
        <extracomment>Paper bills state of an account: paperless (e-bills only) or paper bills mailed.</extracomment>
        <translation>Sin papel</translation>
    </message>
    <message>
        <source>Paper bills</source>
        <extracomment>Column header: whether bills come on paper or only electronically.</extracomment>
        <translation>Facturas en papel</translation>
    </message>
    <message>
        <source>The co-op has closed this account.</source>
        <translation>La cooperativa cerró esta cuenta.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Monto a pagar</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>Saldo vencido</translation>
    </message>
    <message>
        <source>Auto Pay</source>
        <translation>Pago automático</translation>
    </message>
</context>
<context>
    <name>coopdesk::BillsModel</name>
    <message>
        <source>from %1 to %2</source>
        <extracomment>Screen-reader text of a billing period: from the first day to the last.</extracomment>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>The co-op has no printable copy of this bill.</source>
        <translation>La cooperativa no tiene una copia imprimible de esta factura.</translation>
    </message>
    <message>
        <source>until %1</source>
        <extracomment>A billing period whose first day is unknown; %1 is its last day.</extracomment>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A billing period: first day – last day (short dates).</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>–</source>
        <extracomment>Days of a billing period that is not known.</extracomment>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <extracomment>Energy used in a billing period.</extracomment>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <source>Bill date</source>
        <translation>Fecha de factura</translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>Column header: the billing period (from – to).</extracomment>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Days</source>
        <extracomment>Column header: number of days in the billing period.</extracomment>
        <translation>Días</translation>
    </message>
    <message>
        <source>Usage</source>
        <extracomment>Column header: energy used in the period.</extracomment>
        <translation>Consumo</translation>
    </message>
    <message>
        <source>Amount</source>
        <extracomment>Column header: the bill&apos;s amount.</extracomment>
        <translation>Monto</translation>
    </message>
</context>
<context>
    <name>coopdesk::OutagesModel</name>
    <message>
        <source>Ticket</source>
        <translation>N.º de reporte</translation>
    </message>
    <message>
        <source>Location</source>
        <extracomment>The service location an outage was reported for</extracomment>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Problem</source>
        <extracomment>What kind of outage (no power, line down, ...)</extracomment>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reported</source>
        <extracomment>When the outage was reported</extracomment>
        <translation>Reportado</translation>
    </message>
    <message>
        <source>Updated</source>
        <extracomment>When the report&apos;s status last changed</extracomment>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>No power</source>
        <translation>Sin electricidad</translation>
    </message>
    <message>
        <source>Partial power</source>
        <translation>Electricidad parcial</translation>
    </message>
    <message>
        <source>Line down</source>
        <translation>Cable caído</translation>
    </message>
    <message>
        <source>Flickering</source>
        <extracomment>Lights flickering</extracomment>
        <translation>Parpadeo de luces</translation>
    </message>
    <message>
        <source>Streetlight out</source>
        <translation>Alumbrado público apagado</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>Another kind of outage problem</extracomment>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Received</source>
        <extracomment>Outage report status</extracomment>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <extracomment>Outage report status</extracomment>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Crew assigned</source>
        <extracomment>Outage report status: crew sent out</extracomment>
        <translation>Cuadrilla asignada</translation>
    </message>
    <message>
        <source>Crew working</source>
        <extracomment>Outage report status</extracomment>
        <translation>Cuadrilla trabajando</translation>
    </message>
    <message>
        <source>Restored</source>
        <extracomment>Outage report status: power is back</extracomment>
        <translation>Restablecido</translation>
    </message>
    <message>
        <source>Under review</source>
        <extracomment>Outage report status</extracomment>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>Outage report status</extracomment>
        <translation>Cerrado</translation>
    </message>
</context>
<context>
    <name>coopdesk::PaymentsModel</name>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Cuenta bancaria</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>No se muestra</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>%1 •••• %2</source>
        <extracomment>A masked payment method: %1 the brand (&quot;VISA&quot;), %2 the last four digits</extracomment>
        <translation>%1 •••• %2</translation>
    </message>
    <message>
        <source>Posted</source>
        <extracomment>A payment&apos;s status: the co-op has it</extracomment>
        <translation>Aplicado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>No fee</source>
        <translation>Sin cargo</translation>
    </message>
    <message>
        <source>Paid without logging in (Pay Now)</source>
        <translation>Pagado sin iniciar sesión (Pagar ahora)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Fee</source>
        <extracomment>Column of the convenience fee charged with a payment</extracomment>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Method</source>
        <extracomment>Column: how it was paid (card or bank account, masked)</extracomment>
        <translation>Método</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>coopdesk::UsageTableModel</name>
    <message>
        <source>no data</source>
        <extracomment>A table cell without a temperature</extracomment>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>no reading</source>
        <extracomment>A table cell without a meter reading (a gap, not zero)</extracomment>
        <translation>sin lectura</translation>
    </message>
    <message>
        <source>Some readings of this interval are missing</source>
        <translation>Faltan algunas lecturas de este intervalo</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>Column: when an interval of usage begins</extracomment>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <extracomment>Column: when an interval of usage ends</extracomment>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Import (kWh)</source>
        <translation>Importación (kWh)</translation>
    </message>
    <message>
        <source>Usage (kWh)</source>
        <translation>Consumo (kWh)</translation>
    </message>
    <message>
        <source>Export (kWh)</source>
        <extracomment>Column: energy sent to the grid by solar panels</extracomment>
        <translation>Exportación (kWh)</translation>
    </message>
    <message>
        <source>Net (kWh)</source>
        <extracomment>Column: import minus export</extracomment>
        <translation>Neto (kWh)</translation>
    </message>
    <message>
        <source>Temperature (°C)</source>
        <translation>Temperatura (°C)</translation>
    </message>
    <message>
        <source>Temperature (°F)</source>
        <translation>Temperatura (°F)</translation>
    </message>
</context>
<context>
    <name>coopdesk::app::DesktopServices</name>
    <message>
        <source>This device no longer remembers that login, so please sign in with your password.</source>
        <translation>Este dispositivo ya no recuerda ese inicio de sesión; por favor inicie sesión con su contraseña.</translation>
    </message>
    <message>
        <source>the co-op&apos;s portal</source>
        <translation>el portal de la cooperativa</translation>
    </message>
</context>
<context>
    <name>coopdesk::app::Refusals</name>
    <message>
        <source>Check the mailing address: the street and city are needed, the state as two letters and a ZIP code of %1 or %2 digits.</source>
        <translation>Revise la dirección postal: se necesitan la calle y la ciudad, el estado con dos letras y un código postal de %1 o %2 dígitos.</translation>
    </message>
    <message>
        <source>Enter a complete e-mail address, or a phone number of %1 digits.</source>
        <translation>Ingrese una dirección de correo electrónico completa o un número de teléfono de %1 dígitos.</translation>
    </message>
    <message>
        <source>That payment method is no longer stored with the co-op, so please choose another one.</source>
        <translation>Ese método de pago ya no está guardado en la cooperativa; por favor elija otro.</translation>
    </message>
    <message>
        <source>This account is closed, so its settings cannot be changed.</source>
        <translation>Esta cuenta está cerrada, así que no se puede cambiar su configuración.</translation>
    </message>
    <message>
        <source>Alerts can only go to a verified e-mail address or phone number: add one and enter the code the co-op sends to it first.</source>
        <translation>Las alertas solo se pueden enviar a un correo electrónico o número de teléfono verificado: primero agregue uno e ingrese el código que la cooperativa le envíe.</translation>
    </message>
    <message>
        <source>Enter a daily usage limit from %1 to %2 kWh for the usage alert.</source>
        <translation>Ingrese un límite de consumo diario de %1 a %2 kWh para la alerta de consumo.</translation>
    </message>
    <message>
        <source>The co-op does not offer one of the chosen alerts.</source>
        <translation>La cooperativa no ofrece una de las alertas elegidas.</translation>
    </message>
    <message>
        <source>That address is already one of your contacts.</source>
        <translation>Esa dirección ya es uno de sus contactos.</translation>
    </message>
    <message>
        <source>That verification code is not right. Check the message and try again.</source>
        <translation>Ese código de verificación no es correcto. Revise el mensaje e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Alerts still go to this contact and there is no other of its kind, so turn those alerts off first.</source>
        <translation>Todavía se envían alertas a este contacto y no hay otro del mismo tipo; primero desactive esas alertas.</translation>
    </message>
    <message>
        <source>Each phone number needs %1 digits.</source>
        <translation>Cada número de teléfono debe tener %1 dígitos.</translation>
    </message>
    <message>
        <source>Choose mobile, home or work for each phone number.</source>
        <translation>Elija celular, casa o trabajo para cada número de teléfono.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>La contraseña actual no es correcta.</translation>
    </message>
    <message>
        <source>The new password needs %1 to %2 characters with a capital letter, a numeral and a special character, and no spaces.</source>
        <translation>La nueva contraseña debe tener de %1 a %2 caracteres, con una letra mayúscula, un número y un carácter especial, y sin espacios.</translation>
    </message>
    <message>
        <source>The new password must be different from the current one.</source>
        <translation>La nueva contraseña debe ser diferente de la actual.</translation>
    </message>
    <message>
        <source>The security phrase needs %1 to %2 characters.</source>
        <translation>La frase de seguridad debe tener de %1 a %2 caracteres.</translation>
    </message>
    <message>
        <source>Choose what your message is about.</source>
        <translation>Elija el tema de su mensaje.</translation>
    </message>
    <message>
        <source>Enter a subject of at most %1 characters.</source>
        <translation>Ingrese un asunto de %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>Enter a message of at most %1 characters.</source>
        <translation>Ingrese un mensaje de %1 caracteres como máximo.</translation>
    </message>
</context>
<context>
    <name>coopdesk::cli::CommandRunner</name>
    <message>
        <source>--weather-url must be a web address such as https://archive-api.open-meteo.com.</source>
        <translation>--weather-url debe ser una dirección web como https://archive-api.open-meteo.com.</translation>
    </message>
    <message>
        <source>No user given: use --user EMAIL, or sign in with “login --remember” first.</source>
        <translation>No se indicó el usuario: use --user CORREO o inicie sesión antes con “login --remember”.</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detalle: %1</translation>
    </message>
    <message>
        <source>No user given: use --user EMAIL.</source>
        <translation>No se indicó el usuario: use --user CORREO.</translation>
    </message>
    <message>
        <source>--remember keeps the login in the system keychain, so it cannot be used with --no-keychain.</source>
        <translation>--remember guarda el acceso en el llavero del sistema, así que no se puede usar con --no-keychain.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Sesión iniciada en %1 como %2.</translation>
    </message>
    <message>
        <source>The login is kept in the system keychain until “coopdesk-cli logout”.</source>
        <translation>El acceso queda guardado en el llavero del sistema hasta “coopdesk-cli logout”.</translation>
    </message>
    <message>
        <source>Signed out: nothing of %1 is kept for %2 any more.</source>
        <translation>Sesión cerrada: ya no se guarda nada de %1 para %2.</translation>
    </message>
    <message>
        <source>No login is remembered for %1.</source>
        <translation>No hay ningún acceso recordado para %1.</translation>
    </message>
    <message>
        <source>With --no-keychain the system keychain is left alone, so nothing was removed.</source>
        <translation>Con --no-keychain no se toca el llavero del sistema, así que no se eliminó nada.</translation>
    </message>
    <message>
        <source>The system keychain is unavailable or locked, so the remembered login could not be removed.</source>
        <translation>El llavero del sistema no está disponible o está bloqueado, así que no se pudo eliminar el acceso recordado.</translation>
    </message>
    <message>
        <source>This login has no account %1.</source>
        <translation>Este usuario no tiene la cuenta %1.</translation>
    </message>
    <message>
        <source>Account %1 has no service location %2.</source>
        <translation>La cuenta %1 no tiene la ubicación de servicio %2.</translation>
    </message>
    <message>
        <source>The co-op&apos;s portal lists no service location for account %1.</source>
        <translation>El portal de la cooperativa no muestra ninguna ubicación de servicio para la cuenta %1.</translation>
    </message>
    <message>
        <source>The co-op&apos;s time zone is not known, so America/New_York is used; set it with --timezone.</source>
        <translation>No se conoce la zona horaria de la cooperativa, así que se usa America/New_York; indíquela con --timezone.</translation>
    </message>
    <message>
        <source>Account %1 has no bill dated %2.</source>
        <translation>La cuenta %1 no tiene ninguna factura con fecha %2.</translation>
    </message>
    <message>
        <source>The co-op&apos;s portal offers no PDF of the bill of %1.</source>
        <translation>El portal de la cooperativa no ofrece el PDF de la factura del %1.</translation>
    </message>
    <message>
        <source>Saved the bill of %1 to %2.</source>
        <translation>Se guardó la factura del %1 en %2.</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>Se escribieron %1 filas en %2.</translation>
    </message>
    <message>
        <source>Downloading usage: %1 of %2 parts…</source>
        <translation>Descargando el consumo: %1 de %2 partes…</translation>
    </message>
    <message>
        <source>Your security phrase: %1</source>
        <translation>Su frase de seguridad: %1</translation>
    </message>
    <message>
        <source>The co-op did not receive this payment, so nothing was charged.</source>
        <translation>La cooperativa no recibió este pago, así que no se cobró nada.</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>No se pudo escribir el archivo %1.</translation>
    </message>
    <message>
        <source>To try this same payment again without paying twice, run the same command with --idempotency-key %1.</source>
        <translation>Para intentar este mismo pago otra vez sin pagar dos veces, ejecute el mismo comando con --idempotency-key %1.</translation>
    </message>
    <message>
        <source>Sign in again with “coopdesk-cli login --remember” to update the remembered login.</source>
        <translation>Vuelva a iniciar sesión con “coopdesk-cli login --remember” para actualizar el acceso recordado.</translation>
    </message>
</context>
<context>
    <name>coopdesk::cli::SignIn</name>
    <message>
        <source>The remembered login is not in the system keychain, so this command signs in by itself.</source>
        <translation>El acceso recordado no está en el llavero del sistema, así que este comando inicia sesión por su cuenta.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <source>No password was given: set COOPDESK_PASSWORD, or type it when asked.</source>
        <translation>No se indicó la contraseña: defina COOPDESK_PASSWORD o escríbala cuando se le pida.</translation>
    </message>
    <message>
        <source>COOPDESK_TOTP_SECRET is not a TOTP secret (base32, or an otpauth:// address).</source>
        <translation>COOPDESK_TOTP_SECRET no es un secreto TOTP (base32 o una dirección otpauth://).</translation>
    </message>
    <message>
        <source>Verification code from your authenticator app: </source>
        <translation>Código de verificación de su app de autenticación: </translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detalle: %1</translation>
    </message>
</context>
<context>
    <name>coopdesk::ui::AmountRow</name>
    <message>
        <source>Amount to pay on account %1</source>
        <extracomment>%1 an account number</extracomment>
        <translation>Monto a pagar en la cuenta %1</translation>
    </message>
    <message>
        <source>Other amount for account %1</source>
        <translation>Otro monto para la cuenta %1</translation>
    </message>
    <message>
        <source>Amount, such as 25.00</source>
        <translation>Monto, como 25.00</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove account %1 from this payment</source>
        <translation>Quitar la cuenta %1 de este pago</translation>
    </message>
    <message>
        <source>Loading amounts…</source>
        <translation>Cargando montos…</translation>
    </message>
    <message>
        <source>Total due: %1</source>
        <extracomment>%1 an amount of money</extracomment>
        <translation>Total a pagar: %1</translation>
    </message>
    <message>
        <source>Past due: %1</source>
        <translation>Saldo vencido: %1</translation>
    </message>
    <message>
        <source>Other amount</source>
        <translation>Otro monto</translation>
    </message>
    <message>
        <source>Loading what this account owes…</source>
        <translation>Cargando el saldo de esta cuenta…</translation>
    </message>
    <message>
        <source>Nothing is due on this account. Choose “Other amount” to pay ahead.</source>
        <translation>No hay nada que pagar en esta cuenta. Elija “Otro monto” para pagar por adelantado.</translation>
    </message>
    <message>
        <source>Nothing is past due on this account.</source>
        <translation>Esta cuenta no tiene saldo vencido.</translation>
    </message>
    <message>
        <source>Enter the amount to pay, such as 25.00.</source>
        <translation>Ingrese el monto a pagar, como 25.00.</translation>
    </message>
    <message>
        <source>“%1” is not an amount. Enter dollars and cents, such as 25.00.</source>
        <translation>“%1” no es un monto. Ingrese dólares y centavos, como 25.00.</translation>
    </message>
    <message>
        <source>The amount must be at least %1.</source>
        <translation>El monto debe ser de al menos %1.</translation>
    </message>
    <message>
        <source>One payment can be at most %1.</source>
        <translation>Un pago puede ser de %1 como máximo.</translation>
    </message>
</context>
<context>
    <name>coopdesk::ui::AutoPayScreen</name>
    <message>
        <source>Auto Pay and paper bills</source>
        <translation>Pago automático y facturas en papel</translation>
    </message>
    <message>
        <source>Auto Pay</source>
        <translation>Pago automático</translation>
    </message>
    <message>
        <source>With Auto Pay the co-op takes each bill&apos;s amount from the stored card or bank account on its due date.</source>
        <translation>Con el Pago automático, la cooperativa cobra el monto de cada factura de la tarjeta o cuenta bancaria guardada en su fecha de vencimiento.</translation>
    </message>
    <message>
        <source>Paper bills</source>
        <translation>Facturas en papel</translation>
    </message>
    <message>
        <source>Go paperless: stop mailing paper bills</source>
        <translation>Cambiar a facturas sin papel: dejar de recibir facturas en papel por correo</translation>
    </message>
    <message>
        <source>Go paperless for every account of this login</source>
        <translation>Cambiar a facturas sin papel en todas las cuentas de este usuario</translation>
    </message>
    <message>
        <source>This applies to every account of this login, not only to one account. Bills stay available here and in SmartHub.</source>
        <translation>Esto se aplica a todas las cuentas de este usuario, no solo a una. Las facturas siguen disponibles aquí y en SmartHub.</translation>
    </message>
    <message numerus="yes">
        <source>Stop paper bills for all %n account(s) of this login?</source>
        <translation>
            <numerusform>¿Dejar de enviar facturas en papel para %n cuenta de este usuario?</numerusform>
            <numerusform>¿Dejar de enviar facturas en papel para las %n cuentas de este usuario?</numerusform>
        </translation>
    </message>
    <message>
        <source>Go paperless</source>
        <translation>Cambiar a facturas sin papel</translation>
    </message>
    <message numerus="yes">
        <source>Mail paper bills again for all %n account(s) of this login?</source>
        <translation>
            <numerusform>¿Volver a enviar facturas en papel por correo para %n cuenta de este usuario?</numerusform>
            <numerusform>¿Volver a enviar facturas en papel por correo para las %n cuentas de este usuario?</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail paper bills</source>
        <translation>Enviar facturas en papel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel this change</source>
        <translation>Cancelar este cambio</translation>
    </message>
    <message>
        <source>Closed account</source>
        <translation>Cuenta cerrada</translation>
    </message>
    <message>
        <source>On: pays from %1</source>
        <extracomment>%1 the masked stored method Auto Pay uses</extracomment>
        <translation>Activado: paga con %1</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Auto Pay method for account %1</source>
        <extracomment>%1 an account number</extracomment>
        <translation>Método de Pago automático para la cuenta %1</translation>
    </message>
    <message>
        <source>Change method</source>
        <translation>Cambiar método</translation>
    </message>
    <message>
        <source>Turn on Auto Pay</source>
        <translation>Activar Pago automático</translation>
    </message>
    <message>
        <source>Turn on Auto Pay for account %1</source>
        <translation>Activar Pago automático para la cuenta %1</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Turn off Auto Pay for account %1</source>
        <translation>Desactivar Pago automático para la cuenta %1</translation>
    </message>
    <message>
        <source>Pay each bill of account %1 automatically from %2 on its due date?</source>
        <extracomment>%1 an account number, %2 a masked card or bank account</extracomment>
        <translation>¿Pagar automáticamente cada factura de la cuenta %1 con %2 en su fecha de vencimiento?</translation>
    </message>
    <message>
        <source>Turn off Auto Pay for account %1? You will need to pay its bills yourself.</source>
        <translation>¿Desactivar Pago automático para la cuenta %1? Tendrá que pagar sus facturas usted mismo.</translation>
    </message>
    <message>
        <source>Turn off Auto Pay</source>
        <translation>Desactivar Pago automático</translation>
    </message>
    <message>
        <source>Auto Pay is on for account %1, from %2.</source>
        <translation>El Pago automático está activado para la cuenta %1, con %2.</translation>
    </message>
    <message>
        <source>Auto Pay is off for account %1.</source>
        <translation>El Pago automático está desactivado para la cuenta %1.</translation>
    </message>
    <message>
        <source>Paper bills are off for every account of this login.</source>
        <translation>Las facturas en papel están desactivadas para todas las cuentas de este usuario.</translation>
    </message>
    <message>
        <source>Paper bills will be mailed again for every account of this login.</source>
        <translation>Las facturas en papel se volverán a enviar por correo para todas las cuentas de este usuario.</translation>
    </message>
</context>
<context>
    <name>coopdesk::ui::Banner</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Mostrar detalles técnicos</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar mensaje</translation>
    </message>
</context>
<context>
    <name>coopdesk::ui::BillCompareView</name>
    <message>
        <source>&amp;First bill:</source>
        <translation>&amp;Primera factura:</translation>
    </message>
    <message>
        <source>&amp;Second bill:</source>
        <translation>&amp;Segunda factura:</translation>
    </message>
    <message>
        <source>First bill to compare</source>
        <translation>Primera factura para comparar</translation>
    </message>
    <message>
        <source>Second bill to compare</source>
        <translation>Segunda factura para comparar</translation>
    </message>
    <message>
        <source>Comparison of the two bills</source>
        <translation>Comparación de las dos facturas</translation>
    </message>
    <message>
        <source>Change is the second bill minus the first. Temperatures are the average of each day&apos;s mean outdoor temperature over the billing period.</source>
        <translation>La diferencia es la segunda factura menos la primera. Las temperaturas son el promedio de la temperatura exterior media de cada día durante el periodo de facturación.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Energy used</source>
        <translation>Energía consumida</translation>
    </message>
    <message>
        <source>Average daily use</source>
        <translation>Consumo diario promedio</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Average temperature</source>
        <translation>Temperatura promedio</translation>
    </message>
    <message>
        <source>First bill</source>
        <translation>Primera factura</translation>
    </message>
    <message>
        <source>Second bill</source>
        <translation>Segunda factura</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>–</source>
        <extracomment>Unknown value in the comparison table.</extracomment>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 kWh/day</source>
        <translation>%1 kWh/día</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>The average temperature is still being fetched.</extracomment>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <extracomment>A change of energy; %1 is a signed number (&quot;+12&quot;).</extracomment>
        <translation>%1 kWh</translation>
    </message>
</context>
<context>
    <name>coopdesk::ui::BillPdfPane</name>
    <message>
        <source>This bill could not be shown.</source>
        <translation>No se pudo mostrar esta factura.</translation>
    </message>
    <message>
        <source>The bill&apos;s PDF could not be read.</source>
        <translation>No se pudo leer el PDF de la factura.</translation>
    </message>
    <message>
        <source>Choose a bill to see it here.</source>
        <translation>Elija una factura para verla aquí.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Página anterior (Page Up)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Página siguiente (Page Down)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>−</source>
        <extracomment>Zoom out button; keep it one character.</extracomment>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>+</source>
        <extracomment>Zoom in button; keep it one character.</extracomment>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation>Ajustar la página al ancho</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print this bill</source>
        <translation>Imprimir esta factura</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Save this bill as a PDF file</source>
        <translation>Guardar esta factura como archivo PDF</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Where the PDF viewer is: %1 is the page shown, %2 the number of pages.</extracomment>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
    <message>
        <source>The printer stopped before the last page.</source>
        <translation>La impresora se detuvo antes de la última página.</translation>
    </message>
    <message>
        <source>The bill could not be saved to %1: %2</source>
        <extracomment>%1 is the file the member chose, %2 the system&apos;s reason.</extracomment>
        <translation>No se pudo guardar la factura en %1: %2</translation>
    </message>
    <message>
        <source>Print bill</source>
        <translation>Imprimir factura</translation>
    </message>
    <message>
        <source>Save bill</source>
        <translation>Guardar factura</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>coopdesk::ui::BillsScreen</name>
    <message>
        <source>Bills</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Bills for %1 (account %2)</source>
        <extracomment>Screen title: %1 is the place (&quot;Home&quot;), %2 the account number.</extracomment>
        <translation>Facturas de %1 (cuenta %2)</translation>
    </message>
    <message>
        <source>Bills for account %1</source>
        <extracomment>Screen title: %1 is the account number.</extracomment>
        <translation>Facturas de la cuenta %1</translation>
    </message>
    <message>
        <source>This account is closed. Its past bills stay available here.</source>
        <translation>Esta cuenta está cerrada. Sus facturas anteriores siguen disponibles aquí.</translation>
    </message>
    <message>
        <source>Bill history</source>
        <translation>Historial de facturas</translation>
    </message>
    <message>
        <source>Newest bill first. Select a bill to see it; select two to compare them.</source>
        <translation>La factura más reciente aparece primero. Seleccione una factura para verla; seleccione dos para compararlas.</translation>
    </message>
    <message>
        <source>&amp;Compare selected</source>
        <translation>&amp;Comparar seleccionadas</translation>
    </message>
    <message>
        <source>Compare the two selected bills</source>
        <translation>Comparar las dos facturas seleccionadas</translation>
    </message>
    <message>
        <source>Select two bills in the list (Ctrl+click) to compare them.</source>
        <translation>Seleccione dos facturas en la lista (Ctrl+clic) para compararlas.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Reload the bill history</source>
        <translation>Recargar el historial de facturas</translation>
    </message>
    <message>
        <source>Bill</source>
        <extracomment>Tab showing the chosen bill&apos;s PDF.</extracomment>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Compare</source>
        <extracomment>Tab comparing two bills side by side.</extracomment>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Bill and comparison</source>
        <translation>Factura y comparación</translation>
    </message>
    <message>
        <source>Choose an account to see its bills.</source>
        <translation>Elija una cuenta para ver sus facturas.</translation>
    </message>
    <message>
        <source>The bills could not be loaded. Use Reload to try again.</source>
        <translation>No se pudieron cargar las facturas. Use Recargar para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>This account is closed and the co-op has no bills for it to show.</source>
        <translation>Esta cuenta está cerrada y la cooperativa no tiene facturas que mostrar.</translation>
    </message>
    <message>
        <source>No bills yet. The first one appears here once the co-op issues it.</source>
        <translation>Todavía no hay facturas. La primera aparecerá aquí cuando la cooperativa la emita.</translation>
    </message>
    <message>
        <source>Loading bills…</source>
        <translation>Cargando facturas…</translation>
    </message>
    <message>
        <source>The co-op has no printable copy of this bill.</source>
        <translation>La cooperativa no tiene una copia imprimible de esta factura.</translation>
    </message>
    <message>
        <source>Loading the bill…</source>
        <translation>Cargando la factura…</translation>
    </message>
    <message>
        <source>This bill could not be opened.</source>
        <translation>No se pudo abrir esta factura.</translation>
    </message>
    <message>
        <source>Opening the bill…</source>
        <translation>Abriendo la factura…</translation>
    </message>
    <message>
        <source>Loading temperatures…</source>
        <translation>Cargando temperaturas…</translation>
    </message>
</context>
<context>
    <name>coopdesk::ui::DueReminder</name>
    <message>
        <source>Bill due soon</source>
        <translation>Factura por vencer</translation>
    </message>
    <message>
        <source>%1 for account %2 is due today.</source>
        <translation>El pago de %1 de la cuenta %2 vence hoy.</translation>
    </message>
    <message>
        <source>%1 for account %2 is due on %3.</source>
        <extracomment>%1 amount, %2 account number, %3 date</extracomment>
        <translation>El pago de %1 de la cuenta %2 vence el %3.</translation>
    </message>
</context>
<context>
    <name>coopdesk::ui::LoginScreen</name>
    <message>
        <source>Verification code</source>
        <translation>Código de verificación</translation>
    </message>
    <message>
        <source>Remember my login on this device</source>
        <translation>Recordar mi inicio de sesión en este dispositivo</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>New user? Register</source>
        <translation>¿Usuario nuevo? Regístrese</translation>
    </message>
    <message>
        <source>Forgot password</source>
        <translation>Olvidé mi contraseña</translation>
    </message>
    <message>
        <source>Pay without logging in</source>
        <translation>Pagar sin iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to your co-op</source>
        <translation>Inicie sesión en su cooperativa</translation>
    </message>
    <message>
        <source>Use the e-mail and password of your co-op&apos;s SmartHub portal.</source>
        <translation>Use el correo electrónico y la contraseña del portal SmartHub de su cooperativa.</translation>
    </message>
    <message>
        <source>yourcoop.smarthub.coop</source>
        <translation>sucooperativa.smarthub.coop</translation>
    </message>
    <message>
        <source>Co-op portal address</source>
        <translation>Dirección del portal de la cooperativa</translation>
    </message>
    <message>
        <source>The address of your co-op&apos;s SmartHub portal, such as yourcoop.smarthub.coop.</source>
        <translation>La dirección del portal SmartHub de su cooperativa, como sucooperativa.smarthub.coop.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Verification code from your authenticator app</source>
        <translation>Código de verificación de su app de autenticación</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>Código de 6 dígitos</translation>
    </message>
    <message>
        <source>Anyone who can use this device will be able to open your account. Only choose this on a device that is yours alone. Your login is kept in this computer&apos;s keychain and nowhere else.</source>
        <translation>Cualquier persona que pueda usar este dispositivo podrá abrir su cuenta. Elija esta opción solo en un dispositivo que sea únicamente suyo. Su inicio de sesión se guarda en el llavero del sistema de esta computadora y en ningún otro lugar.</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problema al iniciar sesión</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Iniciando sesión</translation>
    </message>
    <message>
        <source>Register as a new user in the co-op&apos;s portal</source>
        <translation>Registrarse como usuario nuevo en el portal de la cooperativa</translation>
    </message>
    <message>
        <source>Reset your password in the co-op&apos;s portal</source>
        <translation>Restablecer su contraseña en el portal de la cooperativa</translation>
    </message>
    <message>
        <source>Pay a bill without logging in</source>
        <translation>Pagar una factura sin iniciar sesión</translation>
    </message>
    <message>
        <source>Co-op portal</source>
        <translation>Portal de la cooperativa</translation>
    </message>
    <message>
        <source>Just want to pay a bill?</source>
        <translation>¿Solo quiere pagar una factura?</translation>
    </message>
    <message>
        <source>Enter your co-op&apos;s portal address first.</source>
        <translation>Primero ingrese la dirección del portal de su cooperativa.</translation>
    </message>
    <message>
        <source>Sign in as %1</source>
        <extracomment>A button offering the login this device remembers; %1 is the e-mail.</extracomment>
        <translation>Iniciar sesión como %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Enter your co-op&apos;s portal address.</source>
        <translation>Ingrese la dirección del portal de su cooperativa.</translation>
    </message>
    <message>
        <source>Enter the e-mail you use for your co-op&apos;s portal.</source>
        <translation>Ingrese el correo electrónico que usa para el portal de su cooperativa.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Ingrese su contraseña.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Ingrese el código de 6 dígitos de su app de autenticación.</translation>
    </message>
    <message>
        <source>Your co-op asks for the code from your authenticator app.</source>
        <translation>Su cooperativa pide el código de su app de autenticación.</translation>
    </message>
    <message>
        <source>Signing in did not work. Please try again.</source>
        <translation>No se pudo iniciar sesión. Por favor inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The co-op&apos;s portal could not be opened in your browser.</source>
        <translation>No se pudo abrir el portal de la cooperativa en su navegador.</translation>
    </message>
</context>
<context>
    <name>coopdesk::ui::MainWindow</name>
    <message>
        <source>%1 · %2 (closed)</source>
        <extracomment>Account picker entry of a closed account: number, then its place.</extracomment>
        <translation>%1 · %2 (cerrada)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Account picker entry: account number, then its place (&quot;Home&quot;, a street address).</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Pantallas</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Account shown</source>
        <translation>Cuenta mostrada</translation>
    </message>
    <message>
        <source>Open in SmartHub</source>
        <translation>Abrir en SmartHub</translation>
    </message>
    <message>
        <source>Open the co-op&apos;s portal in the browser</source>
        <translation>Abrir el portal de la cooperativa en el navegador</translation>
    </message>
    <message>
        <source>For anything the app cannot do, the co-op&apos;s own portal.</source>
        <translation>Para todo lo que la app no puede hacer, el portal de la propia cooperativa.</translation>
    </message>
    <message>
        <source>The co-op&apos;s portal could not be opened in your browser.</source>
        <translation>No se pudo abrir el portal de la cooperativa en su navegador.</translation>
    </message>
    <message>
        <source>You have signed out, and this device no longer remembers your login.</source>
        <translation>Cerró sesión y este dispositivo ya no recuerda su inicio de sesión.</translation>
    </message>
    <message>
        <source>You have signed out.</source>
        <translation>Cerró sesión.</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>Se necesita la contraseña</translation>
    </message>
    <message>
        <source>To keep you signed in, your co-op needs your password again.</source>
        <translation>Para mantener su sesión iniciada, su cooperativa necesita su contraseña otra vez.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
</context>
<context>
    <name>coopdesk::ui::NotificationsScreen</name>
    <message>
        <source>A new bill is available</source>
        <translation>Hay una nueva factura disponible</translation>
    </message>
    <message>
        <source>A payment is due</source>
        <translation>Vence un pago</translation>
    </message>
    <message>
        <source>A payment is received</source>
        <translation>Se recibe un pago</translation>
    </message>
    <message>
        <source>The account is past due</source>
        <translation>La cuenta tiene saldo vencido</translation>
    </message>
    <message>
        <source>A stored card is about to expire</source>
        <translation>Una tarjeta guardada está por vencer</translation>
    </message>
    <message>
        <source>An outage affects my service</source>
        <translation>Un apagón afecta mi servicio</translation>
    </message>
    <message>
        <source>Daily usage goes over</source>
        <translation>El consumo diario supera el límite</translation>
    </message>
    <message>
        <source>&amp;Save alerts</source>
        <translation>&amp;Guardar alertas</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Deshacer cambios</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>&amp;Agregar contacto</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>&amp;Remove contact</source>
        <translation>&amp;Quitar contacto</translation>
    </message>
    <message>
        <source>Alerts for this account</source>
        <translation>Alertas para esta cuenta</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>Text message (SMS) column header</extracomment>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>Tell me when…</source>
        <translation>Avisarme cuando…</translation>
    </message>
    <message>
        <source>%1: by e-mail</source>
        <extracomment>%1 is an alert, e.g. &quot;A new bill is available&quot;</extracomment>
        <translation>%1: por correo electrónico</translation>
    </message>
    <message>
        <source>%1: by text message</source>
        <extracomment>%1 is an alert, e.g. &quot;A new bill is available&quot;</extracomment>
        <translation>%1: por mensaje de texto</translation>
    </message>
    <message>
        <source> kWh per day</source>
        <extracomment>Unit after the usage threshold number</extracomment>
        <translation> kWh por día</translation>
    </message>
    <message>
        <source>Daily usage threshold in kilowatt-hours</source>
        <translation>Límite de consumo diario en kilovatios-hora</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Límite:</translation>
    </message>
    <message>
        <source>Save alert choices</source>
        <translation>Guardar las alertas elegidas</translation>
    </message>
    <message>
        <source>Undo changes to the alert choices</source>
        <translation>Deshacer los cambios en las alertas elegidas</translation>
    </message>
    <message>
        <source>Where alerts go</source>
        <translation>Dónde recibir las alertas</translation>
    </message>
    <message>
        <source>Alerts go to every verified contact of the chosen kind. A new contact is used once you enter the code the co-op sends to it.</source>
        <translation>Las alertas se envían a todos los contactos verificados del tipo elegido. Un contacto nuevo se usa una vez que usted ingrese el código que la cooperativa le envía.</translation>
    </message>
    <message>
        <source>Contacts for alerts</source>
        <translation>Contactos para alertas</translation>
    </message>
    <message>
        <source>Remove the selected contact</source>
        <translation>Quitar el contacto seleccionado</translation>
    </message>
    <message>
        <source>Verify a contact</source>
        <translation>Verificar un contacto</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Código de verificación</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>Código de 6 dígitos</translation>
    </message>
    <message>
        <source>Verify the selected contact with the code</source>
        <translation>Verificar el contacto seleccionado con el código</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Agregar un contacto</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Tipo de contacto</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Mobile number (texts)</source>
        <translation>Número de celular (mensajes de texto)</translation>
    </message>
    <message>
        <source>E-mail address or mobile number</source>
        <translation>Correo electrónico o número de celular</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>Add the contact and send it a code</source>
        <translation>Agregar el contacto y enviarle un código</translation>
    </message>
    <message>
        <source>970-555-0134</source>
        <translation>970-555-0134</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Alerts for account %1</source>
        <extracomment>%1 is an account number</extracomment>
        <translation>Alertas de la cuenta %1</translation>
    </message>
    <message>
        <source>Loading alerts…</source>
        <translation>Cargando alertas…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 kind of contact (E-mail/Text), %2 its address</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (not verified: enter the code sent to it)</source>
        <translation>%1: %2 (sin verificar: ingrese el código que se le envió)</translation>
    </message>
    <message>
        <source>Not verified yet: alerts do not go here until you enter the code the co-op sent.</source>
        <translation>Aún no verificado: las alertas no se envían aquí hasta que ingrese el código que envió la cooperativa.</translation>
    </message>
    <message>
        <source>Loading contacts…</source>
        <translation>Cargando contactos…</translation>
    </message>
    <message>
        <source>Add an e-mail address under “Where alerts go” and verify it to get alerts by e-mail.</source>
        <translation>Agregue una dirección de correo electrónico en “Dónde recibir las alertas” y verifíquela para recibir alertas por correo electrónico.</translation>
    </message>
    <message>
        <source>Add a mobile number under “Where alerts go” and verify it to get alerts by text.</source>
        <translation>Agregue un número de celular en “Dónde recibir las alertas” y verifíquelo para recibir alertas por mensaje de texto.</translation>
    </message>
    <message>
        <source>Alerts cannot go by text yet: add a mobile number under “Where alerts go” and enter the code sent to it first.</source>
        <translation>Todavía no se pueden enviar alertas por mensaje de texto: primero agregue un número de celular en “Dónde recibir las alertas” e ingrese el código que se le envió.</translation>
    </message>
    <message>
        <source>Alerts cannot go by e-mail yet: add an e-mail address under “Where alerts go” and enter the code sent to it first.</source>
        <translation>Todavía no se pueden enviar alertas por correo electrónico: primero agregue una dirección de correo electrónico en “Dónde recibir las alertas” e ingrese el código que se le envió.</translation>
    </message>
    <message>
        <source>Alerts for account %1 saved.</source>
        <extracomment>%1 is an account number</extracomment>
        <translation>Se guardaron las alertas de la cuenta %1.</translation>
    </message>
    <message>
        <source>Saving alerts…</source>
        <translation>Guardando alertas…</translation>
    </message>
    <message>
        <source>Enter the code the co-op sent to %1.</source>
        <extracomment>%1 is an e-mail address or phone number</extracomment>
        <translation>Ingrese el código que la cooperativa envió a %1.</translation>
    </message>
    <message>
        <source>This contact is verified.</source>
        <translation>Este contacto está verificado.</translation>
    </message>
    <message>
        <source>Choose a contact that is not verified yet to enter its code.</source>
        <translation>Elija un contacto que aún no esté verificado para ingresar su código.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address. It should look like name@example.com.</source>
        <translation>“%1” no es una dirección de correo electrónico. Debe tener el formato nombre@example.com.</translation>
    </message>
    <message>
        <source>A mobile number has 10 digits, area code first, like 970-555-0134.</source>
        <translation>Un número de celular tiene 10 dígitos, con el código de área primero, como 970-555-0134.</translation>
    </message>
    <message>
        <source>A code is on its way to %1. Enter it under “Verify a contact”.</source>
        <translation>Se está enviando un código a %1. Ingréselo en “Verificar un contacto”.</translation>
    </message>
    <message>
        <source>Adding the contact…</source>
        <translation>Agregando el contacto…</translation>
    </message>
    <message>
        <source>%1 is verified: alerts can go there now.</source>
        <extracomment>%1 is an e-mail address or phone number</extracomment>
        <translation>%1 está verificado: ya se le pueden enviar alertas.</translation>
    </message>
    <message>
        <source>That code is not the one sent to %1. Check the latest message and try again.</source>
        <translation>Ese código no es el que se envió a %1. Revise el mensaje más reciente e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Verificando el código…</translation>
    </message>
    <message>
        <source>Contact removed.</source>
        <translation>Se quitó el contacto.</translation>
    </message>
    <message>
        <source>Removing the contact…</source>
        <translation>Quitando el contacto…</translation>
    </message>
</context>
<context>
    <name>coopdesk::ui::OutagesScreen</name>
    <message>
        <source>%1, %2 %3</source>
        <extracomment>City, state and ZIP on one address line: &quot;Lyons, CO 80540&quot;</extracomment>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>&amp;Outages</source>
        <translation>&amp;Apagones</translation>
    </message>
    <message>
        <source>&amp;Contact us</source>
        <translation>&amp;Contáctenos</translation>
    </message>
    <message>
        <source>Report an outage</source>
        <translation>Reportar un apagón</translation>
    </message>
    <message>
        <source>Service location of the outage</source>
        <translation>Ubicación de servicio del apagón</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Cuál es el problema</translation>
    </message>
    <message>
        <source>Note for the co-op</source>
        <translation>Nota para la cooperativa</translation>
    </message>
    <message>
        <source>What you see: a tree on the line, a pole number, since when…</source>
        <translation>Lo que ve: un árbol sobre el cable, un número de poste, desde cuándo…</translation>
    </message>
    <message>
        <source>&amp;Report the outage</source>
        <translation>&amp;Reportar el apagón</translation>
    </message>
    <message>
        <source>Send the outage report</source>
        <translation>Enviar el reporte de apagón</translation>
    </message>
    <message>
        <source>Stay away from downed lines and anything touching them. If a line is down or someone is in danger, call 911 too.</source>
        <translation>Manténgase alejado de los cables caídos y de todo lo que los toque. Si hay un cable caído o alguien está en peligro, llame también al 911.</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>&amp;Problema:</translation>
    </message>
    <message>
        <source>Your reports</source>
        <translation>Sus reportes</translation>
    </message>
    <message>
        <source>Your outage reports</source>
        <translation>Sus reportes de apagón</translation>
    </message>
    <message>
        <source>Outages in your area</source>
        <translation>Apagones en su zona</translation>
    </message>
    <message>
        <source>Outages in progress near your service locations</source>
        <translation>Apagones en curso cerca de sus ubicaciones de servicio</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Members affected</source>
        <translation>Socios afectados</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Power back by (estimate)</source>
        <translation>Restablecimiento (estimado)</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Refresh reports and outages</source>
        <translation>Actualizar reportes y apagones</translation>
    </message>
    <message>
        <source>Outage map in SmartHub</source>
        <translation>Mapa de apagones en SmartHub</translation>
    </message>
    <message>
        <source>Open the co-op&apos;s outage page in the browser</source>
        <translation>Abrir la página de apagones de la cooperativa en el navegador</translation>
    </message>
    <message>
        <source>(no account chosen)</source>
        <translation>(ninguna cuenta elegida)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 service location number, %2 its name and street</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Note (required):</source>
        <translation>&amp;Nota (obligatoria):</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Nota (opcional):</translation>
    </message>
    <message>
        <source>For “Other”, say in the note what is wrong.</source>
        <translation>Para “Otro”, indique en la nota cuál es el problema.</translation>
    </message>
    <message>
        <source>The note can have at most %1 characters.</source>
        <translation>La nota puede tener %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>For “Other”, please say in the note what is wrong, so the crew knows what to look for.</source>
        <translation>Para “Otro”, por favor indique en la nota cuál es el problema, para que la cuadrilla sepa qué buscar.</translation>
    </message>
    <message>
        <source>Reported. Your ticket is %1.</source>
        <extracomment>%1 is a ticket number like OR-100001</extracomment>
        <translation>Reportado. Su número de reporte es %1.</translation>
    </message>
    <message>
        <source>Outage reported. Your ticket is %1.</source>
        <translation>Apagón reportado. Su número de reporte es %1.</translation>
    </message>
    <message>
        <source>Reporting the outage…</source>
        <translation>Reportando el apagón…</translation>
    </message>
    <message>
        <source>Looking up outages…</source>
        <translation>Buscando apagones…</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Aún no se sabe</translation>
    </message>
    <message>
        <source>No outages near your service locations right now.</source>
        <translation>No hay apagones cerca de sus ubicaciones de servicio en este momento.</translation>
    </message>
    <message>
        <source>As of %1</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>Actualizado al %1</translation>
    </message>
    <message>
        <source>Send the co-op a question</source>
        <translation>Enviar una pregunta a la cooperativa</translation>
    </message>
    <message>
        <source>Topic of the question</source>
        <translation>Tema de la pregunta</translation>
    </message>
    <message>
        <source>My bill</source>
        <translation>Mi factura</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>An outage</source>
        <translation>Un apagón</translation>
    </message>
    <message>
        <source>My service</source>
        <translation>Mi servicio</translation>
    </message>
    <message>
        <source>Something else</source>
        <extracomment>Message topic</extracomment>
        <translation>Otro tema</translation>
    </message>
    <message>
        <source>Account the question is about</source>
        <translation>Cuenta a la que se refiere la pregunta</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>Su pregunta</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send the question to the co-op</source>
        <translation>Enviar la pregunta a la cooperativa</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;Referente a:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>As&amp;unto:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Pregunta:</translation>
    </message>
    <message>
        <source>Contact page in SmartHub</source>
        <translation>Página de contacto en SmartHub</translation>
    </message>
    <message>
        <source>Open the co-op&apos;s contact page in the browser</source>
        <translation>Abrir la página de contacto de la cooperativa en el navegador</translation>
    </message>
    <message>
        <source>Open in SmartHub</source>
        <translation>Abrir en SmartHub</translation>
    </message>
    <message>
        <source>Open the co-op&apos;s portal in the browser for anything else</source>
        <translation>Abrir el portal de la cooperativa en el navegador para todo lo demás</translation>
    </message>
    <message>
        <source>Anything the app does not do:</source>
        <translation>Todo lo que la app no hace:</translation>
    </message>
    <message>
        <source>Offices and payment drop boxes</source>
        <translation>Oficinas y buzones de pagos</translation>
    </message>
    <message>
        <source>Account %1</source>
        <extracomment>%1 account number</extracomment>
        <translation>Cuenta %1</translation>
    </message>
    <message>
        <source>My login, not one account</source>
        <translation>Mi usuario, no una cuenta específica</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <extracomment>%1 characters typed, %2 the most allowed</extracomment>
        <translation>%1 de %2 caracteres</translation>
    </message>
    <message>
        <source>Please write a subject and your question.</source>
        <translation>Por favor escriba un asunto y su pregunta.</translation>
    </message>
    <message>
        <source>The question can have at most %1 characters.</source>
        <translation>La pregunta puede tener %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>Sent. Your ticket is %1; the co-op answers by e-mail.</source>
        <extracomment>%1 is a ticket number like M-700001</extracomment>
        <translation>Enviada. Su número de caso es %1; la cooperativa responde por correo electrónico.</translation>
    </message>
    <message>
        <source>Question sent. Your ticket is %1.</source>
        <translation>Pregunta enviada. Su número de caso es %1.</translation>
    </message>
    <message>
        <source>Sending your question…</source>
        <translation>Enviando su pregunta…</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Payment drop box</source>
        <translation>Buzón de pagos</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <extracomment>Opening hours as the co-op writes them</extracomment>
        <translation>Horario: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>Open in Maps</source>
        <translation>Abrir en Mapas</translation>
    </message>
    <message>
        <source>Open %1 in OpenStreetMap</source>
        <extracomment>%1 office name</extracomment>
        <translation>Abrir %1 en OpenStreetMap</translation>
    </message>
    <message>
        <source>Outages and contact</source>
        <translation>Apagones y contacto</translation>
    </message>
</context>
<context>
    <name>coopdesk::ui::OverviewScreen</name>
    <message>
        <source>Pay all</source>
        <translation>Pagar todo</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Your accounts</source>
        <translation>Sus cuentas</translation>
    </message>
    <message>
        <source>Total due across accounts</source>
        <translation>Total a pagar en todas las cuentas</translation>
    </message>
    <message>
        <source>Pay all accounts that owe</source>
        <translation>Pagar todas las cuentas con saldo pendiente</translation>
    </message>
    <message>
        <source>Refresh balances</source>
        <translation>Actualizar saldos</translation>
    </message>
    <message>
        <source>Last refreshed</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Loading your accounts…</source>
        <translation>Cargando sus cuentas…</translation>
    </message>
    <message>
        <source>Total due: %1</source>
        <translation>Total a pagar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Pay the %n account(s) that owe something.</source>
        <translation>
            <numerusform>Pagar %n cuenta con saldo pendiente.</numerusform>
            <numerusform>Pagar las %n cuentas con saldo pendiente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>No hay nada por pagar.</translation>
    </message>
    <message>
        <source>Last refreshed %1</source>
        <extracomment>%1 is a time of day, e.g. &quot;Last refreshed 12:00 PM&quot;.</extracomment>
        <translation>Última actualización: %1</translation>
    </message>
</context>
<context>
    <name>coopdesk::ui::PayNowDialog</name>
    <message>
        <source>Pay without logging in</source>
        <translation>Pagar sin iniciar sesión</translation>
    </message>
    <message>
        <source>Find your account with its number and the account holder&apos;s last name (or the business name). Only the amount due is shown.</source>
        <translation>Busque su cuenta con su número y el apellido del titular (o el nombre de la empresa). Solo se muestra el monto a pagar.</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <source>Last name or business name</source>
        <translation>Apellido o nombre de la empresa</translation>
    </message>
    <message>
        <source>Find account</source>
        <translation>Buscar cuenta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Account number:</source>
        <translation>&amp;Número de cuenta:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellido:</translation>
    </message>
    <message>
        <source>Amount to pay</source>
        <translation>Monto a pagar</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Tarjeta</translation>
    </message>
    <message>
        <source>Pay by card</source>
        <translation>Pagar con tarjeta</translation>
    </message>
    <message>
        <source>&amp;Bank account</source>
        <translation>Cuenta &amp;bancaria</translation>
    </message>
    <message>
        <source>Pay from a bank account</source>
        <translation>Pagar desde una cuenta bancaria</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Número de tarjeta</translation>
    </message>
    <message>
        <source>Card expiry, month and year</source>
        <translation>Vencimiento de la tarjeta, mes y año</translation>
    </message>
    <message>
        <source>MM/YY</source>
        <translation>MM/AA</translation>
    </message>
    <message>
        <source>Card security code</source>
        <translation>Código de seguridad de la tarjeta</translation>
    </message>
    <message>
        <source>Billing ZIP code</source>
        <translation>Código postal de facturación</translation>
    </message>
    <message>
        <source>Card &amp;number:</source>
        <translation>&amp;Número de tarjeta:</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>&amp;Vence:</translation>
    </message>
    <message>
        <source>CV&amp;V:</source>
        <extracomment>The 3 or 4 digit code on the card</extracomment>
        <translation>&amp;CVV:</translation>
    </message>
    <message>
        <source>Billing &amp;ZIP:</source>
        <translation>Código &amp;postal:</translation>
    </message>
    <message>
        <source>Bank routing number</source>
        <translation>Número de ruta bancaria</translation>
    </message>
    <message>
        <source>Bank account number</source>
        <translation>Número de cuenta bancaria</translation>
    </message>
    <message>
        <source>Bank account type</source>
        <translation>Tipo de cuenta bancaria</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Cheques</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Ahorros</translation>
    </message>
    <message>
        <source>&amp;Routing number:</source>
        <translation>Número de &amp;ruta:</translation>
    </message>
    <message>
        <source>Acc&amp;ount number:</source>
        <translation>Número de &amp;cuenta:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Review payment</source>
        <translation>Revisar el pago</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>&amp;Monto:</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pagar</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Looking up the account…</source>
        <translation>Buscando la cuenta…</translation>
    </message>
    <message>
        <source>Amount due: %1, due %2.</source>
        <translation>Monto a pagar: %1, vence el %2.</translation>
    </message>
    <message>
        <source>Amount due: %1.</source>
        <translation>Monto a pagar: %1.</translation>
    </message>
    <message>
        <source>Enter the amount to pay, such as 25.00.</source>
        <translation>Ingrese el monto a pagar, como 25.00.</translation>
    </message>
    <message>
        <source>“%1” is not an amount. Enter dollars and cents, such as 25.00.</source>
        <translation>“%1” no es un monto. Ingrese dólares y centavos, como 25.00.</translation>
    </message>
    <message>
        <source>The amount must be at least %1.</source>
        <translation>El monto debe ser de al menos %1.</translation>
    </message>
    <message>
        <source>card ending in %1</source>
        <extracomment>%1 the last four digits of a card</extracomment>
        <translation>tarjeta terminada en %1</translation>
    </message>
    <message>
        <source>bank account ending in %1</source>
        <extracomment>%1 the last four digits of a bank account</extracomment>
        <translation>cuenta bancaria terminada en %1</translation>
    </message>
    <message>
        <source>Pay %1 to account %2 with your %3?

The co-op charges it once; you get a confirmation number and a receipt.</source>
        <extracomment>%1 an amount, %2 an account number, %3 &quot;card ending in 4242&quot;</extracomment>
        <translation>¿Pagar %1 a la cuenta %2 con su %3?

La cooperativa lo cobra una sola vez; usted recibirá un número de confirmación y un recibo.</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>Pagar %1</translation>
    </message>
    <message>
        <source>Sending your payment…</source>
        <translation>Enviando su pago…</translation>
    </message>
    <message>
        <source>The co-op did not receive the payment, so nothing was charged. You can try again.</source>
        <translation>La cooperativa no recibió el pago, así que no se hizo ningún cobro. Puede intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>The payment did not go through: %1
Trying again cannot charge you twice.</source>
        <translation>El pago no se realizó: %1
Volver a intentarlo no le cobrará dos veces.</translation>
    </message>
    <message>
        <source>Please wait: your payment is being sent.</source>
        <translation>Por favor espere: se está enviando su pago.</translation>
    </message>
</context>
<context>
    <name>coopdesk::ui::PaymentFlow</name>
    <message>
        <source>Check that this is the phrase you chose. If it is not, stop: do not enter payment details, and call your co-op.</source>
        <translation>Verifique que esta sea la frase que eligió. Si no lo es, deténgase: no ingrese datos de pago y llame a su cooperativa.</translation>
    </message>
    <message>
        <source>Accounts to pay</source>
        <translation>Cuentas a pagar</translation>
    </message>
    <message>
        <source>Account to add to this payment</source>
        <translation>Cuenta para agregar a este pago</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Agregar cuenta</translation>
    </message>
    <message>
        <source>Add the chosen account to this payment</source>
        <translation>Agregar la cuenta elegida a este pago</translation>
    </message>
    <message>
        <source>Pay with</source>
        <translation>Pagar con</translation>
    </message>
    <message>
        <source>Stored payment method</source>
        <translation>Método de pago guardado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel this payment</source>
        <translation>Cancelar este pago</translation>
    </message>
    <message>
        <source>Review payment</source>
        <translation>Revisar el pago</translation>
    </message>
    <message>
        <source>Review the payment before paying</source>
        <translation>Revisar el pago antes de pagar</translation>
    </message>
    <message>
        <source>Make a payment</source>
        <translation>Realizar un pago</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to change the payment</source>
        <translation>Volver para cambiar el pago</translation>
    </message>
    <message>
        <source>Confirm your payment</source>
        <translation>Confirme su pago</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <source>Try the payments that did not go through again</source>
        <translation>Volver a intentar los pagos que no se realizaron</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Stop here and keep the payments that went through</source>
        <translation>Terminar aquí y conservar los pagos que se realizaron</translation>
    </message>
    <message>
        <source>Sending your payment</source>
        <translation>Enviando su pago</translation>
    </message>
    <message>
        <source>Loading your security phrase…</source>
        <translation>Cargando su frase de seguridad…</translation>
    </message>
    <message>
        <source>Your security phrase: %1</source>
        <extracomment>%1 the member&apos;s own anti-phishing phrase, shown in bold</extracomment>
        <translation>Su frase de seguridad: %1</translation>
    </message>
    <message>
        <source>Your security phrase could not be shown, so payments are paused. Try again later.</source>
        <translation>No se pudo mostrar su frase de seguridad, así que los pagos están en pausa. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Loading your payment methods…</source>
        <translation>Cargando sus métodos de pago…</translation>
    </message>
    <message>
        <source>No payment method is stored with your co-op. Add one in SmartHub.</source>
        <translation>No hay ningún método de pago guardado en su cooperativa. Agregue uno en SmartHub.</translation>
    </message>
    <message>
        <source>Your payment methods could not be loaded.</source>
        <translation>No se pudieron cargar sus métodos de pago.</translation>
    </message>
    <message>
        <source>Payments %1 + fees %2 = &lt;b&gt;total %3&lt;/b&gt;</source>
        <extracomment>%1 the payments, %2 the convenience fees, %3 their total (all money)</extracomment>
        <translation>Pagos %1 + cargos %2 = &lt;b&gt;total %3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Total to pay: %1</source>
        <translation>Total a pagar: %1</translation>
    </message>
    <message>
        <source>Please check everything before you pay.</source>
        <translation>Por favor revise todo antes de pagar.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Fee</source>
        <extracomment>Column: the convenience fee of a payment</extracomment>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Paid with: %1</source>
        <extracomment>%1 the masked payment method</extracomment>
        <translation>Pagado con: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Each account is paid separately and gets its own confirmation number.</source>
        <translation>Cada cuenta se paga por separado y recibe su propio número de confirmación.</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <extracomment>The button that sends the payment; %1 the total with fees</extracomment>
        <translation>Pagar %1</translation>
    </message>
    <message>
        <source>Pay %1 now</source>
        <translation>Pagar %1 ahora</translation>
    </message>
    <message>
        <source>Sending the payment for account %1…</source>
        <extracomment>%1 an account number</extracomment>
        <translation>Enviando el pago de la cuenta %1…</translation>
    </message>
    <message>
        <source>The co-op did not receive this payment, so nothing was charged. You can try again.</source>
        <translation>La cooperativa no recibió este pago, así que no se hizo ningún cobro. Puede intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>The payment for account %1 did not go through. Trying again cannot charge you twice.</source>
        <extracomment>%1 an account number</extracomment>
        <translation>El pago de la cuenta %1 no se realizó. Volver a intentarlo no le cobrará dos veces.</translation>
    </message>
    <message>
        <source>Paid, confirmation %1</source>
        <extracomment>%1 a confirmation number</extracomment>
        <translation>Pagado, confirmación %1</translation>
    </message>
    <message>
        <source>Not paid: %1</source>
        <translation>No pagado: %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Payment received. Confirmation number %1.</source>
        <extracomment>%1 the payment&apos;s confirmation number</extracomment>
        <translation>Pago recibido. Número de confirmación: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n payments received. Confirmation numbers %1.</source>
        <extracomment>%1 the confirmation numbers, separated by commas</extracomment>
        <translation>
            <numerusform>Se recibió %n pago. Número de confirmación: %1.</numerusform>
            <numerusform>Se recibieron %n pagos. Números de confirmación: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coopdesk::ui::PaymentsScreen</name>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Show payments of</source>
        <translation>Mostrar pagos de</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Make a payment</source>
        <translation>Realizar un pago</translation>
    </message>
    <message>
        <source>Payment history, newest first</source>
        <translation>Historial de pagos, el más reciente primero</translation>
    </message>
    <message>
        <source>No payments yet.</source>
        <translation>Todavía no hay pagos.</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <source>Loading payments…</source>
        <translation>Cargando pagos…</translation>
    </message>
</context>
<context>
    <name>coopdesk::ui::PreferencesScreen</name>
    <message>
        <source>Temperature units</source>
        <translation>Unidades de temperatura</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The co-op&apos;s time zone</source>
        <translation>Zona horaria de la cooperativa</translation>
    </message>
    <message>
        <source>Weather source</source>
        <translation>Fuente de datos del clima</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out and forget this device&apos;s login</source>
        <translation>Cerrar sesión y olvidar el inicio de sesión de este dispositivo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Fahrenheit (°F)</source>
        <translation>Fahrenheit (°F)</translation>
    </message>
    <message>
        <source>Celsius (°C)</source>
        <translation>Celsius (°C)</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <extracomment>The language choice that follows the operating system&apos;s language.</extracomment>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>A new language applies the next time CoopDesk starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie CoopDesk.</translation>
    </message>
    <message>
        <source>Usage times are the co-op&apos;s local time. The default comes from the state of your service address.</source>
        <translation>Los horarios de consumo están en la hora local de la cooperativa. El valor predeterminado depende del estado de su dirección de servicio.</translation>
    </message>
    <message>
        <source>The co-op&apos;s portal</source>
        <translation>El portal de la cooperativa</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Also removes the login this device remembers, so the password is needed next time.</source>
        <translation>También elimina el inicio de sesión que recuerda este dispositivo, así que la próxima vez se necesitará la contraseña.</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Visualización</translation>
    </message>
    <message>
        <source>Your co-op&apos;s data</source>
        <translation>Los datos de su cooperativa</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Signing out</source>
        <translation>Cierre de sesión</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <extracomment>The default time zone choice; %1 is the zone found from the service address, e.g. America/Denver.</extracomment>
        <translation>Automática (%1)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
</context>
<context>
    <name>coopdesk::ui::ProfileScreen</name>
    <message>
        <source>✓ %1</source>
        <extracomment>Password checklist line that is satisfied; %1 is the rule</extracomment>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <translation>Cumple: %1</translation>
    </message>
    <message>
        <source>Not met yet: %1</source>
        <translation>Aún no cumple: %1</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Cambiar la contraseña</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Repetir la nueva contraseña</translation>
    </message>
    <message>
        <source>Change &amp;password</source>
        <translation>Cambiar &amp;contraseña</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Repetir nueva contraseña:</translation>
    </message>
    <message>
        <source>The new password needs:</source>
        <translation>La nueva contraseña necesita:</translation>
    </message>
    <message>
        <source>Security phrase</source>
        <translation>Frase de seguridad</translation>
    </message>
    <message>
        <source>The co-op shows this phrase on every payment form so you know the form is really theirs.</source>
        <translation>La cooperativa muestra esta frase en cada formulario de pago para que usted sepa que el formulario es realmente de la cooperativa.</translation>
    </message>
    <message>
        <source>New security phrase</source>
        <translation>Nueva frase de seguridad</translation>
    </message>
    <message>
        <source>Change p&amp;hrase</source>
        <translation>Cambiar &amp;frase</translation>
    </message>
    <message>
        <source>Change the security phrase</source>
        <translation>Cambiar la frase de seguridad</translation>
    </message>
    <message>
        <source>Current phrase:</source>
        <translation>Frase actual:</translation>
    </message>
    <message>
        <source>New p&amp;hrase:</source>
        <translation>Nueva fra&amp;se:</translation>
    </message>
    <message>
        <source>Phones and mailing address</source>
        <translation>Teléfonos y dirección postal</translation>
    </message>
    <message>
        <source>Add a ph&amp;one</source>
        <translation>Agregar &amp;teléfono</translation>
    </message>
    <message>
        <source>Add a phone number</source>
        <translation>Agregar un número de teléfono</translation>
    </message>
    <message>
        <source>Mailing address, first line</source>
        <translation>Dirección postal, primera línea</translation>
    </message>
    <message>
        <source>Mailing address, second line</source>
        <translation>Dirección postal, segunda línea</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Apartment, suite, P.O. box (optional)</source>
        <translation>Apartamento, oficina, apartado postal (opcional)</translation>
    </message>
    <message>
        <source>&amp;Save phones and address</source>
        <translation>&amp;Guardar teléfonos y dirección</translation>
    </message>
    <message>
        <source>Save phones and mailing address</source>
        <translation>Guardar teléfonos y dirección postal</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Mailing address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <source>Address &amp;line 1:</source>
        <translation>Dirección, &amp;línea 1:</translation>
    </message>
    <message>
        <source>Address line &amp;2:</source>
        <translation>Dirección, línea &amp;2:</translation>
    </message>
    <message>
        <source>Ci&amp;ty:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <source>&amp;ZIP:</source>
        <translation>Código &amp;postal:</translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Loading your profile…</source>
        <translation>Cargando su perfil…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>8 to 15 characters</source>
        <translation>de 8 a 15 caracteres</translation>
    </message>
    <message>
        <source>a capital letter</source>
        <translation>una letra mayúscula</translation>
    </message>
    <message>
        <source>a numeral</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a special character, like ! or #</source>
        <translation>un carácter especial, como ! o #</translation>
    </message>
    <message>
        <source>no spaces</source>
        <translation>sin espacios</translation>
    </message>
    <message>
        <source>the same password typed twice</source>
        <translation>la misma contraseña escrita dos veces</translation>
    </message>
    <message>
        <source>Your password is changed. Use the new one from now on.</source>
        <translation>Su contraseña se cambió. A partir de ahora, use la nueva.</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Cambiando la contraseña…</translation>
    </message>
    <message>
        <source>at least 5 characters</source>
        <translation>al menos 5 caracteres</translation>
    </message>
    <message>
        <source>The security phrase needs at least 5 characters (and at most 64).</source>
        <translation>La frase de seguridad debe tener al menos 5 caracteres (y 64 como máximo).</translation>
    </message>
    <message>
        <source>Your security phrase is changed.</source>
        <translation>Su frase de seguridad se cambió.</translation>
    </message>
    <message>
        <source>Changing the security phrase…</source>
        <translation>Cambiando la frase de seguridad…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 member name, %2 login e-mail</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Celular</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Work</source>
        <extracomment>Work phone</extracomment>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>970-555-0101</source>
        <translation>970-555-0101</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Kind of phone %1</source>
        <extracomment>%1 is the phone&apos;s position (1, 2, ...)</extracomment>
        <translation>Tipo del teléfono %1</translation>
    </message>
    <message>
        <source>Phone number %1</source>
        <translation>Número de teléfono %1</translation>
    </message>
    <message>
        <source>Remove phone %1</source>
        <translation>Quitar el teléfono %1</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: it needs 10 digits, area code first.</source>
        <extracomment>%1 is the phone number as typed</extracomment>
        <translation>“%1” no es un número de teléfono: debe tener 10 dígitos, con el código de área primero.</translation>
    </message>
    <message>
        <source>The mailing address needs its first line (street or P.O. box).</source>
        <translation>La dirección postal necesita la primera línea (calle o apartado postal).</translation>
    </message>
    <message>
        <source>The mailing address needs a city.</source>
        <translation>La dirección postal necesita una ciudad.</translation>
    </message>
    <message>
        <source>The state is two letters, like CO.</source>
        <translation>El estado debe tener dos letras, como CO.</translation>
    </message>
    <message>
        <source>The ZIP code is 5 digits, or ZIP+4 like 80540-1234.</source>
        <translation>El código postal debe tener 5 dígitos, o 9 con el formato 80540-1234.</translation>
    </message>
    <message>
        <source>Your phones and mailing address are saved.</source>
        <translation>Se guardaron sus teléfonos y su dirección postal.</translation>
    </message>
    <message>
        <source>Saving your profile…</source>
        <translation>Guardando su perfil…</translation>
    </message>
</context>
<context>
    <name>coopdesk::ui::ReceiptView</name>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>Recibo de pago</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Imprimir el recibo</translation>
    </message>
    <message>
        <source>Save the receipt as a PDF file</source>
        <translation>Guardar el recibo como archivo PDF</translation>
    </message>
    <message>
        <source>Close the receipt</source>
        <translation>Cerrar el recibo</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Guardar el recibo</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <extracomment>Default file name of a saved receipt; %1 the confirmation number</extracomment>
        <translation>recibo-%1.pdf</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>The receipt could not be saved to %1.</source>
        <translation>No se pudo guardar el recibo en %1.</translation>
    </message>
</context>
<context>
    <name>coopdesk::ui::ScatterChartView</name>
    <message>
        <source>Daily usage against temperature</source>
        <translation>Consumo diario frente a la temperatura</translation>
    </message>
    <message>
        <source>kWh per day</source>
        <extracomment>Axis title of the energy-signature scatter</extracomment>
        <translation>kWh por día</translation>
    </message>
    <message>
        <source>Daily mean temperature (%1)</source>
        <extracomment>Axis title of the scatter: the day&apos;s mean temperature with its unit</extracomment>
        <translation>Temperatura media diaria (%1)</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <extracomment>Scatter read-out: &quot;&lt;date&gt;: &lt;kWh&gt;, &lt;mean temperature&gt;&quot;</extracomment>
        <translation>%1: %2, %3</translation>
    </message>
</context>
<context>
    <name>coopdesk::ui::TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Cancelar la carga</translation>
    </message>
</context>
<context>
    <name>coopdesk::ui::UsageChartView</name>
    <message>
        <source>Usage and temperature chart</source>
        <translation>Gráfico de consumo y temperatura</translation>
    </message>
    <message>
        <source>Mouse wheel, plus and minus keys or a pinch zoom; arrow keys or Shift with the wheel move in time; Home shows everything. The Table tab lists every value.</source>
        <translation>Para hacer zoom: rueda del mouse, teclas más y menos o pellizco; para moverse en el tiempo: teclas de flecha o Shift con la rueda; Home muestra todo. La pestaña Tabla muestra todos los valores.</translation>
    </message>
    <message>
        <source>kWh</source>
        <extracomment>Axis title of the usage chart</extracomment>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Temperature (%1)</source>
        <extracomment>Axis title: temperature with its unit (°F or °C)</extracomment>
        <translation>Temperatura (%1)</translation>
    </message>
    <message>
        <source>Daily low–high</source>
        <translation>Mínima–máxima diaria</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Consumo</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Daily mean temperature</source>
        <translation>Temperatura media diaria</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Mismo periodo del año pasado</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A billing period in a chart read-out: &quot;7/20/26 – 8/19/26&quot;</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>no reading</source>
        <extracomment>In a chart read-out: an interval the meter did not report (not zero)</extracomment>
        <translation>sin lectura</translation>
    </message>
    <message>
        <source>import %1, export %2, net %3</source>
        <translation>importación %1, exportación %2, neto %3</translation>
    </message>
    <message>
        <source>%1 (incomplete)</source>
        <extracomment>Read-out of an interval with some readings missing</extracomment>
        <translation>%1 (incompleto)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Chart read-out: &quot;&lt;when&gt;: &lt;energy&gt;&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <extracomment>Chart read-out: &quot;&lt;when&gt;: &lt;energy&gt;, &lt;temperature&gt;&quot;</extracomment>
        <translation>%1: %2, %3</translation>
    </message>
</context>
<context>
    <name>coopdesk::ui::UsageScreen</name>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <source>Same period &amp;last year</source>
        <translation>Mismo periodo del año &amp;pasado</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Service location</source>
        <translation>Ubicación de servicio</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Meter interval (15/60 min)</source>
        <extracomment>Usage interval: the meter&apos;s own 15- or 60-minute readings</extracomment>
        <translation>Intervalo del medidor (15/60 min)</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Por hora</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Por día</translation>
    </message>
    <message>
        <source>Billing periods</source>
        <translation>Periodos de facturación</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Rango de fechas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Current bill</source>
        <extracomment>Date range: the open billing period, since the last meter read</extracomment>
        <translation>Factura actual</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Last 3 years</source>
        <translation>Últimos 3 años</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <source>Show the same period last year</source>
        <translation>Mostrar el mismo periodo del año pasado</translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation>Exportar la tabla como CSV</translation>
    </message>
    <message>
        <source>Save every row of the table as a CSV file</source>
        <translation>Guardar todas las filas de la tabla en un archivo CSV</translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation>Exportar el gráfico como PNG</translation>
    </message>
    <message>
        <source>Save the chart as an image</source>
        <translation>Guardar el gráfico como imagen</translation>
    </message>
    <message>
        <source>Export the chart as PDF</source>
        <translation>Exportar el gráfico como PDF</translation>
    </message>
    <message>
        <source>Save the chart as a PDF page</source>
        <translation>Guardar el gráfico como una página PDF</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Rango:</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the two dates of a custom range</extracomment>
        <translation>a</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportar:</translation>
    </message>
    <message>
        <source>Reading under the pointer</source>
        <translation>Lectura bajo el puntero</translation>
    </message>
    <message>
        <source>Point at or tap the chart to read a value. Zoom with the wheel, + and −, a pinch or by dragging; Home shows everything.</source>
        <extracomment>Hint under the usage chart</extracomment>
        <translation>Apunte al gráfico o tóquelo para leer un valor. Haga zoom con la rueda, + y −, un pellizco o arrastrando; Home muestra todo.</translation>
    </message>
    <message>
        <source>Each dot is one day: its usage against its mean temperature.</source>
        <translation>Cada punto es un día: su consumo frente a su temperatura media.</translation>
    </message>
    <message>
        <source>Usage table</source>
        <translation>Tabla de consumo</translation>
    </message>
    <message>
        <source>Usage views</source>
        <translation>Vistas de consumo</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Gráfico</translation>
    </message>
    <message>
        <source>&amp;Scatter</source>
        <translation>&amp;Dispersión</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabla</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Se canceló la carga.</translation>
    </message>
    <message>
        <source>Loading usage…</source>
        <extracomment>Progress while usage data is pulled from the co-op</extracomment>
        <translation>Cargando el consumo…</translation>
    </message>
    <message>
        <source>The co-op has no usage for this location in this range.</source>
        <translation>La cooperativa no tiene datos de consumo para esta ubicación en este rango de fechas.</translation>
    </message>
    <message>
        <source>Net %1 (import %2, export %3)</source>
        <extracomment>Summary of a net-metered location: net, import and export energy</extracomment>
        <translation>Neto %1 (importación %2, exportación %3)</translation>
    </message>
    <message>
        <source>Total %1</source>
        <extracomment>Summary: total energy of the range</extracomment>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>no temperatures available</source>
        <translation>sin temperaturas disponibles</translation>
    </message>
    <message>
        <source>temperatures from %1</source>
        <translation>temperaturas de %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 from %2 to %3 (%n day(s)); %4.</source>
        <extracomment>Summary under the usage chart: energy, the range and its day count, the weather source</extracomment>
        <translation>
            <numerusform>%1 del %2 al %3 (%n día); %4.</numerusform>
            <numerusform>%1 del %2 al %3 (%n días); %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage, account %1, location %2, %3 – %4</source>
        <extracomment>Title of an exported usage chart: account, location, date range</extracomment>
        <translation>Consumo, cuenta %1, ubicación %2, %3 – %4</translation>
    </message>
    <message>
        <source>Export usage</source>
        <translation>Exportar consumo</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se guardó %1</translation>
    </message>
</context>
</TS>
